import { readFileSync } from 'node:fs'
import { test, expect } from './support/fixtures'
import { CalendarPages } from './support/calendar-pages'
import { CareQueuePage } from './support/care-queue-page'
import { CustomerPages } from './support/customer-pages'
import { eventsOf, parseIcs, textOf } from './support/ics-parse'
import { printedText } from './support/printed-text'

/** The shop's calendar date some days from now (the shop keeps China time, whatever this machine's zone). */
const shopDate = (daysAhead: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + daysAhead * 86_400_000))

test('a birthday in three days: accepted from the queue, on the calendar, a clash refused, done with a score, on the timeline, on the printed day sheet and in the .ics', async ({
  shell,
  page
}, testInfo) => {
  await shell.open()
  await shell.loadDemoShop()
  // Someone at the desk: an accepted suggestion goes to the customer's owner, or to them.
  await shell.staffSwitcher.selectOption({ index: 1 })
  const queue = new CareQueuePage(page)
  const calendar = new CalendarPages(page)
  const customers = new CustomerPages(page)

  // The queue: a demo customer's birthday in three days, accepted.
  await queue.open()
  const row = queue.rows(queue.group(queue.section(/^本周内/), /^生日/), '3天后').first()
  const name = await queue.customerName(row)
  const customerHref = (await row.getByRole('link', { name }).getAttribute('href')) ?? ''
  const customerId = customerHref.split('/').at(-1) ?? ''
  await queue.button(row, /^接受$/).click()
  await expect(queue.toast).toContainText(`已安排：${name}`)

  // On the calendar, that day.
  const date = shopDate(3)
  await page.goto(`/#/visits/calendar?view=agenda&date=${date}`)
  const entry = calendar.tasks.filter({ hasText: name })
  await expect(entry).toHaveCount(1)
  await entry.getByRole('link').first().click()
  await expect(calendar.heading).not.toHaveText('拜访日程')
  const taskUrl = page.url()
  const purpose = (await calendar.heading.textContent()) ?? ''

  // Read when and by whom it is booked, then try to book the same person then for someone else.
  await page.goto(`${taskUrl}/edit`)
  await expect(calendar.main.getByRole('textbox', { name: '目的' })).toHaveValue(purpose)
  const time = await calendar.main.getByLabel(/^时间$/).inputValue()
  // The staff list loads after the task: wait for the choice to show.
  await expect(calendar.main.getByLabel('负责员工')).not.toHaveValue('')
  const staffId = await calendar.main.getByLabel('负责员工').inputValue()
  const staffName = ((await calendar.main.getByLabel('负责员工').locator('option:checked').textContent()) ?? '').trim()
  await page.goto('/#/customers')
  const other = calendar.main.locator('.virtual-table-row a').filter({ hasNotText: name }).first()
  await other.click()
  await calendar.planVisitFromCard()
  await calendar.fillTask({ purpose: '上门检查', time })
  await calendar.main.getByLabel(/^日期$/).fill(date)
  await calendar.main.getByLabel('负责员工').selectOption(staffId)
  await calendar.saveTask()
  const clash = calendar.main.getByRole('alert')
  await expect(clash).toContainText('时间冲突，未保存')
  await expect(clash).toContainText(name)
  await expect(calendar.heading).toHaveText('安排任务')

  // Done, with a score: it is on the customer's timeline.
  await page.goto(taskUrl)
  const dialog = await calendar.taskAction(/^标记完成$/)
  await dialog.getByRole('textbox', { name: '结果' }).fill('送上生日祝福和小礼品')
  await dialog.getByRole('radio', { name: '5 分' }).check()
  await dialog.getByRole('button', { name: '完成' }).click()
  await expect(dialog).toBeHidden()
  await expect(calendar.main.locator('.task-status-badge')).toHaveText('已完成')
  await page.goto(`/#/customers/${customerId}`)
  const done = customers.timeline.filter({ hasText: '送上生日祝福和小礼品' })
  await expect(done).toHaveCount(1)
  await expect(done).toContainText('满意度 5/5')

  // The staff member's day sheet for that day, printed to PDF, lists it.
  await page.goto(`/#/visits/day-sheet?staff=${staffId}&date=${date}`)
  await expect(page.getByRole('main').getByRole('article')).toContainText(name)
  const sheet = await printedText(page, testInfo.outputPath('day-sheet.pdf'))
  expect(sheet).toContain('当日工作单')
  expect(sheet).toContain(staffName.split(' ')[0] ?? staffName)
  expect(sheet).toContain(name)
  expect(sheet).toContain(purpose.replace(/\s+/g, ''))

  // Their plan as .ics: it parses, and the visit is in it.
  const downloading = page.waitForEvent('download')
  await page.getByRole('main').getByRole('button', { name: '导出日历 (.ics)' }).click()
  const path = testInfo.outputPath('plan.ics')
  await (await downloading).saveAs(path)
  const summaries = eventsOf(parseIcs(readFileSync(path, 'utf8'))).map((event) => textOf(event, 'SUMMARY'))
  expect(summaries.some((summary) => summary.includes(name))).toBe(true)
})
