/**
 * A report's table (keys and numbers, from @shared/domain/report-*) as it is shown: the row
 * keys named, the figures formatted, the headings in words. The chart, the printed table, the
 * tooltip and the CSV/XLSX files are all made from the result, so they say the same thing.
 */
import type { ReportTable, ReportValueKind } from '@shared/domain/report-table'
import type { CellFormat, TableColumn, TableModel, TableRow } from '../../ui/table-model'

export const FORMAT_OF_KIND: Readonly<Record<ReportValueKind, CellFormat>> = {
  count: 'integer',
  share: 'percent',
  hours: 'decimal-1',
  score: 'decimal-2',
  amount: 'decimal-2'
}

/** The id of the first column, which names each row. */
export const LABEL_COLUMN = 'label'

export interface TableWording {
  /** The first column's heading: "Category", "Month"… */
  readonly rowHeader: string
  readonly columnHeader: (columnId: string) => string
  readonly rowLabel: (key: string) => string
  readonly totalLabel: string
  readonly formatFigure: (value: number | null, format: CellFormat) => string
  /**
   * Text columns after the row's name that say more about what the key names (a customer's tier
   * and owner): the renderer knows them, the report's figures do not. Blank on the total row.
   */
  readonly details?: RowDetails
}

export interface RowDetails {
  readonly columns: readonly { readonly id: string; readonly header: string }[]
  /** One text per detail column, for a row's key. */
  readonly textsOf: (key: string) => readonly string[]
}

const NO_DETAILS: RowDetails = { columns: [], textsOf: () => [] }

export function presentTable(table: ReportTable, wording: TableWording): TableModel {
  const details = wording.details ?? NO_DETAILS
  const columns: TableColumn[] = [
    { id: LABEL_COLUMN, header: wording.rowHeader, format: 'text' },
    ...details.columns.map(({ id, header }): TableColumn => ({ id, header, format: 'text' })),
    ...table.columns.map((column) => ({ id: column.id, header: wording.columnHeader(column.id), format: FORMAT_OF_KIND[column.kind] }))
  ]
  const row = (id: string, label: string, values: readonly (number | null)[], isTotal: boolean): TableRow => {
    const texts = isTotal ? [] : details.textsOf(id)
    return {
      id,
      cells: [
        { value: label, text: label },
        ...details.columns.map((_, index) => ({ value: texts[index] ?? '', text: texts[index] ?? '' })),
        ...table.columns.map((column, index) => {
          const value = values[index] ?? null
          return { value, text: wording.formatFigure(value, FORMAT_OF_KIND[column.kind]) }
        })
      ],
      ...(isTotal ? { isTotal } : {})
    }
  }
  const rows = table.rows.map((entry) => row(entry.key, wording.rowLabel(entry.key), entry.values, false))
  // A total of nothing would only repeat the zeros: an empty table shows its "nothing to count" line alone.
  if (table.total !== null && rows.length > 0) rows.push(row(table.total.key, wording.totalLabel, table.total.values, true))
  return { columns, rows }
}
