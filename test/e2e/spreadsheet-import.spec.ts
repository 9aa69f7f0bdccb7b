import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SpreadsheetImportSection } from './support/spreadsheet-import-page'
import { expect, test } from './support/fixtures'

const FIXTURES = join(__dirname, '../fixtures/import')

test('a GBK spreadsheet from Chinese Excel: the dry run names the bad row, the fixed row imports on a second go', async ({ shell, page }, testInfo) => {
  await shell.open()
  await shell.startEmpty()
  const folder = await mkdtemp(join(tmpdir(), 'frontdesk-e2e-import-'))
  const wizard = new SpreadsheetImportSection(page)
  // Tall enough for the whole wizard in one screenshot per step.
  await page.setViewportSize({ width: 1100, height: 1600 })
  await wizard.open()
  await wizard.section.screenshot({ path: testInfo.outputPath('0-start.png') })

  await wizard.choose(join(FIXTURES, 'customers-gbk.csv'))
  await expect(wizard.section).toContainText('“customers-gbk.csv”：4 行数据，编码 GBK / GB18030（中文 Excel）。')
  await expect(wizard.section.getByRole('combobox', { name: '导入为 手机' })).toHaveValue('phone')
  await expect(wizard.section.getByRole('combobox', { name: '导入为 生日' })).toHaveValue('birthday')
  await wizard.section.screenshot({ path: testInfo.outputPath('1-mapping.png') })
  await wizard.dryRun()
  await expect(wizard.section.getByRole('status').first()).toHaveText('新建 3 位，更新 0 位，跳过 0 行，不能导入 1 行。')
  expect(await wizard.rejectedRows()).toEqual([['4', '生日', '1990-02-30', '没有这一天']])
  await wizard.section.screenshot({ path: testInfo.outputPath('2-dry-run.png') })

  const rejected = join(folder, 'rejected.csv')
  await wizard.downloadRejected(rejected)
  await wizard.importAll()
  await expect(wizard.section.getByText('导入完成：新建 3 位，更新 0 位。')).toBeVisible()
  await wizard.section.screenshot({ path: testInfo.outputPath('3-imported.png') })

  // The clerk fixes the birthday in the downloaded file and imports it: the reason column is left alone.
  const text = (await readFile(rejected, 'utf8')).replace('1990-02-30', '1990-02-28')
  expect(text).toBe('\uFEFF姓名,手机,生日,等级,性格,标签,备注,未导入原因\r\n王芳,13700137003,1990-02-28,C,未知,,生日写错了,生日“1990-02-30”：没有这一天')
  const fixed = join(folder, 'fixed.csv')
  await writeFile(fixed, text)
  await wizard.choose(fixed)
  await expect(wizard.section.getByRole('combobox', { name: '导入为 未导入原因' })).toHaveValue('')
  await wizard.dryRun()
  await expect(wizard.section.getByRole('status').first()).toHaveText('新建 1 位，更新 0 位，跳过 0 行，不能导入 0 行。')
  await wizard.importAll()
  await expect(wizard.section.getByText('导入完成：新建 1 位，更新 0 位。')).toBeVisible()

  await page.goto('/#/customers')
  for (const name of ['张伟', '李娜', '王芳', '曾小贤']) await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible()

  // The same file again, phones now on file: by default the rows update those customers.
  await wizard.open()
  await wizard.choose(join(FIXTURES, 'customers-utf8-bom.csv'))
  await wizard.dryRun()
  await expect(wizard.section.getByRole('status').first()).toHaveText('新建 0 位，更新 3 位，跳过 0 行，不能导入 0 行。')
})

test('an Excel workbook imports through the same wizard: a numeric phone and an Excel date come in as typed', async ({ shell, page }, testInfo) => {
  await shell.open()
  await shell.startEmpty()
  const wizard = new SpreadsheetImportSection(page)
  await wizard.open()
  // An old .xls (a binary compound file) is refused with a way out, whatever its name.
  await wizard.section.getByLabel('选择要导入的表格文件').setInputFiles({ name: '客户.csv', mimeType: 'text/csv', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]) })
  await expect(wizard.section.getByRole('alert')).toContainText('这不是 CSV、文本文件或 Excel 工作簿（.xlsx）')
  await wizard.choose(join(FIXTURES, 'customers.xlsx'))
  await expect(wizard.section).toContainText('“customers.xlsx”：3 行数据，编码 Excel 工作簿。')
  await wizard.dryRun()
  await expect(wizard.section.getByRole('status').first()).toHaveText('新建 2 位，更新 0 位，跳过 0 行，不能导入 1 行。')
  expect(await wizard.rejectedRows()).toEqual([['4', '姓名', '', '必须填写']])
  await wizard.section.screenshot({ path: testInfo.outputPath('4-xlsx-dry-run.png') })
  await wizard.importAll()
  await expect(wizard.section.getByText('导入完成：新建 2 位，更新 0 位。')).toBeVisible()

  await page.goto('/#/customers')
  await page.getByRole('main').getByRole('link', { name: '周杰', exact: true }).click()
  await expect(page.getByRole('main')).toContainText('138 0013 8011')
  await expect(page.getByRole('main')).toContainText('=1+1 不是公式')
})

test('Excel’s “Unicode text” (UTF-16, tab-separated) imports through the wizard; a refused row is named as Excel numbers it, past a blank row', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty()
  const folder = await mkdtemp(join(tmpdir(), 'frontdesk-e2e-import-'))
  const wizard = new SpreadsheetImportSection(page)
  await wizard.open()
  await wizard.choose(join(FIXTURES, 'customers-unicode.txt'))
  await expect(wizard.section).toContainText('“customers-unicode.txt”：2 行数据，编码 UTF-16（Excel“Unicode 文本”）。')
  await expect(wizard.section.getByRole('combobox', { name: '导入为 手机' })).toHaveValue('phone')
  await wizard.dryRun()
  await expect(wizard.section.getByRole('status').first()).toHaveText('新建 1 位，更新 0 位，跳过 0 行，不能导入 1 行。')
  // Row 3 of the file is blank, so 陈大文 is row 4 in Excel, not the third record.
  expect(await wizard.rejectedRows()).toEqual([['4', '生日', '1990-02-30', '没有这一天']])
  const rejected = join(folder, 'rejected.csv')
  await wizard.downloadRejected(rejected)
  expect(await readFile(rejected, 'utf8')).toBe('\uFEFF姓名,手机,生日,等级,备注,未导入原因\r\n陈大文,139 0013 9000,1990-02-30,B,生日写错了,生日“1990-02-30”：没有这一天')
  await wizard.importAll()
  await expect(wizard.section.getByText('导入完成：新建 1 位，更新 0 位。')).toBeVisible()

  await page.goto('/#/customers')
  await page.getByRole('main').getByRole('link', { name: '林小红', exact: true }).click()
  await expect(page.getByRole('main')).toContainText('138 0013 8000')
})
