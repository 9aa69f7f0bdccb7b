/** A sheet (headers and rows, @shared/domain/sheet-export) as the content of a CSV or XLSX file, made where it is called. */
import type { SheetTable } from '@shared/domain/sheet-export'
import { toCsv } from './csv'
import { toXlsx } from './xlsx'

export const SHEET_FORMATS = ['csv', 'xlsx'] as const
export type SheetFormat = (typeof SHEET_FORMATS)[number]

export type SheetFileContent = string | Uint8Array<ArrayBuffer>

/** CSV text (BOM, CRLF, formulas neutralised) or the bytes of a workbook of one sheet (long digit strings kept as text). */
export function buildSheetFile(format: SheetFormat, table: SheetTable): Promise<SheetFileContent> {
  if (format === 'csv') return Promise.resolve(toCsv([table.headers, ...table.rows]))
  return toXlsx([{ name: table.name, columns: table.headers.map((header) => ({ header })), rows: table.rows }])
}
