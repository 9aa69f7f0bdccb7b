/**
 * Importing customers from a spreadsheet (domain brief §5): reading the file's text in the
 * encoding it was saved in, and the dry run: what each row would do (a new customer, an update
 * of the customer with that phone, skipped) or why it is refused, before anything is written.
 */
import Papa from 'papaparse'
import type { CustomerSheetField } from './customer-sheet'
import { cellsByField, readCustomerSheetRow, type CustomerSheetProblem, type CustomerSheetReadContext, type CustomerSheetValues } from './customer-sheet-read'
import { phoneDigitsOfNumber } from './customer-search'

export type SheetEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030'

const BOM = [0xef, 0xbb, 0xbf]
const ZIP = [0x50, 0x4b, 0x03, 0x04]

/**
 * What a file's bytes are, whatever its name says: an .xlsx workbook (a zip), some other binary
 * file (an old .xls, a Word file, a picture, "Unicode text" saved by Excel as UTF-16), or text.
 * UTF-8 and GBK text never hold a NUL byte; binary files almost always do, early on.
 */
export function sniffSheetBytes(bytes: Uint8Array): 'xlsx' | 'binary' | 'text' {
  if (ZIP.every((byte, index) => bytes[index] === byte)) return 'xlsx'
  return bytes.subarray(0, 8192).includes(0) ? 'binary' : 'text'
}

/**
 * The file's text and the encoding it was read in: UTF-8 (with or without the byte-order mark
 * Excel writes when asked for UTF-8), else GB18030, which reads every GBK file too: what Chinese
 * Excel writes for "CSV (逗号分隔)". A file that is not valid UTF-8 is taken as GB18030.
 */
export function decodeSheetBytes(bytes: Uint8Array): { readonly text: string; readonly encoding: SheetEncoding } {
  if (BOM.every((byte, index) => bytes[index] === byte)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(BOM.length)), encoding: 'utf-8-bom' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' }
  }
}

/** What an export for Excel put before a cell starting with = + - @ (tab, CR) so it is not run: taken off again. */
const NEUTRALISED = /^'(?=[=+\-@\t\r])/

export const unneutraliseCell = (cell: string): string => cell.replace(NEUTRALISED, '')

/** The rows of a CSV text, every cell as text; wholly empty lines are left out. */
export function readCsvRows(text: string): readonly (readonly string[])[] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' })
  return parsed.data.map((row) => row.map(unneutraliseCell))
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

/**
 * Every data row's fate, in file order; `row` is the row number the spreadsheet shows (the
 * header is row 1). A phone a customer already has decides by the policy; a phone an earlier
 * row of the file already gave refuses the later row, which would otherwise make a duplicate
 * customer or overwrite the earlier row's update.
 */
export function planCustomerImport(
  dataRows: readonly (readonly string[])[],
  mapping: readonly (CustomerSheetField | null)[],
  context: ImportPlanContext
): readonly PlannedRow[] {
  const firstRowOfPhone = new Map<string, number>()
  return dataRows.map((cells, index): PlannedRow => {
    const row = index + 2
    const read = readCustomerSheetRow(cellsByField(cells, mapping), context)
    if (!read.ok) return { row, action: 'reject', problems: read.problems }
    const digits = (read.value.phones ?? []).map(phoneDigitsOfNumber)
    const earlier = digits.map((phone) => firstRowOfPhone.get(phone)).find((found) => found !== undefined)
    if (earlier !== undefined) return { row, action: 'reject', problems: [{ field: 'phone', reason: 'phone-in-earlier-row', value: String(earlier) }] }
    for (const phone of digits) firstRowOfPhone.set(phone, row)
    const existing = digits.map((phone) => context.customerByPhone.get(phone)).find((found) => found !== undefined)
    if (existing === undefined || context.policy === 'new') return { row, action: 'new', values: read.value }
    return context.policy === 'skip' ? { row, action: 'skip', customerId: existing } : { row, action: 'update', values: read.value, customerId: existing }
  })
}
