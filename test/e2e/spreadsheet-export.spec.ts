import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { ComplaintListPage } from './support/complaint-list-page'
import { readAllRecords } from './support/data-transfer-page'
import { expect, test } from './support/fixtures'
import { column, readCsvFile, readXlsxFile, SheetExports, type ReadSheet } from './support/sheet-exports'

/*
 * Exports for Excel on the demo shop: each list's 导出 writes exactly what its filters show, in
 * its order (the whole list, not the rows on screen), with Chinese headers; the data page
 * exports the interaction log of a period. The files are read back as Excel would read them.
 */

const downloadsFolder = (): Promise<string> => mkdtemp(join(tmpdir(), 'frontdesk-e2e-sheets-'))

interface StoredCustomer {
  readonly id: string
  readonly name: string
  readonly sortName: string
  readonly tier: string
  readonly phones: readonly { readonly raw: string }[]
  readonly deletedAt: string | null
  readonly mergedInto: string | null
}

interface StoredComplaint {
  readonly number: string
  readonly severity: string
  readonly deletedAt: string | null
}

interface StoredInteraction {
  readonly occurredAt: string
  readonly staffId: string | null
  readonly kind: string
  readonly amount: number | null
  readonly deletedAt: string | null
}

const text = (cells: readonly (string | number | null)[]): readonly string[] => cells.map((cell) => (cell === null ? '' : String(cell)))

/** What both files of one export must agree on, CSV and XLSX alike. */
function expectSameRows(csv: ReadSheet, xlsx: ReadSheet): void {
  expect(xlsx.headers).toEqual(csv.headers)
  expect(xlsx.rows.map(text)).toEqual(csv.rows.map(text))
}

test('the customer list exports exactly the customers its tier filter shows, in its order, as CSV and XLSX', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  const sheets = new SheetExports(page, await downloadsFolder())
  const status = sheets.main.getByRole('status')
  await expect(status).toHaveText('共 300 位客户')

  await sheets.main.getByRole('group', { name: '等级' }).getByRole('checkbox', { name: 'B 级' }).check()
  await expect(status).not.toHaveText('共 300 位客户')
  const shown = Number((await status.innerText()).replace(/\D/g, ''))

  const stored = (await readAllRecords(page)).customers as readonly StoredCustomer[]
  const expected = stored
    .filter((customer) => customer.tier === 'B' && customer.deletedAt === null && customer.mergedInto === null)
    // The list's order: the name as pinyin (the sortName index), equal names in creation order.
    .sort((a, b) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : a.id < b.id ? -1 : 1))
  expect(expected.length).toBe(shown)
  // More than the table has rows on screen: the export is the whole list, not the visible window.
  expect(shown).toBeGreaterThan(await sheets.main.getByRole('table').getByRole('row').count())

  const csv = readCsvFile(await sheets.fromList('csv', 'customers'))
  expect(csv.headers.slice(0, 6)).toEqual(['姓名', '手机', '其他电话', '单位', '类型', '等级'])
  expect(column(csv, '姓名')).toEqual(expected.map((customer) => customer.name))
  expect(column(csv, '手机')).toEqual(expected.map((customer) => customer.phones[0]?.raw ?? ''))
  expect(new Set(column(csv, '等级'))).toEqual(new Set(['B']))
  await expect(page.getByRole('status').filter({ hasText: /已保存：客户档案-\d{4}-\d{2}-\d{2}\.csv/ })).toBeVisible()

  const xlsx = await readXlsxFile(await sheets.fromList('xlsx', 'customers'))
  expectSameRows(csv, xlsx)
  // Phones are text cells, marked as text: Excel keeps every digit and never shows 1.38E+10.
  const phone = xlsx.worksheet?.getCell(2, csv.headers.indexOf('手机') + 1)
  expect(phone?.type).toBe(ExcelJS.ValueType.String)
  if (/^\d+$/.test(String(phone?.value))) expect(phone?.numFmt).toBe('@')
})

