/**
 * The rows an import refused, as a sheet to download, fix and import again: the file's own
 * columns as they were, then one column saying why. The reason column's header is one that
 * guessCustomerSheetMapping maps to nothing, so on the second import it is left out by itself.
 */
import type { NumberedRows, PlannedRow } from './sheet-import'

export type RejectedRow = Extract<PlannedRow, { readonly action: 'reject' }>

export const isRejectedRow = (row: PlannedRow): row is RejectedRow => row.action === 'reject'

/**
 * Header and refused rows; `dataRows` are the file's rows below the header, with their numbers:
 * a refused row is found by its number, not its position, since blank rows have none in the plan.
 * Short rows are padded so the reason always lands in its own column.
 */
export function rejectedRowsSheet(
  headers: readonly string[],
  dataRows: NumberedRows,
  plan: readonly PlannedRow[],
  reasonHeader: string,
  reasonOf: (row: RejectedRow) => string
): readonly (readonly string[])[] {
  const cellsOfRow = new Map(dataRows.rowNumbers.map((row, index) => [row, dataRows.rows[index] ?? []]))
  const rejected = plan.filter(isRejectedRow).map((row) => ({ row, cells: cellsOfRow.get(row.row) ?? [] }))
  // reduce, not Math.max(...): a spread of 100,000 rows overflows the call stack.
  const width = rejected.reduce((widest, { cells }) => Math.max(widest, cells.length), headers.length)
  const padded = (cells: readonly string[]): readonly string[] => Array.from({ length: width }, (_, index) => cells[index] ?? '')
  return [[...padded(headers), reasonHeader], ...rejected.map(({ row, cells }) => [...padded(cells), reasonOf(row)])]
}
