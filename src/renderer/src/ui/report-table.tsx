import { isNumericFormat, type TableModel, type TableRow } from './table-model'
import './report-table.css'

interface ReportTableProps {
  readonly table: TableModel
  /** Names the table for screen readers (the heading above it names it for the eye). */
  readonly caption: string
  /** Shown instead of the rows when there are none. */
  readonly empty: string
}

/**
 * A plain table of figures: the first column names the row, numbers line up on the right, the
 * total row is set apart. On paper the headings repeat on every page and no row is split
 * (see report-table.css); every cell is React text, never HTML.
 */
export function ReportTable({ table, caption, empty }: ReportTableProps) {
  const bodyRows = table.rows.filter((row) => !row.isTotal)
  const totalRows = table.rows.filter((row) => row.isTotal)
  const alignOf = (index: number): string =>
    isNumericFormat(table.columns[index]?.format ?? 'text') ? 'report-table-number' : 'report-table-text'
  // The first cell names the row: a row heading, so a screen reader reads it with each figure.
  const cellsOf = (row: TableRow) =>
    row.cells.map((cell, index) => {
      const key = table.columns[index]?.id ?? index
      return index === 0 ? (
        <th key={key} scope="row" className={alignOf(index)}>
          {cell.text}
        </th>
      ) : (
        <td key={key} className={alignOf(index)}>
          {cell.text}
        </td>
      )
    })
  return (
    <table className="report-table">
      <caption className="report-table-caption">{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column, index) => (
            <th key={column.id} scope="col" className={alignOf(index)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {bodyRows.length === 0 ? (
          <tr>
            <td className="report-table-empty" colSpan={Math.max(1, table.columns.length)}>
              {empty}
            </td>
          </tr>
        ) : (
          bodyRows.map((row) => <tr key={row.id}>{cellsOf(row)}</tr>)
        )}
      </tbody>
      {totalRows.length > 0 && bodyRows.length > 0 ? (
        <tfoot>
          {totalRows.map((row) => (
            <tr key={row.id} className="report-table-total">
              {cellsOf(row)}
            </tr>
          ))}
        </tfoot>
      ) : null}
    </table>
  )
}
