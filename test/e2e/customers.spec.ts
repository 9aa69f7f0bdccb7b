import { test, expect } from './support/fixtures'
import { CustomerPages } from './support/customer-pages'

test('create a customer with a Chinese name, find them by initials and by phone tail, edit, log a call', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty('王芳')
  const customers = new CustomerPages(page)

  await customers.create({ name: '曾晓明', phone: '139 1234 5678', address: '上海市徐汇区漕溪北路 88 号' })
  await expect(customers.heading).toContainText('曾晓明')
  await expect(customers.main).toContainText('139 1234 5678')

  const byInitials = await customers.find('zxm')
  await expect(byInitials.first()).toContainText('曾晓明')
  await page.keyboard.press('Escape')

  await customers.open('5678', '曾晓明')

  await customers.main.getByRole('link', { name: '编辑' }).click()
  await customers.main.getByRole('textbox', { name: '地址' }).fill('上海市静安区南京西路 1 号')
  await customers.save()
  await expect(customers.main).toContainText('上海市静安区南京西路 1 号')

  await customers.main.getByRole('button', { name: '记录来电/去电' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('combobox', { name: '结果' }).selectOption({ label: '需回电' })
  await dialog.getByRole('textbox', { name: '内容摘要' }).fill('询问空调保修，约好周五回电')
  await dialog.getByRole('button', { name: '保存记录' }).click()
  await expect(dialog).toBeHidden()

  await expect(customers.timeline.first()).toContainText('询问空调保修，约好周五回电')
  await expect(customers.timeline.first()).toContainText('需回电')
  await expect(customers.main.getByRole('region', { name: '往来记录' })).toContainText('修改了')

  await customers.main.getByRole('button', { name: '登记购买' }).click()
  const purchase = page.getByRole('dialog')
  await purchase.getByRole('textbox', { name: '金额（元）' }).fill('25000')
  await purchase.getByRole('textbox', { name: '产品（可不填）' }).fill('格力 空调 KFR-35GW')
  await purchase.getByLabel('保修截止日期').fill('2099-12-31')
  await purchase.getByRole('button', { name: '保存' }).click()
  await expect(purchase).toBeHidden()
  const products = customers.main.getByRole('region', { name: '名下产品' })
  await expect(products).toContainText('格力 空调 KFR-35GW')
  await expect(products).toContainText('保修期内')
  await expect(customers.main).toContainText('按消费建议 A 级')
  await expect(customers.timeline.filter({ hasText: '格力 空调' }).first()).toContainText('25,000')
})

test('a bad phone and a missing name get clear messages, and nothing is saved', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty()
  const customers = new CustomerPages(page)
  await page.goto('/#/customers/new')
  await customers.fillForm({ name: '', phone: '没有号码' })
  await customers.save()
  await expect(customers.main.getByText('请填写姓名。')).toBeVisible()
  await expect(customers.main.getByText('“没有号码”里没有数字，不是电话号码。')).toBeVisible()

  await customers.fillForm({ name: '李雷', phone: '+44 20 7946 0958' })
  await expect(customers.main.getByText(/不是常见的大陆手机或座机格式/)).toBeVisible()
  await customers.save()
  await expect(customers.heading).toContainText('李雷')
  await expect(customers.main).toContainText('+44 20 7946 0958')
})