test('the complaint list exports the complaints its severity filter shows, as CSV and XLSX', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  await page.keyboard.press('Alt+2')
  const list = new ComplaintListPage(page)
  await list.waitForRows()
  await list.check('级别', '一般投诉')
  await list.waitForRows()
  await expect(list.rows.filter({ hasNotText: '一般投诉' })).toHaveCount(0)
  const shown = await list.shownCount()
  const sheets = new SheetExports(page, await downloadsFolder())

  const stored = (await readAllRecords(page)).complaints as readonly StoredComplaint[]
  const ordinary = stored.filter((complaint) => complaint.severity === 'ordinary' && complaint.deletedAt === null)
  expect(ordinary.length).toBe(shown)

  const csv = readCsvFile(await sheets.fromList('csv', 'complaints'))
  expect(csv.headers.slice(0, 8)).toEqual(['投诉编号', '受理时间', '客户', '客户电话', '类别', '级别', '状态', '经办人'])
  expect(csv.rows).toHaveLength(shown)
  expect(new Set(column(csv, '投诉编号'))).toEqual(new Set(ordinary.map((complaint) => complaint.number)))
  expect(new Set(column(csv, '级别'))).toEqual(new Set(['一般投诉']))
  // Newest first, as the list shows them; dates in the shop's time to the minute.
  const received = column(csv, '受理时间').map(String)
  expect(received.every((value) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(value))).toBe(true)
  expect([...received].sort().reverse()).toEqual(received)
  await expect(list.cell(list.rows.first(), 'number')).toHaveText(String(column(csv, '投诉编号')[0]))

  const xlsx = await readXlsxFile(await sheets.fromList('xlsx', 'complaints'))
  expectSameRows(csv, xlsx)
  expect(xlsx.worksheet?.name).toBe('投诉')
})

test('the data page exports the interaction log of a period, everyone’s or one person’s', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  await page.goto('/#/data')
  const sheets = new SheetExports(page, await downloadsFolder())
  const section = sheets.main.getByRole('region', { name: '导出到 Excel' })
  await expect(section).toBeVisible()
  const to = await section.getByLabel('到').inputValue()
  await section.getByLabel('从').fill('2000-01-01')

  const stored = ((await readAllRecords(page)).interactions as readonly StoredInteraction[]).filter((entry) => entry.deletedAt === null)
  const start = Date.parse('2000-01-01T00:00:00+08:00')
  const end = Date.parse(`${to}T00:00:00+08:00`) + 86_400_000
  const inPeriod = stored.filter((entry) => Date.parse(entry.occurredAt) >= start && Date.parse(entry.occurredAt) < end)
  expect(inPeriod.length).toBeGreaterThan(0)

  const log = /^往来记录/
  const everyone = readCsvFile(await sheets.fromDataPage(log, 'csv', 'interactions'))
  expect(everyone.headers).toEqual(['时间', '类型', '客户', '客户电话', '经办人', '内容', '通话结果', '金额（元）'])
  expect(everyone.rows).toHaveLength(inPeriod.length)
  const times = column(everyone, '时间').map(String)
  expect([...times].sort()).toEqual(times)
  expect(column(everyone, '类型').filter((kind) => kind === '购买')).toHaveLength(inPeriod.filter((entry) => entry.kind === 'purchase').length)

  // One member of staff: just the entries they made.
  const staffSelect = section.getByRole('combobox', { name: '经办人' })
  const staffName = (await staffSelect.locator('option').nth(1).innerText()).trim()
  await staffSelect.selectOption({ label: staffName })
  const theirs = readCsvFile(await sheets.fromDataPage(log, 'csv', 'interactions-one'))
  expect(theirs.rows.length).toBeGreaterThan(0)
  expect(theirs.rows.length).toBeLessThan(everyone.rows.length)
  expect(new Set(column(theirs, '经办人'))).toEqual(new Set([staffName]))

  // The workbook: amounts are numbers a spreadsheet can add up.
  const workbook = await readXlsxFile(await sheets.fromDataPage(log, 'xlsx', 'interactions-one'))
  expectSameRows(theirs, workbook)
  const amounts = column(workbook, '金额（元）').filter((amount) => amount !== null)
  expect(amounts.every((amount) => typeof amount === 'number')).toBe(true)

  // A period that ends before it starts is refused on the spot.
  await section.getByLabel('从').fill('2099-01-01')
  await expect(section.getByRole('alert')).toHaveText('结束日期不能早于开始日期。')
  await expect(section.getByRole('group', { name: log }).getByRole('button').first()).toBeDisabled()
})

test('the calendar exports the tasks of the dates it shows', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  await page.goto('/#/visits/calendar')
  const sheets = new SheetExports(page, await downloadsFolder())
  await sheets.main.getByRole('group', { name: '视图' }).getByRole('button', { name: '月' }).click()
  const chips = sheets.main.locator('.task-chip')
  await expect(chips.first()).toBeVisible()
  const csv = readCsvFile(await sheets.fromList('csv', 'tasks'))
  expect(csv.headers.slice(0, 5)).toEqual(['时间', '时长（分钟）', '客户', '客户电话', '方式'])
  // The month grid may show a few tasks per day and "more"; the file has at least every chip shown.
  expect(csv.rows.length).toBeGreaterThanOrEqual(await chips.count())
  const chipCustomers = await chips.locator('.task-chip-customer').allInnerTexts()
  const fileCustomers = new Set(column(csv, '客户'))
  expect(chipCustomers.every((name) => fileCustomers.has(name))).toBe(true)
})
