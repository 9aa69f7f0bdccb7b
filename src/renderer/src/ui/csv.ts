/**
 * CSV for Excel users (domain brief §5): UTF-8 with a byte-order mark, so Chinese Excel opens it
 * as UTF-8 rather than as GBK; CRLF line ends, as Excel writes them. A cell whose text starts
 * with = + - @ (or a tab or carriage return) would be run as a formula by a spreadsheet, so it
 * gets a leading apostrophe: user text is text (architecture, rule 8). Numbers are written as
 * numbers, never neutralised: a negative number is not a formula.
 */
import Papa from 'papaparse'
import { fileValue, type CellValue, type TableModel } from './table-model'

const BYTE_ORDER_MARK = '\uFEFF'

/*
 * Papa's own `escapeFormulae: true` tests /^[=+\-@\t\r].*$/, whose `.` stops at a line break:
 * "=HYPERLINK(…)" followed by a second line would slip through. Only the first character matters.
 * A cell that already starts with apostrophes before such a character ("'@") gets one more, so
 * the import, which takes exactly one off (unneutraliseCell), gives back what was typed.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/

/** Rows of cells (the first is usually the headings) as CSV text, BOM first. */
export function toCsv(rows: readonly (readonly CellValue[])[]): string {
  const data = rows.map((row) => row.map((cell) => cell ?? ''))
  return BYTE_ORDER_MARK + Papa.unparse(data, { newline: '\r\n', escapeFormulae: FORMULA_START })
}

/** Shares as CSV shows them: "12.5%", which Excel reads back as a percentage. */
function csvCell(value: CellValue, format: TableModel['columns'][number]['format']): CellValue {
  if (format !== 'percent' || typeof value !== 'number') return value
  return `${Number((value * 100).toFixed(1))}%`
}

/** A table as CSV: its headings, then every row (total included), values rounded as shown. */
export function tableToCsv(table: TableModel): string {
  return toCsv([
    table.columns.map((column) => column.header),
    ...table.rows.map((row) =>
      table.columns.map((column, index) => {
        const cell = row.cells[index]
        return cell === undefined ? null : csvCell(fileValue(cell, column.format), column.format)
      })
    )
  ])
}
