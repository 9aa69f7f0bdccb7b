/**
 * Importing customers from a spreadsheet (domain brief §5): reading the file's text in the
 * encoding it was saved in, and the dry run: what each row would do (a new customer, an update
 * of the customer with that phone, skipped) or why it is refused, before anything is written.
 */
import Papa from 'papaparse'
import type { CustomerSheetField } from './customer-sheet'
import { cellsByField, readCustomerSheetRow, type CustomerSheetProblem, type CustomerSheetReadContext, type CustomerSheetValues } from './customer-sheet-read'
import { phoneDigitsOfNumber } from './customer-search'

export type SheetEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'

const BOM = [0xef, 0xbb, 0xbf]
const UTF16_BOMS = [
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' }
] as const
const ZIP = [0x50, 0x4b, 0x03, 0x04]

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, index) => bytes[index] === byte)

/** The UTF-16 byte order its mark gives, if the file starts with one: Excel's "Unicode text" is UTF-16LE with a mark. */
const utf16Of = (bytes: Uint8Array) => UTF16_BOMS.find((bom) => startsWith(bytes, bom.bytes))?.encoding

/**
 * What a file's bytes are, whatever its name says: an .xlsx workbook (a zip), some other binary
 * file (an old .xls, a Word file, a picture), or text. UTF-8 and GBK text never hold a NUL byte;
 * binary files almost always do, early on. UTF-16 text is full of NULs too, but Excel's "Unicode
 * text" starts with a byte-order mark, which no binary format we could be handed begins with.
 */
export function sniffSheetBytes(bytes: Uint8Array): 'xlsx' | 'binary' | 'text' {
  if (startsWith(bytes, ZIP)) return 'xlsx'
  if (utf16Of(bytes) !== undefined) return 'text'
  return bytes.subarray(0, 8192).includes(0) ? 'binary' : 'text'
}

/**
 * The file's text and the encoding it was read in: UTF-16 when a byte-order mark says so (Excel's
 * "Unicode text"), UTF-8 (with or without the mark Excel writes when asked for UTF-8), else
 * GB18030, which reads every GBK file too: what Chinese Excel writes for "CSV (逗号分隔)". A file
 * that is not valid UTF-8 is taken as GB18030.
 */
export function decodeSheetBytes(bytes: Uint8Array): { readonly text: string; readonly encoding: SheetEncoding } {
  const utf16 = utf16Of(bytes)
  if (utf16 !== undefined) return { text: new TextDecoder(utf16).decode(bytes.subarray(2)), encoding: utf16 }
  if (startsWith(bytes, BOM)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(BOM.length)), encoding: 'utf-8-bom' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' }
  }
}

/**
 * What an export for Excel put before a cell starting with = + - @ (tab, CR), or with apostrophes
 * before one of those, so it is not run: one apostrophe, taken off again.
 */
const NEUTRALISED = /^'(?='*[=+\-@\t\r])/

export const unneutraliseCell = (cell: string): string => cell.replace(NEUTRALISED, '')

/**
 * A sheet's rows that hold anything, every cell as text, and beside each row the number the
 * spreadsheet program shows for it (the first row is 1). Blank rows are left out, but their
 * numbers are not reused, so a row the dry run refuses is named as the user sees it.
 */
export interface NumberedRows {
  readonly rows: readonly (readonly string[])[]
  readonly rowNumbers: readonly number[]
}

/** A row Excel would show empty: no cell, or only empty cells and spaces. */
export const isBlankRow = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '')

/** The rows that hold anything, each paired with its row number, as NumberedRows. */
export function withoutBlankRows(numbered: Iterable<readonly [number, readonly string[]]>): NumberedRows {
  const rows: (readonly string[])[] = []
  const rowNumbers: number[] = []
  for (const [row, cells] of numbered) {
    if (isBlankRow(cells)) continue
    rows.push(cells)
    rowNumbers.push(row)
  }
  return { rows, rowNumbers }
}

/**
 * The rows of a CSV text. Each parsed record is one spreadsheet row, blank ones included (a
 * quoted cell with a line break in it is still one record), so a record's position is its row
 * number. The delimiter is guessed as before, on the non-blank lines, unless the caller knows it.
 */
export function readCsvRows(text: string, delimiter?: string): NumberedRows {
  const guessed = delimiter ?? Papa.parse<string[]>(text, { preview: 10, skipEmptyLines: 'greedy' }).meta.delimiter
  const parsed = Papa.parse<string[]>(text, { delimiter: guessed })
  return withoutBlankRows(parsed.data.map((cells, index) => [index + 1, cells.map(unneutraliseCell)] as const))
}

