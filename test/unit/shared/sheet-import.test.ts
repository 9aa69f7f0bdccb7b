import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CUSTOMER_SHEET_FIELDS, customerSheetRow, guessCustomerSheetMapping } from '@shared/domain/customer-sheet'
import { customerFromSheet } from '@shared/domain/customer-sheet-read'
import {
  createCustomerImportPlanner,
  decodeSheetBytes,
  planCustomerImport,
  readCsvRows,
  readTextSheet,
  sliceRows,
  sniffSheetBytes,
  splitHeaderRow,
  unneutraliseCell,
  type ImportPlanContext,
  type NumberedRows
} from '@shared/domain/sheet-import'
import { rejectedRowsSheet } from '@shared/domain/sheet-import-rejected'
import { toCsv } from '@renderer/ui/csv'
import { readXlsxRows } from '@renderer/ui/xlsx-rows'
import { en } from '@renderer/locales/en'
import { zhCN } from '@renderer/locales/zh-CN'
import { EN, FROM_SHEET, sheetContent, sheetCustomer, STAFF, ZH } from './customer-sheet-fixtures'

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/import', name)))

const LANGUAGES = [ZH, EN]

const codeUnits = (text: string): readonly number[] => [...text].map((char) => char.charCodeAt(0))
/** Text as Excel's "Unicode text" holds it: a byte-order mark, then two bytes a character, low byte first. */
const utf16le = (text: string): Uint8Array => new Uint8Array([0xff, 0xfe, ...codeUnits(text).flatMap((unit) => [unit & 0xff, unit >> 8])])
const utf16be = (text: string): Uint8Array => new Uint8Array([0xfe, 0xff, ...codeUnits(text).flatMap((unit) => [unit >> 8, unit & 0xff])])

const context = (overrides: Partial<ImportPlanContext> = {}): ImportPlanContext => ({
  languages: LANGUAGES,
  staffIdByName: new Map(),
  today: '2026-11-25',
  policy: 'update',
  customerByPhone: new Map(),
  ...overrides
})

/** Rows as if they were the sheet's rows 2 onwards, below a header, with no blank row between. */
const numbered = (rows: readonly (readonly string[])[]): NumberedRows => ({ rows, rowNumbers: rows.map((_, index) => index + 2) })

function headerAndData(bytes: Uint8Array) {
  const split = splitHeaderRow(readTextSheet(bytes).rows)
  if (split === null) throw new Error('no data rows')
  return split
}

function planOf(bytes: Uint8Array, overrides: Partial<ImportPlanContext> = {}) {
  const { headers, data } = headerAndData(bytes)
  return planCustomerImport(data, guessCustomerSheetMapping(headers, LANGUAGES), context(overrides))
}

