import { useTranslation } from 'react-i18next'
import type { CustomerSheetField } from '@shared/domain/customer-sheet'
import type { ImportRowProblem, PlannedRow } from '@shared/domain/sheet-import'
import { isRejectedRow, rejectedRowsSheet, type RejectedRow } from '@shared/domain/sheet-import-rejected'
import { platform } from '../../platform/bridge'
import { toCsv } from '../../ui/csv'
import { useSaveOutcome } from '../../ui/use-save-outcome'
import type { ReadSheet } from './use-spreadsheet-import'

interface SpreadsheetImportPlanProps {
  readonly sheet: ReadSheet
  readonly mapping: readonly (CustomerSheetField | null)[]
  readonly plan: readonly PlannedRow[]
  /** Set while the import runs: its progress bar stands where the button was. */
  readonly busy: boolean
  /** Set once the import is done: nothing more to import from this plan. */
  readonly imported: boolean
  readonly onImport: () => void
}

/** Problems listed on the page; all of them are in the downloaded rows. Thousands of lines would only freeze the page. */
const SHOWN_PROBLEMS = 1_000

/** What the dry run found: the counts, every row refused and why, and the import itself. */
export function SpreadsheetImportPlan({ sheet, mapping, plan, busy, imported, onImport }: SpreadsheetImportPlanProps) {
  const { t } = useTranslation()
  const saved = useSaveOutcome()
  const count = (action: PlannedRow['action']): number => plan.filter((row) => row.action === action).length
  const rejected = plan.filter(isRejectedRow)
  const toWrite = count('new') + count('update')
  const columnOf = (problem: ImportRowProblem): string => sheet.headers[mapping.indexOf(problem.field)] ?? t(`customerSheet.headers.${problem.field}`)
  const reasonOf = (problem: ImportRowProblem): string => t(`spreadsheetImport.reasons.${problem.reason}`, { value: problem.value })
  const reasonsOf = (row: RejectedRow): string =>
    row.problems.map((problem) => t('spreadsheetImport.problem', { column: columnOf(problem), value: problem.value, reason: reasonOf(problem) })).join('；')
  const problems = rejected.flatMap((row) => row.problems.map((problem) => ({ row: row.row, problem })))

  const downloadRejected = async () => {
    const content = toCsv(rejectedRowsSheet(sheet.headers, sheet, plan, t('spreadsheetImport.reasonColumn'), reasonsOf))
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
                <th scope="col">{t('spreadsheetImport.column')}</th>
                <th scope="col">{t('spreadsheetImport.value')}</th>
                <th scope="col">{t('spreadsheetImport.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.slice(0, SHOWN_PROBLEMS).map(({ row, problem }, index) => (
                <tr key={index}>
                  <th scope="row">{row}</th>
                  <td>{columnOf(problem)}</td>
                  <td>{problem.value}</td>
                  <td>{reasonOf(problem)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {problems.length > SHOWN_PROBLEMS ? <p>{t('spreadsheetImport.moreRejected', { count: problems.length - SHOWN_PROBLEMS })}</p> : null}
          <button type="button" onClick={() => void downloadRejected()}>
            {t('spreadsheetImport.downloadRejected')}
          </button>
        </>
      ) : null}
      {busy || imported || toWrite === 0 ? null : (
        <button type="button" className="primary" onClick={onImport}>
          {t('spreadsheetImport.import', { count: toWrite })}
        </button>
      )}
    </div>
  )
}
