import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { REPORT_GROUPS } from './report-definition'
import { REPORTS } from './report-registry'
import { useReportWords } from './use-report-words'

/** Every report of the registry, by group, each with what it shows. */
export function ReportList() {
  const { t } = useTranslation()
  const words = useReportWords()
  return (
    <section className="report-list" aria-labelledby="report-list-title">
      <h2 id="report-list-title">{t('reports.dashboard.reports')}</h2>
      {REPORT_GROUPS.map((group) => {
        const reports = REPORTS.filter((report) => report.group === group)
        if (reports.length === 0) return null
        return (
          <div key={group} className="report-group">
            <h3>{words.groupTitle(group)}</h3>
            <ul className="report-cards">
              {reports.map((report) => (
                <li key={report.id} className="report-card">
                  <Link to={`/reports/${report.id}`}>{words.reportTitle(report.id)}</Link>
                  <p className="hint">{words.reportDescription(report.id)}</p>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}
