import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CUSTOMER_SHEET_FIELDS, customerSheetRow, guessCustomerSheetMapping } from '@shared/domain/customer-sheet'
import { customerFromSheet } from '@shared/domain/customer-sheet-read'
import { decodeSheetBytes, planCustomerImport, readCsvRows, sniffSheetBytes, unneutraliseCell, type ImportPlanContext } from '@shared/domain/sheet-import'
import { rejectedRowsSheet } from '@shared/domain/sheet-import-rejected'
import { toCsv } from '@renderer/ui/csv'
import { readXlsxRows } from '@renderer/ui/xlsx-rows'
import { en } from '@renderer/locales/en'
import { zhCN } from '@renderer/locales/zh-CN'
import { EN, FROM_SHEET, sheetContent, sheetCustomer, STAFF, ZH } from './customer-sheet-fixtures'

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/import', name)))

const LANGUAGES = [ZH, EN]

const context = (overrides: Partial<ImportPlanContext> = {}): ImportPlanContext => ({
  languages: LANGUAGES,
  staffIdByName: new Map(),
  today: '2026-11-25',
  policy: 'update',
  customerByPhone: new Map(),
  ...overrides
})

function planOf(bytes: Uint8Array, overrides: Partial<ImportPlanContext> = {}) {
  const [headers = [], ...rows] = readCsvRows(decodeSheetBytes(bytes).text)
  return planCustomerImport(rows, guessCustomerSheetMapping(headers, LANGUAGES), context(overrides))
}

describe('reading a spreadsheet file', () => {
  it('reads a GBK file as Chinese Excel saves it, quotes and all', () => {
    const { text, encoding } = decodeSheetBytes(fixture('customers-gbk.csv'))
    expect(encoding).toBe('gb18030')
    const rows = readCsvRows(text)
    expect(rows[0]).toEqual(['姓名', '手机', '生日', '等级', '性格', '标签', '备注'])
    expect(rows[2]).toEqual(['李娜', '139 0013 8002', '农历 03-15', 'B', '活泼型', '老客户,团购', '说话直接，"别绕弯子"'])
    expect(rows).toHaveLength(5)
  })

  it('reads UTF-8 with the byte-order mark, without keeping the mark', () => {
    const { text, encoding } = decodeSheetBytes(fixture('customers-utf8-bom.csv'))
    expect(encoding).toBe('utf-8-bom')
    expect(readCsvRows(text)[0]?.[0]).toBe('姓名')
  })

  it('tells text from a workbook from other binary files by the bytes, not the name', () => {
    expect(['customers-gbk.csv', 'customers-utf8-bom.csv', 'customers.xlsx'].map((name) => sniffSheetBytes(fixture(name)))).toEqual(['text', 'text', 'xlsx'])
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'姓名\t手机'].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])])
    const oldXls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])
    expect([utf16, oldXls, new Uint8Array()].map(sniffSheetBytes)).toEqual(['binary', 'binary', 'text'])
  })

  it('reads UTF-8 without a mark as UTF-8', () => {
    expect(decodeSheetBytes(new TextEncoder().encode('姓名\r\n张三\r\n'))).toEqual({ text: '姓名\r\n张三\r\n', encoding: 'utf-8' })
  })

  it('takes off only the apostrophe an export put before a formula-like cell', () => {
    expect(['\'=1+1', '\'-5', '\'@me', '\'+86 138', "'普通", "''=x"].map(unneutraliseCell)).toEqual(['=1+1', '-5', '@me', '+86 138', "'普通", "''=x"])
  })
})

describe('the dry run', () => {
  it('refuses the one bad row of the GBK file with its row number, column and reason, and plans the rest', () => {
    const plan = planOf(fixture('customers-gbk.csv'))
    expect(plan.map((row) => [row.row, row.action])).toEqual([
      [2, 'new'],
      [3, 'new'],
      [4, 'reject'],
      [5, 'new']
    ])
    expect(plan[2]).toEqual({ row: 4, action: 'reject', problems: [{ field: 'birthday', reason: 'impossible-date', value: '1990-02-30' }] })
    expect(plan[1]).toMatchObject({ action: 'new', values: { name: '李娜', tier: 'B', personality: 'lively', tags: ['老客户', '团购'], birthday: { calendar: 'lunar', month: 3, day: 15 } } })
  })

  it('follows the policy for a phone a customer already has: update, skip, or a new customer', () => {
    const customerByPhone = new Map([['13800138001', 'c-zhang']])
    const bytes = fixture('customers-utf8-bom.csv')
    expect(planOf(bytes, { customerByPhone, policy: 'update' })[0]).toMatchObject({ action: 'update', customerId: 'c-zhang' })
    expect(planOf(bytes, { customerByPhone, policy: 'skip' })[0]).toEqual({ row: 2, action: 'skip', customerId: 'c-zhang' })
    expect(planOf(bytes, { customerByPhone, policy: 'new' })[0]).toMatchObject({ action: 'new' })
  })

  it('refuses a row whose phone an earlier row of the file already gave', () => {
    const plan = planCustomerImport(
      [
        ['张三', '13800138000'],
        ['张三', '138-0013-8000']
      ],
      ['name', 'phone'],
      context()
    )
    expect(plan[1]).toEqual({ row: 3, action: 'reject', problems: [{ field: 'phone', reason: 'phone-in-earlier-row', value: '2' }] })
  })

  it('never loses a row: each one is new, an update, skipped or refused', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('', '张三', '=x'), fc.constantFrom('', '13800138000', '13900139000', 'abc'), fc.constantFrom('', '1990-02-30', '05-12')), { maxLength: 12 }),
        fc.constantFrom('update' as const, 'skip' as const, 'new' as const),
        (rows, policy) => {
          const plan = planCustomerImport(rows, ['name', 'phone', 'birthday'], context({ policy, customerByPhone: new Map([['13900139000', 'c1']]) }))
          expect(plan.map((row) => row.row)).toEqual(rows.map((_, index) => index + 2))
          const counts = ['new', 'update', 'skip', 'reject'].map((action) => plan.filter((row) => row.action === action).length)
          expect(counts.reduce((sum, count) => sum + count, 0)).toBe(rows.length)
        }
      )
    )
  })
})