test('a duplicate phone is caught on save, and the two records merge with all history', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty('王芳')
  const customers = new CustomerPages(page)

  await customers.create({ name: '单田芳', phone: '13800138000', address: '北京市东城区东四十条 12 号' })
  await expect(customers.heading).toContainText('单田芳')
  await customers.main.getByRole('button', { name: '记录来电/去电' }).click()
  await page.getByRole('dialog').getByRole('textbox', { name: '内容摘要' }).fill('第一次来电')
  await page.getByRole('dialog').getByRole('button', { name: '保存记录' }).click()

  await customers.create({ name: '单先生', phone: '138-0013-8000' })
  const warning = customers.main.getByRole('alertdialog')
  await expect(warning).toContainText('号码 13800138000 已属于客户“单田芳”')
  await warning.getByRole('button', { name: '仍然保存为新客户' }).click()
  await expect(customers.heading).toContainText('单先生')

  await customers.main.getByRole('link', { name: '合并重复档案' }).click()
  await page.getByRole('main').getByRole('combobox').fill('stf')
  await page.getByRole('main').getByRole('option', { name: /单田芳/ }).click()
  const table = customers.main.getByRole('table')
  await expect(table).toContainText('单先生')
  await expect(table).toContainText('单田芳')
  // The kept record has no address: the merge keeps the other one's, and the radio says so.
  await expect(table.getByRole('row', { name: /地址/ }).getByRole('radio').nth(1)).toBeChecked()
  await table.getByRole('row', { name: /姓名/ }).getByRole('radio').nth(1).check()
  await customers.main.getByRole('button', { name: '确认合并' }).click()

  await expect(customers.heading).toContainText('单田芳')
  await expect(customers.main).toContainText('北京市东城区东四十条 12 号')
  await expect(customers.timeline.filter({ hasText: '第一次来电' })).toHaveCount(1)

  const results = await customers.find('13800138000')
  await expect(results).toHaveCount(1)
  await expect(results.first()).toContainText('单田芳')
})

test('delete with undo, and restore from the trash', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty()
  const customers = new CustomerPages(page)
  await customers.create({ name: '解小东', phone: '13612345678' })
  await customers.main.getByRole('button', { name: '删除' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已删除客户“解小东”' })).toBeVisible()
  await expect(customers.main.getByRole('table')).not.toContainText('解小东')

  await page.getByRole('button', { name: '撤销' }).click()
  await expect(customers.main.getByRole('table')).toContainText('解小东')

  await customers.open('xxd', '解小东')
  await customers.main.getByRole('button', { name: '删除' }).click()
  await customers.main.getByRole('link', { name: '回收站' }).click()
  await customers.main.getByRole('listitem').filter({ hasText: '解小东' }).getByRole('button', { name: '恢复' }).click()
  await expect(customers.main.getByText('回收站是空的。')).toBeVisible()
  const results = await customers.find('解小东')
  await expect(results.first()).toContainText('解小东')
})

test('the customer list sorts, filters by tier and remembers hidden columns', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  const table = page.getByRole('main').getByRole('table', { name: '客户档案' })
  await expect(page.getByRole('main').getByRole('status')).toHaveText('共 300 位客户')
  const status = page.getByRole('main').getByRole('status')
  const firstRowTier = table.getByRole('row').nth(1).getByRole('cell').nth(1)
  const firstRowName = table.getByRole('row').nth(1).getByRole('cell').first()
  await expect(firstRowName).not.toHaveText('…')
  const firstByName = await firstRowName.innerText()
  await table.getByRole('button', { name: '等级' }).click()
  await expect(firstRowTier).toHaveText('A')
  await table.getByRole('button', { name: /等级/ }).click()
  await expect(firstRowTier).toHaveText('D')
  await table.getByRole('button', { name: /姓名/ }).click()
  await expect(firstRowName).toHaveText(firstByName)

  await page.getByRole('main').getByRole('checkbox', { name: 'A 级' }).check()
  await expect(status).not.toHaveText('共 300 位客户')
  const aCount = Number((await status.innerText()).replace(/\D/g, ''))
  expect(aCount).toBeGreaterThan(0)
  expect(aCount).toBeLessThan(300)
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('A')

  await page.getByText('显示列').click()
  await page.getByRole('checkbox', { name: '单位' }).uncheck()
  await expect(table.getByRole('columnheader', { name: '单位' })).toHaveCount(0)
  await page.reload()
  await expect(table.getByRole('columnheader', { name: '姓名' })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: '单位' })).toHaveCount(0)
})
