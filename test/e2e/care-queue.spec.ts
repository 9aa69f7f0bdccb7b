import { test, expect } from './support/fixtures'
import { CareQueuePage } from './support/care-queue-page'

test('a demo customer with a birthday in three days appears in the queue; accept it', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  await shell.goTo(/关怀与拜访/)
  const queue = new CareQueuePage(page)
  await queue.loaded()

  await expect(queue.section(/^已逾期/)).toBeVisible()
  await expect(queue.section(/^今天/)).toBeVisible()
  const thisWeek = queue.section(/^本周内/)
  const birthdays = queue.group(thisWeek, /^生日/)
  const inThreeDays = queue.rows(birthdays, '3天后')
  await expect(inThreeDays.first()).toBeVisible()
  const row = inThreeDays.first()
  const name = await queue.customerName(row)
  expect(name).not.toBe('')
  await expect(row).toContainText(/生日/)
  await expect(row).toContainText(/偏好：/)
  await expect(row.getByRole('link', { name })).toHaveAttribute('href', /#\/customers\/[0-9A-Z]{26}$/)

  await queue.button(row, /^接受$/).click()
  await expect(queue.toast).toContainText(`已安排：${name}`)
  await expect(queue.rows(birthdays, name, '3天后')).toHaveCount(0)

  // Planned, not hidden: after a reload it stays off the queue.
  await page.reload()
  await queue.loaded()
  await expect(queue.rows(queue.group(queue.section(/^本周内/), /^生日/), name, '3天后')).toHaveCount(0)
})

test('dismissing needs a reason, snoozing a later day; both take the suggestion off the queue', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  const queue = new CareQueuePage(page)
  await queue.open()

  const today = queue.section(/^今天/)
  const first = queue.rows(today).first()
  await expect(first).toBeVisible()
  const name = await queue.customerName(first)
  const reason = (await first.locator('.care-item-why').textContent()) ?? ''
  await queue.button(first, /^不再提醒$/).click()
  await expect(queue.dialog).toBeVisible()
  await queue.dialog.getByRole('button', { name: /^不再提醒$/ }).click()
  await expect(queue.dialog.getByRole('alert')).toHaveText('请写明不再提醒的原因。')
  await queue.dialog.getByRole('textbox', { name: '原因' }).fill('客户已婉拒')
  await queue.dialog.getByRole('button', { name: /^不再提醒$/ }).click()
  await expect(queue.dialog).toBeHidden()
  await expect(queue.toast).toContainText(`已不再提醒：${name}`)
  await expect(queue.rows(today, name, reason)).toHaveCount(0)

  const thisWeek = queue.section(/^本周内/)
  const next = queue.rows(thisWeek).first()
  const nextName = await queue.customerName(next)
  const nextReason = (await next.locator('.care-item-why').textContent()) ?? ''
  await queue.button(next, /^稍后提醒$/).click()
  await expect(queue.dialog.getByLabel('在这一天再提醒')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)
  await queue.dialog.getByRole('button', { name: /^稍后提醒$/ }).click()
  await expect(queue.dialog).toBeHidden()
  await expect(queue.rows(thisWeek, nextName, nextReason)).toHaveCount(0)

  // Undo brings it back.
  await queue.toast.getByRole('button', { name: '撤销' }).click()
  await expect(queue.rows(thisWeek, nextName, nextReason)).toHaveCount(1)
})

test('a seasonal campaign plans a task for every A-tier customer once, and says whom it skipped', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  const queue = new CareQueuePage(page)
  await queue.open()

  await queue.main.getByRole('link', { name: '季节性关怀活动' }).click()
  const dialog = queue.dialog
  await expect(dialog.getByRole('heading', { name: '季节性关怀活动' })).toBeVisible()
  await dialog.getByRole('combobox', { name: '节日' }).selectOption({ label: '春节' })
  await expect(dialog).toContainText(/春节：/)
  const preview = dialog.locator('.campaign-preview')
  await expect(preview).toContainText(/将创建 \d+ 个任务/)
  const willCreate = Number((/将创建 (\d+) 个任务/.exec((await preview.textContent()) ?? '') ?? [])[1])
  expect(willCreate).toBeGreaterThan(0)
  await dialog.getByRole('button', { name: '创建任务' }).click()
  await expect(dialog.getByRole('status').first()).toContainText(`已创建 ${willCreate} 个任务`)
  await dialog.getByRole('button', { name: '关闭' }).click()
  await expect(dialog).toBeHidden()

  // The same campaign again plans nobody twice.
  await queue.main.getByRole('link', { name: '季节性关怀活动' }).click()
  await dialog.getByRole('combobox', { name: '节日' }).selectOption({ label: '春节' })
  await expect(dialog.locator('.campaign-preview')).toContainText(new RegExp(`将创建 0 个任务；跳过：已安排 ${willCreate} 位`))
})

test('the queue and its rules speak English, and the rules say clearly what is wrong', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  await shell.goTo(/设置/)
  await page.getByRole('main').getByRole('combobox', { name: /语言|Language/ }).selectOption('en')
  const rules = page.getByRole('region', { name: 'Care rules' })
  await rules.getByRole('textbox', { name: 'Tier A' }).fill('400')
  await rules.getByRole('button', { name: 'Save' }).click()
  await expect(rules.getByRole('alert')).toContainText('Days without contact, by tier · Tier B: cannot be fewer days than the tier above')
  await rules.getByRole('textbox', { name: 'Tier A' }).fill('60')
  await rules.getByRole('button', { name: 'Save' }).click()
  await expect(rules.getByRole('status')).toHaveText('Saved.')

  const queue = new CareQueuePage(page)
  await queue.open()
  await expect(queue.section(/^Overdue/)).toBeVisible()
  await expect(queue.section(/^Today/)).toBeVisible()
  await expect(queue.rows(queue.group(queue.section(/^This week/), /^Birthdays/), 'in 3 days').first()).toBeVisible()
})
