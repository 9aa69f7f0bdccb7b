import { useTranslation } from 'react-i18next'
import type { CustomerSheetField } from '@shared/domain/customer-sheet'
import type { ImportRowProblem, PlannedRow } from '@shared/domain/sheet-import'
import type { ImportProgress } from '../../data/repositories/spreadsheet-import'
import { platform } from '../../platform/bridge'
import { toCsv } from '../../ui/csv'
import { useSaveOutcome } from '../../ui/use-save-outcome'
import type { ReadSheet } from './use-spreadsheet-import'

interface SpreadsheetImportPlanProps {
  readonly sheet: ReadSheet
  readonly mapping: readonly (CustomerSheetField | null)[]
  readonly plan: readonly PlannedRow[]
  readonly progress: ImportProgress | null
  /** Set once the import is done: nothing more to import from this plan. */
  readonly imported: boolean
  readonly onImport: () => void
  readonly onCancel: () => void
}

type Rejected = Extract<PlannedRow, { readonly action: 'reject' }>

/** What the dry run found: the counts, every row refused and why, and the import itself. */
export function SpreadsheetImportPlan({ sheet, mapping, plan, progress, imported, onImport, onCancel }: SpreadsheetImportPlanProps) {
  const { t } = useTranslation()
  const saved = useSaveOutcome()
  const count = (action: PlannedRow['action']): number => plan.filter((row) => row.action === action).length
  const rejected = plan.filter((row): row is Rejected => row.action === 'reject')
  const toWrite = count('new') + count('update')
  const describe = (problem: ImportRowProblem): string => {
    const column = sheet.headers[mapping.indexOf(problem.field)] ?? t(`customerSheet.headers.${problem.field}`)
    return t('spreadsheetImport.problem', { column, value: problem.value, reason: t(`spreadsheetImport.reasons.${problem.reason}`, { value: problem.value }) })
  }
  const reasonsOf = (row: Rejected): string => row.problems.map(describe).join('；')

  const downloadRejected = async () => {
    const rows = rejected.map((row) => [...(sheet.rows[row.row - 2] ?? []), reasonsOf(row)])
    const content = toCsv([[...sheet.headers, t('spreadsheetImport.reasonColumn')], ...rows])
    const name = t('spreadsheetImport.rejectedFileName', { file: sheet.fileName.replace(/\.[^.]+$/, '') })
    saved(await platform.saveFile({ suggestedName: `${name}.csv`, content, filters: [{ name: 'CSV', extensions: ['csv'] }] }))
  }

  return (
    <div className="spreadsheet-import-plan">
      <p role="status">
        {t('spreadsheetImport.counts', { new: count('new'), update: count('update'), skip: count('skip'), reject: rejected.length })}
      </p>
      {rejected.length > 0 ? (
        <>
          <table className="data-transfer-table">
            <caption>{t('spreadsheetImport.rejectedTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('spreadsheetImport.row')}</th>
                <th scope="col">{t('spreadsheetImport.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rejected.map((row) => (
                <tr key={row.row}>
                  <th scope="row">{row.row}</th>
                  <td>{reasonsOf(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => void downloadRejected()}>
            {t('spreadsheetImport.downloadRejected')}
          </button>
        </>
      ) : null}
      {progress !== null ? (
        <div className="data-transfer-progress" role="status">
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={t('spreadsheetImport.importing')} />
          <span>{t('spreadsheetImport.importing')}</span>
          <button type="button" onClick={onCancel}>
            {t('spreadsheetImport.cancel')}
          </button>
        </div>
      ) : imported || toWrite === 0 ? null : (
        <button type="button" className="primary" onClick={onImport}>
          {t('spreadsheetImport.import', { count: toWrite })}
        </button>
      )}
    </div>
  )
}
