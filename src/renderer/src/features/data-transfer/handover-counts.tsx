import { useTranslation } from 'react-i18next'
import type { MergeCounts } from '@shared/domain/merge'
import { EXPORT_TABLE_NAMES } from '@shared/export-format/tables'
import type { TableMergeCounts } from '../../data/repositories/handover'
import { formatCount } from './data-transfer-format'

const COLUMNS = ['added', 'updated', 'deleted', 'unchanged'] as const satisfies readonly (keyof MergeCounts)[]

/** What a merge will do, per table that it touches, and in all. */
export function HandoverCounts({ counts, totals }: { readonly counts: TableMergeCounts; readonly totals: MergeCounts }) {
  const { t, i18n } = useTranslation()
  const count = (value: number): string => formatCount(value, i18n.language)
  const touched = EXPORT_TABLE_NAMES.filter((table) => COLUMNS.some((column) => counts[table][column] > 0))
  return (
    <table className="data-transfer-table data-transfer-merge-counts" aria-label={t('dataTransfer.handover.previewTitle')}>
      <thead>
        <tr>
          <th scope="col">{t('dataTransfer.file.table')}</th>
          {COLUMNS.map((column) => (
            <th scope="col" key={column}>
              {t(`dataTransfer.handover.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {touched.map((table) => (
          <tr key={table}>
            <th scope="row">{t(`dataTransfer.tables.${table}`)}</th>
            {COLUMNS.map((column) => (
              <td key={column}>{count(counts[table][column])}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('dataTransfer.file.total')}</th>
          {COLUMNS.map((column) => (
            <td key={column} data-count={column}>
              {count(totals[column])}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  )
}
