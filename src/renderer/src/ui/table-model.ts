/*
 * A table as it is shown, printed and exported: headings, and cells that carry both the value
 * (for a chart, a CSV, a spreadsheet) and the text the reader sees. Whoever builds it formats the
 * text once, so the screen, the paper, the tooltip and the file show the same figure.
 */

export type CellValue = string | number | null

/** How a column's values read: plain text, a whole number, a decimal, or a share of 1 shown as a percentage. */
export type CellFormat = 'text' | 'integer' | 'decimal-1' | 'decimal-2' | 'percent'

export interface TableColumn {
  readonly id: string
  readonly header: string
  readonly format: CellFormat
}

export interface TableCell {
  readonly value: CellValue
  /** What the reader sees: the value formatted in the interface language ('' or a dash for none). */
  readonly text: string
}

export interface TableRow {
  readonly id: string
  /** One per column. */
  readonly cells: readonly TableCell[]
  /** The sum or overall row under the others: set apart on screen and paper, left out of charts. */
  readonly isTotal?: boolean
}

export interface TableModel {
  readonly columns: readonly TableColumn[]
  readonly rows: readonly TableRow[]
}

export const isNumericFormat = (format: CellFormat): boolean => format !== 'text'

const DECIMALS: Readonly<Record<Exclude<CellFormat, 'text'>, number>> = { integer: 0, 'decimal-1': 1, 'decimal-2': 2, percent: 1 }

const roundTo = (value: number, digits: number): number => {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/**
 * A cell's value for a file, rounded as the reader sees it: a spreadsheet that sums the column
 * gets the printed figures, not digits the page never showed. Percentages stay shares of 1
 * (a spreadsheet formats them). A text column gives its text as shown; a missing number is empty.
 */
export function fileValue(cell: TableCell, format: CellFormat): CellValue {
  if (format === 'text') return cell.text
  if (typeof cell.value !== 'number') return null
  return format === 'percent' ? roundTo(cell.value, DECIMALS.percent + 2) : roundTo(cell.value, DECIMALS[format])
}
