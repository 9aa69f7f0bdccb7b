import { test, expect } from './support/fixtures'
import { CalendarPages } from './support/calendar-pages'
import { CustomerPages } from './support/customer-pages'

test('plan a visit from the card, see it in every view, a clash is refused, reschedule, mark done with a follow-up, see it on the timeline', async ({
  shell,
  page
}) => {
  await shell.open()
  await shell.startEmpty('王芳')
  const customers = new CustomerPages(page)
  const calendar = new CalendarPages(page)

  await customers.create({ name: '钱多多', phone: '139 0000 1111' })
  await expect(customers.heading).toContainText('钱多多')
  await customers.create({ name: '赵敏', phone: '139 2222 3333' })
  await expect(customers.heading).toContainText('赵敏')
  const cardUrl = page.url()

  // The form opens for tomorrow at 10:00, for an hour, with whoever is at the desk.
  await calendar.planVisitFromCard()
  await expect(calendar.main.getByRole('group', { name: '客户' })).toContainText('赵敏')
  await expect(calendar.main.getByLabel('负责员工')).toHaveValue(/.+/)
  await calendar.fillTask({ purpose: '上门保养' })
  await calendar.saveTask()
  await expect(calendar.heading).toHaveText('上门保养')
  await expect(calendar.main).toContainText('计划中')
  const taskUrl = page.url()

  // Its day, week, month and agenda all show it.
  await calendar.main.getByRole('link', { name: '在日程中查看' }).click()
  await expect(calendar.heading).toHaveText('拜访日程')
  await expect(calendar.main.getByRole('button', { name: '日', pressed: true })).toBeVisible()
  await expect(calendar.tasks.filter({ hasText: '赵敏' })).toContainText(['10:00'])
  await expect(calendar.main.getByRole('list', { name: '王芳' })).toContainText('赵敏')
  for (const view of [/^周$/, /^月$/, /^列表$/]) {
    await calendar.showView(view)
    await expect(calendar.tasks.filter({ hasText: '赵敏' })).toHaveCount(1)
  }
  await expect(calendar.tasks.filter({ hasText: '赵敏' })).toContainText(['上门保养'])

  // Another visit for the same person half an hour in is refused, and the message says with whom.
  await customers.open('1111', '钱多多')
  await calendar.planVisitFromCard()
  await calendar.fillTask({ purpose: '送生日礼物', time: '10:30' })
  await calendar.saveTask()
  const clash = calendar.main.getByRole('alert')
  await expect(clash).toContainText('时间冲突，未保存')
  await expect(clash).toContainText('王芳')
  await expect(clash).toContainText('赵敏')
  await expect(clash).toContainText('上门保养')
  await expect(calendar.heading).toHaveText('安排任务')
  await calendar.fillTask({ time: '11:00' })
  await calendar.saveTask()
  await expect(calendar.heading).toHaveText('送生日礼物')

  // Rescheduling needs a reason, and keeps it.
  await page.goto(taskUrl)
  await expect(calendar.heading).toHaveText('上门保养')
  let dialog = await calendar.taskAction(/^改期$/)
  await dialog.getByLabel('新时间').fill('09:00')
  await dialog.getByRole('button', { name: '确认改期' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('请填写改期原因。')
  await dialog.getByRole('textbox', { name: '改期原因' }).fill('客户上午才在家')
  await dialog.getByRole('button', { name: '确认改期' }).click()
  await expect(dialog).toBeHidden()
  await expect(calendar.main).toContainText('客户上午才在家')
  await expect(calendar.main).toContainText('9:00–10:00')

  // Done with a score of 4 and a follow-up: the next task is planned and linked.
  dialog = await calendar.taskAction(/^标记完成$/)
  await dialog.getByRole('textbox', { name: '结果' }).fill('空调清洗完毕，运行正常')
  await dialog.getByRole('radio', { name: '4 分' }).check()
  await dialog.getByRole('checkbox', { name: /需要进一步跟进/ }).check()
  await expect(dialog.getByRole('textbox', { name: '跟进目的' })).toHaveValue('跟进：上门保养')
  await dialog.getByRole('button', { name: '完成' }).click()
  await expect(dialog).toBeHidden()
  await expect(calendar.main.locator('.task-status-badge')).toHaveText('已完成')
  await expect(calendar.main).toContainText('4 / 5')
  await calendar.main.getByRole('status').getByRole('link', { name: '跟进：上门保养' }).click()
  await expect(calendar.heading).toHaveText('跟进：上门保养')
  await expect(calendar.main).toContainText('计划中')
  await expect(calendar.main.getByRole('link', { name: /^上门保养 · / })).toBeVisible()

  // The done visit is on the customer's timeline, with its score.
  await page.goto(cardUrl)
  const done = customers.timeline.filter({ hasText: '上门保养' })
  await expect(done).toHaveCount(1)
  await expect(done).toContainText('关怀任务')
  await expect(done).toContainText('空调清洗完毕，运行正常')
  await expect(done).toContainText('满意度 4/5')
})

test('in English: the week view marks done, missed and cancelled tasks, and the staff filter narrows it', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty('Wang Fang')
  await page.goto('/#/settings')
  await shell.main.getByRole('combobox', { name: '界面语言' }).selectOption({ label: 'English' })
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const customers = new CustomerPages(page)
  const calendar = new CalendarPages(page)
  await customers.create({ name: 'Li Lei', phone: '139 4444 5555' })

  for (const [purpose, time] of [
    ['Birthday call', '09:00'],
    ['Warranty check', '11:00'],
    ['Card', '14:00']
  ] as const) {
    await customers.open('5555', 'Li Lei')
    await calendar.planVisitFromCard()
    await calendar.fillTask({ purpose, time })
    await calendar.saveTask()
    await expect(calendar.heading).toHaveText(purpose)
    if (purpose === 'Warranty check') {
      const dialog = await calendar.taskAction(/^Missed$/)
      await dialog.getByRole('button', { name: 'Mark missed' }).click()
      await expect(dialog).toBeHidden()
    }
    if (purpose === 'Card') {
      const dialog = await calendar.taskAction(/^Cancel task$/)
      await dialog.getByRole('button', { name: /^Cancel task$/ }).click()
      await expect(dialog).toBeHidden()
    }
  }
  await calendar.main.getByRole('link', { name: 'Show in calendar' }).click()
  await calendar.showView(/^Week$/)
  await expect(calendar.tasks).toHaveCount(3)
  await expect(calendar.main.locator('.task-missed')).toContainText('Missed')
  await expect(calendar.main.locator('.task-cancelled')).toContainText('Cancelled')
  await expect(calendar.main.locator('.task-planned')).toContainText('Li Lei')

  const staffFilter = calendar.main.getByRole('combobox', { name: 'Staff' })
  await staffFilter.selectOption({ label: 'Wang Fang' })
  await expect(calendar.tasks).toHaveCount(3)
  await expect(page).toHaveURL(/staff=/)
})
