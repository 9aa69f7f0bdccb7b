import { test, expect } from './support/fixtures'

const HAN = /[\u3400-\u9fff]/

test('opens in Chinese, offers the demo shop or an empty start, with no console errors', async ({ shell, page }) => {
  await shell.open()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(shell.firstRunDialog.getByRole('heading')).toHaveText('欢迎使用「前台」')
  await expect(shell.firstRunDialog.getByRole('button', { name: /载入示例门店/ })).toBeVisible()
  await expect(shell.firstRunDialog.getByRole('button', { name: /从空白开始/ })).toBeVisible()
  for (const name of ['客户档案', '投诉处理', '关怀与拜访', '话术库', '报表', '数据交接', '设置']) {
    await expect(shell.nav.getByRole('link', { name: new RegExp(name) })).toBeVisible()
  }
})

test('switching to English changes the whole shell, and the choice is remembered', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty()
  await shell.goTo(/设置/)
  await shell.main.getByRole('combobox', { name: '界面语言' }).selectOption({ label: 'English' })

  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(shell.nav.getByRole('link')).toHaveText([
    /Customers/,
    /Complaints/,
    /Care & visits/,
    /Scripts/,
    /Reports/,
    /Data/,
    /Settings/
  ])
  await expect(shell.main.getByRole('heading', { level: 1 })).toHaveText('Settings')
  expect(await shell.nav.innerText()).not.toMatch(HAN)
  expect(await shell.header.innerText()).not.toMatch(HAN)
  // Settings: everything but the name of the other language, which is shown in itself.
  const settingsText = (await shell.main.innerText()).replace('简体中文', '')
  expect(settingsText).not.toMatch(HAN)

  await page.reload()
  await expect(shell.nav.getByRole('link', { name: /Customers/ })).toBeVisible()
  await shell.goTo(/Complaints/)
  await expect(shell.main.getByRole('heading', { level: 1 })).toContainText('Complaints')
  expect(await shell.main.innerText()).not.toMatch(HAN)
})

test('the staff member at the desk and the staff list survive a reload', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty('王芳')
  await expect(shell.staffSwitcher).toHaveValue(/.+/)
  await expect(shell.staffSwitcher.locator('option:checked')).toHaveText(/王芳/)

  await shell.goTo(/设置/)
  const staffCard = shell.main.getByRole('region', { name: '员工' })
  await staffCard.getByRole('textbox', { name: '姓名' }).fill('李雷')
  await staffCard.getByRole('button', { name: '添加员工' }).click()
  await expect(staffCard.getByText('李雷')).toBeVisible()

  await shell.selectStaff('李雷')
  await expect(shell.staffSwitcher.locator('option:checked')).toHaveText(/李雷/)

  await page.reload()
  await expect(shell.firstRunDialog).toBeHidden()
  await expect(shell.staffSwitcher.locator('option:checked')).toHaveText(/李雷/)
  await expect(staffCard.getByText('王芳')).toBeVisible()
  await expect(staffCard.getByText('李雷')).toBeVisible()
})

test('a staff name must be given and unique, with a clear message', async ({ shell }) => {
  await shell.open()
  await shell.startEmpty('王芳')
  await shell.goTo(/设置/)
  const staffCard = shell.main.getByRole('region', { name: '员工' })
  await staffCard.getByRole('button', { name: '添加员工' }).click()
  await expect(staffCard.getByRole('alert')).toHaveText('请填写姓名。')
  await staffCard.getByRole('textbox', { name: '姓名' }).fill('王芳')
  await staffCard.getByRole('button', { name: '添加员工' }).click()
  await expect(staffCard.getByRole('alert')).toHaveText('已有一位名叫“王芳”的员工。')
  await expect(staffCard.getByRole('listitem')).toHaveCount(1)
})

test('the demo shop loads its customers and staff, and survives a reload', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  await expect(shell.main.getByRole('status')).toHaveText('共 300 位客户')
  await expect.poll(() => shell.staffSwitcher.getByRole('option').count()).toBeGreaterThan(3)
  await page.reload()
  await expect(shell.main.getByRole('status')).toHaveText('共 300 位客户')
})

test('the shell is usable without a mouse', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty()
  await page.keyboard.press('Alt+2')
  await expect(shell.main.getByRole('heading', { level: 1 })).toContainText('投诉处理')
  await expect(shell.main).toBeFocused()

  await page.keyboard.press('Alt+7')
  await expect(shell.main.getByRole('heading', { level: 1 })).toHaveText('设置')

  // From a fresh page: the skip link first, then through the shell by Tab alone.
  await page.reload()
  await expect(shell.nav).toBeVisible()
  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: '跳到主要内容' })
  await expect(skipLink).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(shell.main).toBeFocused()
  await skipLink.focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('combobox', { name: '搜索客户' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(shell.staffSwitcher).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(shell.nav.getByRole('link', { name: /客户档案/ })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(shell.main.getByRole('heading', { level: 1 })).toContainText('投诉处理')
})

test('a route that does not exist lands on the customers section', async ({ shell, page }) => {
  await page.goto('/#/no-such-place')
  await expect(shell.main.getByRole('heading', { level: 1 })).toContainText('客户档案')
})