describe('reading a spreadsheet file', () => {
  it('reads a GBK file as Chinese Excel saves it, quotes and all', () => {
    const { text, encoding } = decodeSheetBytes(fixture('customers-gbk.csv'))
    expect(encoding).toBe('gb18030')
    const { rows, rowNumbers } = readCsvRows(text)
    expect(rows[0]).toEqual(['姓名', '手机', '生日', '等级', '性格', '标签', '备注'])
    expect(rows[2]).toEqual(['李娜', '139 0013 8002', '农历 03-15', 'B', '活泼型', '老客户,团购', '说话直接，"别绕弯子"'])
    expect(rowNumbers).toEqual([1, 2, 3, 4, 5])
  })

  it('reads UTF-8 with the byte-order mark, without keeping the mark', () => {
    const { text, encoding } = decodeSheetBytes(fixture('customers-utf8-bom.csv'))
    expect(encoding).toBe('utf-8-bom')
    expect(readCsvRows(text).rows[0]?.[0]).toBe('姓名')
  })

  it('tells text from a workbook from other binary files by the bytes, not the name', () => {
    expect(['customers-gbk.csv', 'customers-utf8-bom.csv', 'customers.xlsx'].map((name) => sniffSheetBytes(fixture(name)))).toEqual(['text', 'text', 'xlsx'])
    const oldXls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])
    const picture = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect([utf16le('姓名\t手机'), utf16be('姓名\t手机'), oldXls, picture, new Uint8Array()].map(sniffSheetBytes)).toEqual(['text', 'text', 'binary', 'binary', 'text'])
  })

  it('reads Excel’s “Unicode text”: UTF-16LE, tab-separated, a quoted line break within one row, a blank row skipped but counted', () => {
    const bytes = fixture('customers-unicode.txt')
    expect(sniffSheetBytes(bytes)).toBe('text')
    expect(decodeSheetBytes(bytes).encoding).toBe('utf-16le')
    const { rows, encoding } = readTextSheet(bytes)
    expect(encoding).toBe('utf-16le')
    expect(rows).toEqual({
      rows: [
        ['姓名', '手机', '生日', '等级', '备注'],
        ['林小红', '13800138000', '1992-03-08', 'A', '喜欢靠窗的位置\r\n周末来'],
        ['陈大文', '139 0013 9000', '1990-02-30', 'B', '生日写错了']
      ],
      rowNumbers: [1, 2, 4]
    })
    expect(planOf(bytes).map((row) => [row.row, row.action])).toEqual([
      [2, 'new'],
      [4, 'reject']
    ])
  })

  it('reads UTF-16 big-endian by its mark too, tab-separated even with commas in the cells', () => {
    const bytes = utf16be('姓名\t备注\r\n张三\t喜欢上午, 不喜欢电话\r\n')
    expect(readTextSheet(bytes)).toEqual({ rows: { rows: [['姓名', '备注'], ['张三', '喜欢上午, 不喜欢电话']], rowNumbers: [1, 2] }, encoding: 'utf-16be' })
  })

  it('reads UTF-8 without a mark as UTF-8', () => {
    expect(decodeSheetBytes(new TextEncoder().encode('姓名\r\n张三\r\n'))).toEqual({ text: '姓名\r\n张三\r\n', encoding: 'utf-8' })
  })

  it('takes off only the apostrophe an export put before a formula-like cell', () => {
    expect(['\'=1+1', '\'-5', '\'@me', '\'+86 138', "'普通", "''=x", "'''@"].map(unneutraliseCell)).toEqual(['=1+1', '-5', '@me', '+86 138', "'普通", "'=x", "''@"])
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
      numbered([
        ['张三', '13800138000'],
        ['张三', '138-0013-8000']
      ]),
      ['name', 'phone'],
      context()
    )
    expect(plan[1]).toEqual({ row: 3, action: 'reject', problems: [{ field: 'phone', reason: 'phone-in-earlier-row', value: '2' }] })
  })

  const sheetRows = fc.array(fc.tuple(fc.constantFrom('', '张三', '=x'), fc.constantFrom('', '13800138000', '13900139000', 'abc'), fc.constantFrom('', '1990-02-30', '05-12')), {
    maxLength: 12
  })
  const policies = fc.constantFrom('update' as const, 'skip' as const, 'new' as const)
  /** Increasing row numbers with gaps: the blank rows a file may hold between its data rows. */
  const withGaps = (rows: readonly (readonly string[])[], gaps: readonly number[]): NumberedRows => {
    let row = 1
    return { rows, rowNumbers: rows.map((_, index) => (row += 1 + (gaps[index] ?? 0))) }
  }

  it('never loses a row: each one is new, an update, skipped or refused, under its own row number', () => {
    fc.assert(
      fc.property(sheetRows, fc.array(fc.nat(3), { maxLength: 12 }), policies, (rows, gaps, policy) => {
        const sheet = withGaps(rows, gaps)
        const plan = planCustomerImport(sheet, ['name', 'phone', 'birthday'], context({ policy, customerByPhone: new Map([['13900139000', 'c1']]) }))
        expect(plan.map((row) => row.row)).toEqual(sheet.rowNumbers)
        const counts = ['new', 'update', 'skip', 'reject'].map((action) => plan.filter((row) => row.action === action).length)
        expect(counts.reduce((sum, count) => sum + count, 0)).toBe(rows.length)
      })
    )
  })

  it('plans the same in chunks as in one go, a phone repeated across chunks included', () => {
    fc.assert(
      fc.property(sheetRows, fc.array(fc.nat(3), { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), policies, (rows, gaps, chunk, policy) => {
        const sheet = withGaps(rows, gaps)
        const planContext = context({ policy, customerByPhone: new Map([['13900139000', 'c1']]) })
        const planner = createCustomerImportPlanner(['name', 'phone', 'birthday'], planContext)
        const chunked = Array.from({ length: Math.ceil(rows.length / chunk) }, (_, index) => planner.plan(sliceRows(sheet, index * chunk, (index + 1) * chunk))).flat()
        expect(chunked).toEqual(planCustomerImport(sheet, ['name', 'phone', 'birthday'], planContext))
      })
    )
    const planner = createCustomerImportPlanner(['name', 'phone'], context())
    expect(planner.plan({ rows: [['张三', '13800138000']], rowNumbers: [2] })).toMatchObject([{ action: 'new' }])
    expect(planner.plan({ rows: [['李四', '138 0013 8000']], rowNumbers: [5] })).toEqual([{ row: 5, action: 'reject', problems: [{ field: 'phone', reason: 'phone-in-earlier-row', value: '2' }] }])
  })
})

