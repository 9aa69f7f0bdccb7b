import { Link, useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { findReport } from './report-registry'
import { ReportView } from './report-view'
import './reports.css'

/** /reports/:report: one report of the registry, or a way back when there is no such report. */
export function ReportPage() {
  const { t } = useTranslation()
  const { report: id } = useParams()
  const definition = findReport(id)
  if (definition === undefined) {
    return (
      <div className="page">
        <h1>{t('reports.notFound')}</h1>
        <Link className="button" to="/reports">
          {t('reports.backToReports')}
        </Link>
      </div>
    )
  }
  // Keyed by report: each report's hooks (its useSections) start afresh.
  return <ReportView key={definition.id} definition={definition} />
}
