import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isValidReportRange, type ReportRange } from '@shared/domain/report-range'
import { useReportFilterStore } from './report-filter-store'

/**
 * The period's first and last day, both included. A change applies as soon as both are real
 * days in order; until then the fields keep what was typed and say what is wrong.
 */
export function ReportRangeDates({ range }: { readonly range: ReportRange }) {
  const { t } = useTranslation()
  const errorId = useId()
  const chooseCustomRange = useReportFilterStore((state) => state.chooseCustomRange)
  const [draft, setDraft] = useState<ReportRange>(range)
  const valid = isValidReportRange(draft)
  const change = (next: ReportRange) => {
    setDraft(next)
    if (isValidReportRange(next)) chooseCustomRange(next)
  }
  return (
    <>
      <label className="field">
        <span>{t('reports.filters.from')}</span>
        <input
          type="date"
          value={draft.from}
          max={draft.to || undefined}
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : errorId}
          onChange={(event) => change({ ...draft, from: event.target.value })}
        />
      </label>
      <label className="field">
        <span>{t('reports.filters.to')}</span>
        <input
          type="date"
          value={draft.to}
          min={draft.from || undefined}
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : errorId}
          onChange={(event) => change({ ...draft, to: event.target.value })}
        />
      </label>
      {valid ? null : (
        <p id={errorId} className="error-text report-range-error" role="alert">
          {t('reports.filters.invalidRange')}
        </p>
      )}
    </>
  )
}
