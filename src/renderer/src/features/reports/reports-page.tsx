import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ReportFilters } from './report-filters'
import { ReportHeadlines } from './report-headlines'
import { ReportList } from './report-list'
import { useReportScope } from './use-report-scope'
import './reports.css'

/** 报表: the headline figures of the chosen period, and every report, grouped. */
export function ReportsPage() {
  const { t } = useTranslation()
  // Fixed when the page opens: presets count from this day, and "open now" is judged at it.
  const [now] = useState(() => new Date())
  const scope = useReportScope(now)
  return (
    <div className="page page-wide reports-page">
      <div className="page-header">
        <h1>{t('reports.title')}</h1>
      </div>
      <p className="hint reports-lead">{t('reports.lead')}</p>
      <ReportFilters now={now} staffFilter />
      <ReportHeadlines scope={scope} now={now} />
      <ReportList />
    </div>
  )
}
