import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'

/** The coaching page, straight from its address: the script library links to it, but is its own screen. */
async function openCoaching(page: Page) {
  await page.goto('/#/scripts/coaching')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: '话术辅导' })).toBeVisible()
  return {
    main,
    hits: main.getByRole('region', { name: '各员工的禁语提示' }),
    topRules: main.getByRole('region', { name: '全店最常出现的禁语' }),
    review: main.getByRole('region', { name: /误报待确认/ })
  }
}

test('a new shop shows empty coaching, and anyone may review while there is no manager', async ({ shell, page }) => {
  await shell.open()
  // No first staff member named: the shop has nobody, so no manager either.
  await shell.startEmpty()
  const { main, hits, topRules, review } = await openCoaching(page)

  await expect(main.getByRole('link', { name: '返回话术库' })).toHaveAttribute('href', '#/scripts')
  await expect(hits.getByRole('radio', { name: '最近 30 天' })).toBeChecked()
  await expect(hits).toContainText('这段时间没有记录到禁语提示。')
  await hits.getByRole('radio', { name: '全部' }).check()
  await expect(hits.getByRole('radio', { name: '全部' })).toBeChecked()
  await expect(hits).toContainText('这段时间没有记录到禁语提示。')
  await expect(topRules).toContainText('这段时间没有记录到禁语提示。')
  await expect(review).toContainText('没有待确认的误报。')
  await expect(review.getByRole('note')).toHaveText('门店还没有店长，任何人都可以处理误报。')
})

test('in the demo shop a manager sees hits per staff member and settles both dismissed flags', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  const { hits, topRules, review } = await openCoaching(page)

  // Whole history: the demo's hits do not depend on today's date falling near them.
  await hits.getByRole('radio', { name: '全部' }).check()
  const staffRows = hits.getByRole('row').filter({ has: page.getByRole('rowheader') })
  await expect(staffRows.first()).toBeVisible()
  expect(await staffRows.count()).toBeGreaterThanOrEqual(2)
  await expect(staffRows.first().getByRole('cell').first()).toHaveText(/^[1-9]\d*$/)
  await expect(staffRows.first()).toContainText('×')
  await expect(topRules.getByRole('rowheader').first()).not.toBeEmpty()

  // Nobody at the desk: the queue is there to read, the decisions are the manager's.
  const items = review.getByRole('listitem')
  await expect(items).toHaveCount(2)
  await expect(review.getByRole('note')).toContainText('只有店长可以处理误报')
  const quoted = items.filter({ hasText: '这是公司的规定' })
  const slip = items.filter({ hasText: '你也有不对的地方' })
  await expect(quoted.getByRole('button', { name: '认可误报，加为例外' })).toBeDisabled()
  await expect(slip.getByRole('button', { name: '维持提示' })).toBeDisabled()

  const managerOption = shell.staffSwitcher.getByRole('option', { name: /店长/ })
  await shell.staffSwitcher.selectOption({ label: (await managerOption.textContent()) ?? '' })
  await expect(review.getByRole('note')).toBeHidden()

  // A real slip in a reply: the manager upholds the flag, so the complaint shows it again.
  await slip.getByRole('button', { name: '维持提示' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已维持提示' })).toBeVisible()
  await expect(items).toHaveCount(1)

  // A note quoting a colleague: a true false positive. The phrase alone would switch the rule off, and is refused.
  const exception = quoted.getByRole('textbox', { name: '加为例外的内容' })
  await expect(exception).toHaveValue(/店员回了一句“这是公司的规定”/)
  await exception.fill('这是公司的规定')
  await quoted.getByRole('button', { name: '认可误报，加为例外' }).click()
  await expect(quoted.getByRole('alert')).toContainText('会让这条禁语再也不提示')
  await expect(items).toHaveCount(1)

  await exception.fill('店员回了一句“这是公司的规定”')
  await quoted.getByRole('button', { name: '认可误报，加为例外' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已把“店员回了一句“这是公司的规定””加为“这是公司的规定。”的例外。' })).toBeVisible()
  await expect(review).toContainText('没有待确认的误报。')

  // Stored, not just hidden: after a reload the queue is still empty.
  await page.reload()
  await expect(page.getByRole('main').getByRole('region', { name: /误报待确认/ })).toContainText('没有待确认的误报。')
})
