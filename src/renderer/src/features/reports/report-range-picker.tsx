import { useTranslation } from 'react-i18next'
import { isReportRangePreset, REPORT_RANGE_PRESETS } from '@shared/domain/report-range'
import { useReportFilterStore } from './report-filter-store'
import { ReportRangeDates } from './report-range-dates'
import { useReportScope } from './use-report-scope'

/** A preset period (this month, the last 90 days…) or any two days: picking dates makes the period custom. */
export function ReportRangePicker({ now }: { readonly now: Date }) {
  const { t } = useTranslation()
  const preset = useReportFilterStore((state) => state.preset)
  const choosePreset = useReportFilterStore((state) => state.choosePreset)
  const { range } = useReportScope(now)
  return (
    <div className="report-range">
      <label className="field">
        <span>{t('reports.filters.preset')}</span>
        <select
          value={preset}
          onChange={(event) => {
            const value = event.target.value
            if (isReportRangePreset(value)) choosePreset(value, range)
          }}
        >
          {REPORT_RANGE_PRESETS.map((option) => (
            <option key={option} value={option}>
              {t(`reports.filters.presets.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {/* Keyed by the period shown: choosing a preset puts its days in the fields. */}
      <ReportRangeDates key={`${range.from}|${range.to}`} range={range} />
    </div>
  )
}