describe('blank rows', () => {
  // Row 1 the header, 2 blank, 3 张三, 4 a quoted note over two lines (still one row), 5 only
  // commas, 6 spaces, 7 王五 (same phone as row 3), then a blank line at the end.
  const csv = ['姓名,手机,备注', '', '张三,13800138000,', '李四,,"第一行', '第二行"', ',,', '  ', '王五,138 0013 8000,重复', ''].join('\r\n')

  it('are left out but still counted, so every row keeps the number the spreadsheet shows', () => {
    const sheet = readCsvRows(csv)
    expect(sheet.rowNumbers).toEqual([1, 3, 4, 7])
    expect(sheet.rows[2]).toEqual(['李四', '', '第一行\r\n第二行'])
    const split = splitHeaderRow(sheet)
    expect(split?.data.rows).toHaveLength(3)
    const plan = planCustomerImport(split?.data ?? numbered([]), ['name', 'phone', 'notes'], context())
    expect(plan).toMatchObject([
      { row: 3, action: 'new' },
      { row: 4, action: 'new' },
      { row: 7, action: 'reject', problems: [{ reason: 'phone-in-earlier-row', value: '3' }] }
    ])
  })

  it('give the refused rows’ own cells to download, not the row a blank row pushed into their place', () => {
    const split = splitHeaderRow(readCsvRows(csv))
    if (split === null) throw new Error('no data rows')
    const plan = planCustomerImport(split.data, ['name', 'phone', 'notes'], context())
    expect(rejectedRowsSheet(split.headers, split.data, plan, 'why', (row) => `row ${row.row}`)).toEqual([
      ['姓名', '手机', '备注', 'why'],
      ['王五', '138 0013 8000', '重复', 'row 7']
    ])
  })

  it('leave a file with only its header and blank rows empty, and a header below blank rows still the header', () => {
    expect(splitHeaderRow(readCsvRows('姓名,手机\r\n\r\n,\r\n   \r\n'))).toBeNull()
    expect(splitHeaderRow(readCsvRows(''))).toBeNull()
    expect(splitHeaderRow(readCsvRows('\r\n姓名\r\n张三\r\n'))).toEqual({ headers: ['姓名'], data: { rows: [['张三']], rowNumbers: [3] } })
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
  const plan = planCustomerImport(numbered(rows), guessCustomerSheetMapping(headers, LANGUAGES), context())

  it('keeps the refused rows as they were, padded to the header, with the reason in a column of its own', () => {
    expect(plan.map((row) => row.action)).toEqual(['reject', 'new', 'new'])
    expect(rejectedRowsSheet(headers, numbered(rows), plan, '未导入原因', (row) => `第 ${row.row} 行`)).toEqual([
      ['姓名', '手机', '生日', '未导入原因'],
      ['张三', '13800138000', '1990-02-30', '第 2 行']
    ])
    const short = rejectedRowsSheet(headers, numbered([['', '1']]), planCustomerImport(numbered([['', '1']]), ['name', 'phone', 'birthday'], context()), 'why', () => 'x')
    expect(short[1]).toEqual(['', '1', '', 'x'])
  })

  it.each([zhCN, en])('has a reason column the next import leaves out by itself (%#)', (catalog) => {
    const reasonHeader = catalog.spreadsheetImport.reasonColumn
    const sheet = rejectedRowsSheet(headers, numbered(rows), plan, reasonHeader, () => '生日“1990-02-30”：没有这一天')
    const [readBack = [], ...dataRows] = readCsvRows(decodeSheetBytes(new TextEncoder().encode(toCsv(sheet))).text).rows
    expect(readBack).toEqual([...headers, reasonHeader])
    expect(guessCustomerSheetMapping(readBack, LANGUAGES)).toEqual(['name', 'phone', 'birthday', null])
    expect(dataRows).toEqual([[...(rows[0] ?? []), '生日“1990-02-30”：没有这一天']])
  })
})

describe('reading an Excel workbook', () => {
  it('gives its first sheet as text: numbers as their digits, dates as yyyy-mm-dd, formula-like text as it is', async () => {
    const bytes = readFileSync(join(__dirname, '../../fixtures/import/customers.xlsx'))
    const { rows, rowNumbers } = await readXlsxRows(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
    expect(rowNumbers).toEqual([1, 2, 3, 4])
    expect(rows).toEqual([
      ['姓名', '手机', '生日', '等级', '备注'],
      ['周杰', '13800138011', '1979-01-18', 'A', '=1+1 不是公式'],
      ['吴敏', '0755-12345678', '1988/8/8', 'b级', ''],
      ['', '13800138013', '', 'C', '没有名字']
    ])
    const plan = planCustomerImport(numbered(rows.slice(1)), guessCustomerSheetMapping(rows[0] ?? [], LANGUAGES), context())
    expect(plan.map((row) => row.action)).toEqual(['new', 'new', 'reject'])
    expect(plan[0]).toMatchObject({ values: { notes: '=1+1 不是公式', birthday: { year: 1979, month: 1, day: 18 } } })
  })
})
