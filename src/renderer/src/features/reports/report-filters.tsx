import { useTranslation } from 'react-i18next'
import { ReportRangePicker } from './report-range-picker'
import { ReportStaffSelect } from './report-staff-select'

/** The report's scope: the period, and the staff member where the report can be narrowed to one. Never printed. */
export function ReportFilters({ now, staffFilter }: { readonly now: Date; readonly staffFilter: boolean }) {
  const { t } = useTranslation()
  return (
    <div className="report-filters" role="group" aria-label={t('reports.filters.label')}>
      <ReportRangePicker now={now} />
      {staffFilter ? <ReportStaffSelect /> : null}
    </div>
  )
}