describe('export for Excel → import', () => {
  it('gives back every field of the customer through the CSV file: Chinese, quotes, commas, line breaks and formula-like text', () => {
    fc.assert(
      fc.property(sheetCustomer, fc.constantFrom(ZH, EN), (original, language) => {
        const csv = toCsv([CUSTOMER_SHEET_FIELDS.map((field) => language.headers[field]), customerSheetRow(original, { language, staffNameById: STAFF })])
        const [plan] = planOf(new TextEncoder().encode(csv), { staffIdByName: new Map([['李娜', 's-li']]) })
        if (plan?.action !== 'new') throw new Error(JSON.stringify(plan))
        expect(customerFromSheet(plan.values, null, { ...FROM_SHEET, defaultOwnerId: null })).toEqual(sheetContent(original))
      })
    )
  })
})

describe('the rows not imported, to download', () => {
  const headers = ['姓名', '手机', '生日']
  const rows = [['张三', '13800138000', '1990-02-30'], ['李四'], ['王五', '13900139000', '1985-01-01']]
  const plan = planCustomerImport(rows, guessCustomerSheetMapping(headers, LANGUAGES), context())

  it('keeps the refused rows as they were, padded to the header, with the reason in a column of its own', () => {
    expect(plan.map((row) => row.action)).toEqual(['reject', 'new', 'new'])
    expect(rejectedRowsSheet(headers, rows, plan, '未导入原因', (row) => `第 ${row.row} 行`)).toEqual([
      ['姓名', '手机', '生日', '未导入原因'],
      ['张三', '13800138000', '1990-02-30', '第 2 行']
    ])
    const short = rejectedRowsSheet(headers, [['', '1']], planCustomerImport([['', '1']], ['name', 'phone', 'birthday'], context()), 'why', () => 'x')
    expect(short[1]).toEqual(['', '1', '', 'x'])
  })

  it.each([zhCN, en])('has a reason column the next import leaves out by itself (%#)', (catalog) => {
    const reasonHeader = catalog.spreadsheetImport.reasonColumn
    const sheet = rejectedRowsSheet(headers, rows, plan, reasonHeader, () => '生日“1990-02-30”：没有这一天')
    const [readBack = [], ...dataRows] = readCsvRows(decodeSheetBytes(new TextEncoder().encode(toCsv(sheet))).text)
    expect(readBack).toEqual([...headers, reasonHeader])
    expect(guessCustomerSheetMapping(readBack, LANGUAGES)).toEqual(['name', 'phone', 'birthday', null])
    expect(dataRows).toEqual([[...(rows[0] ?? []), '生日“1990-02-30”：没有这一天']])
  })
})

describe('reading an Excel workbook', () => {
  it('gives its first sheet as text: numbers as their digits, dates as yyyy-mm-dd, formula-like text as it is', async () => {
    const bytes = readFileSync(join(__dirname, '../../fixtures/import/customers.xlsx'))
    const rows = await readXlsxRows(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
    expect(rows).toEqual([
      ['姓名', '手机', '生日', '等级', '备注'],
      ['周杰', '13800138011', '1979-01-18', 'A', '=1+1 不是公式'],
      ['吴敏', '0755-12345678', '1988/8/8', 'b级', ''],
      ['', '13800138013', '', 'C', '没有名字']
    ])
    const plan = planCustomerImport(rows.slice(1), guessCustomerSheetMapping(rows[0] ?? [], LANGUAGES), context())
    expect(plan.map((row) => row.action)).toEqual(['new', 'new', 'reject'])
    expect(plan[0]).toMatchObject({ values: { notes: '=1+1 不是公式', birthday: { year: 1979, month: 1, day: 18 } } })
  })
})
