import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures'

/** The script library screen as a manager uses it. */
function scriptsScreen(page: Page) {
  const main = page.getByRole('main')
  return {
    main,
    search: main.getByRole('searchbox', { name: /搜索话术|Search the scripts/ }),
    addButton: main.getByRole('button', { name: /新增话术|Add an entry/ }),
    entries: main.getByRole('list', { name: /话术|Scripts/ }).getByRole('listitem'),
    entry: (text: string): Locator => main.getByRole('list', { name: /话术|Scripts/ }).getByRole('listitem').filter({ hasText: text })
  }
}

test('browse and search the library, add a phrase with a variable, be refused a never-say one, retire and bring back', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty('王芳')
  await shell.goTo(/话术库/)
  const scripts = scriptsScreen(page)
  await expect(scripts.main.getByRole('heading', { level: 1 })).toHaveText('话术库')
  await expect(scripts.main.getByRole('link', { name: '话术辅导' })).toHaveAttribute('href', '#/scripts/coaching')

  // Browse: never-say phrases, searched.
  await scripts.main.getByRole('radio', { name: '不该说的话' }).check()
  await scripts.search.fill('公司的规定')
  await expect(scripts.entries).toHaveCount(1)
  const policy = scripts.entry('这是公司的规定。')
  await expect(policy).toContainText('不该说的话')
  await expect(policy).toContainText('为什么不能说')
  await expect(policy).toContainText('更好的说法')
  await expect(policy).toContainText('步骤：不限')
  await scripts.main.getByRole('button', { name: '清除筛选' }).click()
  await expect(scripts.search).toHaveValue('')

  // Add a say phrase with a variable typed by the helper.
  await scripts.addButton.click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('heading')).toHaveText('新增话术')
  await dialog.getByRole('textbox', { name: '该说的话' }).fill('您好，')
  await dialog.getByRole('button', { name: '客户姓名' }).click()
  await dialog.getByRole('textbox', { name: '该说的话' }).press('End')
  await dialog.getByRole('textbox', { name: '该说的话' }).pressSequentially('，请坐下慢慢说。')
  await expect(dialog.getByRole('textbox', { name: '该说的话' })).toHaveValue('您好，{{customerName}}，请坐下慢慢说。')
  await dialog.getByRole('combobox', { name: '受理步骤' }).selectOption({ label: '缓和情绪' })
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: '已新增话术。' })).toBeVisible()

  await scripts.search.fill('请坐下慢慢说')
  const added = scripts.entry('请坐下慢慢说')
  await expect(added).toHaveCount(1)
  await expect(added).toContainText('您好，{{customerName}}，请坐下慢慢说。')
  await expect(added.getByText('{{customerName}}')).toHaveClass(/script-variable/)
  await expect(added).toContainText('步骤：缓和情绪')

  // A say phrase that is a never-say phrase is refused, with the rule named.
  await scripts.addButton.click()
  await dialog.getByRole('textbox', { name: '该说的话' }).fill('实在抱歉，这是公司的规定。')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog.getByRole('alert').filter({ hasText: '不该说的话“这是公司的规定。”' })).toBeVisible()
  await expect(dialog).toContainText('可以改成：')
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toBeHidden()
  await scripts.search.fill('实在抱歉')
  await expect(scripts.main.getByText('没有符合条件的话术。')).toBeVisible()

  // Retire: gone from the list, back under "show retired", and brought back.
  await scripts.search.fill('请坐下慢慢说')
  await added.getByRole('button', { name: '停用' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已停用' })).toBeVisible()
  await expect(scripts.main.getByText('没有符合条件的话术。')).toBeVisible()
  await scripts.main.getByRole('checkbox', { name: '显示已停用' }).check()
  await expect(added).toContainText('已停用')
  await added.getByRole('button', { name: '恢复使用' }).click()
  await expect(added).not.toContainText('已停用')
  await expect(added.getByRole('button', { name: '停用' })).toBeVisible()
})

test('edit a never-say phrase: its why and better way are required, and the change shows', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty('王芳')
  await shell.goTo(/话术库/)
  const scripts = scriptsScreen(page)
  await scripts.search.fill('消协')
  const entry = scripts.entries.first()
  await entry.getByRole('button', { name: '编辑' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('heading')).toHaveText('编辑话术')
  await dialog.getByRole('textbox', { name: '为什么不能说' }).fill('')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog.getByText('请说明为什么不能这样说。')).toBeVisible()
  await dialog.getByRole('textbox', { name: '为什么不能说' }).fill('把顾客推给别人，等于告诉他这里没人管。')
  await expect(dialog.getByText('请说明为什么不能这样说。')).toBeHidden()
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(entry).toContainText('把顾客推给别人，等于告诉他这里没人管。')
})

test('a clerk at the desk reads the library but cannot change it while the shop has a manager', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty('王芳')
  await shell.goTo(/设置/)
  const staffCard = shell.main.getByRole('region', { name: '员工' })
  await staffCard.getByRole('textbox', { name: '姓名' }).fill('李雷')
  await staffCard.getByRole('combobox', { name: '岗位' }).selectOption({ label: '前台' })
  await staffCard.getByRole('button', { name: '添加员工' }).click()
  await expect(staffCard.getByText('李雷')).toBeVisible()
  await shell.selectStaff('李雷')

  await shell.goTo(/话术库/)
  const scripts = scriptsScreen(page)
  await expect(scripts.main.getByRole('note')).toContainText('只有店长可以新增、修改或停用话术')
  await expect(scripts.addButton).toBeDisabled()
  await expect(scripts.entries.first()).toBeVisible()
  await expect(scripts.main.getByRole('button', { name: '编辑' })).toHaveCount(0)

  await shell.selectStaff('王芳')
  await expect(scripts.main.getByRole('note')).toBeHidden()
  await expect(scripts.addButton).toBeEnabled()
  await expect(scripts.main.getByRole('button', { name: '编辑' }).first()).toBeVisible()
})

test('in English, the screen and the phrases it shows are English', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty('王芳')
  await shell.goTo(/设置/)
  await shell.main.getByRole('combobox', { name: '界面语言' }).selectOption({ label: 'English' })
  await shell.goTo(/Scripts/)
  const scripts = scriptsScreen(page)
  await expect(scripts.main.getByRole('heading', { level: 1 })).toHaveText('Scripts')
  await expect(scripts.main.getByRole('link', { name: 'Coaching' })).toBeVisible()
  await scripts.main.getByRole('radio', { name: 'Never say' }).check()
  await scripts.search.fill('policy')
  const policy = scripts.entry("That's company policy.")
  await expect(policy).toContainText('Why not')
  await expect(policy).toContainText('Say instead')
  await expect(policy).toContainText('Step: Any')

  // The phrases' language is a choice of its own: Chinese phrases under an English interface.
  await scripts.main.getByRole('radio', { name: '简体中文' }).check()
  await scripts.search.fill('公司的规定')
  await expect(scripts.entry('这是公司的规定。')).toContainText('Why not')
})
