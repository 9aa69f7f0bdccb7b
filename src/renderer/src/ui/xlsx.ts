/**
 * XLSX workbooks, built with exceljs, which is large: it is imported when a workbook is made,
 * never at the app's start. Strings stay strings (a phone number or serial of many digits is
 * not turned into a number and rounded), and a cell of digits only is marked as text so Excel
 * keeps it that way when it is edited.
 */
import type * as ExcelJS from 'exceljs'
import { fileValue, isNumericFormat, type CellFormat, type CellValue, type TableModel } from './table-model'

export interface XlsxColumn {
  readonly header: string
  /** Excel's number format for the column's numbers, e.g. '0', '0.0', '0.0%'. */
  readonly numberFormat?: string
}

export interface XlsxSheet {
  readonly name: string
  readonly columns: readonly XlsxColumn[]
  readonly rows: readonly (readonly CellValue[])[]
  /** Rows (by index) to set in bold: totals. */
  readonly boldRows?: readonly number[]
}

/** Excel's limits on a sheet's name: 31 characters, none of : \ / ? * [ ], not blank, unique in the workbook. */
export function sheetName(name: string, taken: ReadonlySet<string> = new Set()): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet'
  const base = Array.from(cleaned).slice(0, 31).join('')
  let candidate = base
  for (let counter = 2; taken.has(candidate.toLowerCase()); counter += 1) {
    const suffix = ` (${counter})`
    candidate = Array.from(base).slice(0, 31 - suffix.length).join('') + suffix
  }
  return candidate
}

const DIGITS_ONLY = /^\d+$/

/** Roughly how wide a text is in Excel's character widths: CJK characters take two. */
const textWidth = (text: string): number => Array.from(text).reduce((width, char) => width + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)

const MIN_WIDTH = 8
const MAX_WIDTH = 60

/**
 * A column's width: its widest text, within bounds. A loop, not Math.max(...cells): spreading
 * the cells of a sheet of several hundred thousand rows overflows the call stack.
 */
export function columnWidth(header: string, rows: readonly (readonly CellValue[])[], columnIndex: number): number {
  let widest = Math.max(MIN_WIDTH, textWidth(header))
  for (const row of rows) {
    const text = String(row[columnIndex] ?? '')
    // A text can be at most twice as wide as it is long: most cells need no closer look.
    if (text.length * 2 > widest) widest = Math.max(widest, textWidth(text))
    if (widest >= MAX_WIDTH) break
  }
  return Math.min(MAX_WIDTH, widest + 2)
}

type ExcelModule = typeof ExcelJS

/* exceljs is CommonJS (a UMD bundle in browsers): bundlers and Node hand it over as the default export. */
async function loadExcel(): Promise<ExcelModule> {
  const loaded: ExcelModule | { readonly default: ExcelModule } = await import('exceljs')
  return 'default' in loaded ? loaded.default : loaded
}

/** A workbook of the sheets, as the bytes of an .xlsx file. */
export async function toXlsx(sheets: readonly XlsxSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const excel = await loadExcel()
  const workbook = new excel.Workbook()
  const taken = new Set<string>()
  for (const sheet of sheets) {
    const name = sheetName(sheet.name, taken)
    taken.add(name.toLowerCase())
    const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
    const header = worksheet.addRow(sheet.columns.map((column) => column.header))
    header.font = { bold: true }
    const bold = new Set(sheet.boldRows ?? [])
    sheet.rows.forEach((values, rowIndex) => {
      const row = worksheet.addRow(values.map((value) => value ?? null))
      if (bold.has(rowIndex)) row.font = { bold: true }
      values.forEach((value, columnIndex) => {
        const cell = row.getCell(columnIndex + 1)
        const numberFormat = sheet.columns[columnIndex]?.numberFormat
        if (typeof value === 'number' && numberFormat !== undefined) cell.numFmt = numberFormat
        if (typeof value === 'string' && DIGITS_ONLY.test(value)) cell.numFmt = '@'
      })
    })
    sheet.columns.forEach((column, columnIndex) => {
      worksheet.getColumn(columnIndex + 1).width = columnWidth(column.header, sheet.rows, columnIndex)
    })
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const NUMBER_FORMATS: Readonly<Record<CellFormat, string | undefined>> = {
  text: undefined,
  integer: '0',
  'decimal-1': '0.0',
  'decimal-2': '0.00',
  percent: '0.0%'
}

/** A table as one sheet: headings, every row (the total in bold), numbers as numbers with the format they are shown in. */
export function tableToXlsxSheet(name: string, table: TableModel): XlsxSheet {
  return {
    name,
    columns: table.columns.map((column) => ({
      header: column.header,
      ...(isNumericFormat(column.format) ? { numberFormat: NUMBER_FORMATS[column.format] } : {})
    })),
    rows: table.rows.map((row) =>
      table.columns.map((column, index) => {
        const cell = row.cells[index]
        return cell === undefined ? null : fileValue(cell, column.format)
      })
    ),
    boldRows: table.rows.flatMap((row, index) => (row.isTotal ? [index] : []))
  }
}