/** A text file's rows and the encoding it was read in. "Unicode text" from Excel is tab-separated, always. */
export function readTextSheet(bytes: Uint8Array): { readonly rows: NumberedRows; readonly encoding: SheetEncoding } {
  const { text, encoding } = decodeSheetBytes(bytes)
  return { rows: readCsvRows(text, encoding === 'utf-16le' || encoding === 'utf-16be' ? '\t' : undefined), encoding }
}

/** Rows `from` to `to` (not included), with their numbers: one chunk of a long sheet. */
export const sliceRows = (sheet: NumberedRows, from: number, to: number): NumberedRows => ({
  rows: sheet.rows.slice(from, to),
  rowNumbers: sheet.rowNumbers.slice(from, to)
})

/** The first row that holds anything is the header; the rows below it are the data. Null when there is no data row. */
export function splitHeaderRow(sheet: NumberedRows): { readonly headers: readonly string[]; readonly data: NumberedRows } | null {
  const [headers] = sheet.rows
  if (headers === undefined || sheet.rows.length < 2) return null
  return { headers, data: sliceRows(sheet, 1, sheet.rows.length) }
}

export const PHONE_MATCH_POLICIES = ['update', 'skip', 'new'] as const
/** What to do with a row whose phone is an existing customer's: update that customer, skip the row, or add a new customer anyway. */
export type PhoneMatchPolicy = (typeof PHONE_MATCH_POLICIES)[number]

export type ImportRowProblem =
  | CustomerSheetProblem
  /** The same phone as an earlier row of the file: `value` is that row's number. */
  | { readonly field: 'phone'; readonly reason: 'phone-in-earlier-row'; readonly value: string }

export type PlannedRow =
  | { readonly row: number; readonly action: 'new'; readonly values: CustomerSheetValues }
  | { readonly row: number; readonly action: 'update'; readonly values: CustomerSheetValues; readonly customerId: string }
  | { readonly row: number; readonly action: 'skip'; readonly customerId: string }
  | { readonly row: number; readonly action: 'reject'; readonly problems: readonly ImportRowProblem[] }

export interface ImportPlanContext extends CustomerSheetReadContext {
  readonly policy: PhoneMatchPolicy
  /** Live customers by phone digits: the phones on file. */
  readonly customerByPhone: ReadonlyMap<string, string>
}

/** Plans rows a chunk at a time, remembering across chunks the row that first gave each phone. */
export interface CustomerImportPlanner {
  /** The next rows' fates, in file order; call it with the file's rows in order, in chunks of any size. */
  readonly plan: (rows: NumberedRows) => readonly PlannedRow[]
}

/**
 * Every data row's fate; `row` is the row number the spreadsheet shows. A phone a customer
 * already has decides by the policy; a phone an earlier row of the file already gave refuses the
 * later row, which would otherwise make a duplicate customer or overwrite the earlier row's
 * update. The earlier row may be in an earlier chunk: the planner keeps the phones it has seen,
 * so planning 100,000 rows in chunks (the page stays responsive) gives the same plan as in one go.
 */
export function createCustomerImportPlanner(mapping: readonly (CustomerSheetField | null)[], context: ImportPlanContext): CustomerImportPlanner {
  const firstRowOfPhone = new Map<string, number>()
  const planRow = (cells: readonly string[], row: number): PlannedRow => {
    const read = readCustomerSheetRow(cellsByField(cells, mapping), context)
    if (!read.ok) return { row, action: 'reject', problems: read.problems }
    const digits = (read.value.phones ?? []).map(phoneDigitsOfNumber)
    const earlier = digits.map((phone) => firstRowOfPhone.get(phone)).find((found) => found !== undefined)
    if (earlier !== undefined) return { row, action: 'reject', problems: [{ field: 'phone', reason: 'phone-in-earlier-row', value: String(earlier) }] }
    for (const phone of digits) firstRowOfPhone.set(phone, row)
    const existing = digits.map((phone) => context.customerByPhone.get(phone)).find((found) => found !== undefined)
    if (existing === undefined || context.policy === 'new') return { row, action: 'new', values: read.value }
    return context.policy === 'skip' ? { row, action: 'skip', customerId: existing } : { row, action: 'update', values: read.value, customerId: existing }
  }
  // A row without a number would be a caller's bug; 0 says so in the plan rather than throwing mid-import.
  return { plan: ({ rows, rowNumbers }) => rows.map((cells, index) => planRow(cells, rowNumbers[index] ?? 0)) }
}

/** The whole file's plan in one go: see createCustomerImportPlanner. */
export function planCustomerImport(dataRows: NumberedRows, mapping: readonly (CustomerSheetField | null)[], context: ImportPlanContext): readonly PlannedRow[] {
  return createCustomerImportPlanner(mapping, context).plan(dataRows)
}
