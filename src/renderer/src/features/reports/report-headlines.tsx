import { useTranslation } from 'react-i18next'
import { ROOT_CAUSES } from '@shared/domain/complaint-root-cause'
import { useReportDashboard } from '../../data/hooks/use-report-dashboard'
import type { ReportScope } from '../../data/repositories/reports'
import { formatFigure } from './report-format'
import { ReportHeadline } from './report-headline'

const isBuiltInCause = (cause: string): cause is (typeof ROOT_CAUSES)[number] => ROOT_CAUSES.some((known) => known === cause)

/** The period at a glance: each figure is read off the table of the report it links to. */
export function ReportHeadlines({ scope, now }: { readonly scope: ReportScope; readonly now: Date }) {
  const { t, i18n } = useTranslation()
  const dashboard = useReportDashboard(scope, now)
  const language = i18n.language
  const none = t('reports.dashboard.noValue')
  if (dashboard === undefined) {
    return (
      <p className="muted" role="status">
        {t('reports.loading')}
      </p>
    )
  }
  const { headlines, phrases } = dashboard
  const count = (value: number): string => formatFigure(value, 'integer', language, none)
  const hours = (value: number | null): string =>
    value === null ? none : t('reports.dashboard.hours', { hours: formatFigure(value, 'decimal-1', language, none) })
  const cause = headlines.topCause
  const causeName = cause === null ? none : isBuiltInCause(cause) ? t(`complaints.rootCauses.${cause}`) : cause
  const topPhrase = headlines.topPhrase === null ? null : phrases.get(headlines.topPhrase) || t('reports.labels.unknownPhrase')
  return (
    <section className="report-headlines" aria-labelledby="report-headlines-title">
      <h2 id="report-headlines-title">{t('reports.dashboard.title')}</h2>
      <ul className="report-headline-list">
        <ReportHeadline reportId="complaints" label={t('reports.dashboard.received')} value={count(headlines.received)} />
        <ReportHeadline
          reportId="open-complaints"
          label={t('reports.dashboard.openNow')}
          value={count(headlines.openNow)}
          detail={t('reports.dashboard.overdueNow', { overdue: count(headlines.overdueNow) })}
        />
        <ReportHeadline reportId="complaint-times" label={t('reports.dashboard.responseHours')} value={hours(headlines.averageResponseHours)} />
        <ReportHeadline
          reportId="complaint-times"
          label={t('reports.dashboard.resolutionHours')}
          value={hours(headlines.averageResolutionHours)}
        />
        <ReportHeadline
          reportId="root-causes"
          label={t('reports.dashboard.topCause')}
          value={causeName}
          {...(headlines.topCauseShare === null
            ? {}
            : { detail: t('reports.dashboard.topCauseShare', { share: formatFigure(headlines.topCauseShare, 'percent', language, none) }) })}
        />
        <ReportHeadline
          reportId="satisfaction"
          label={t('reports.dashboard.averageScore')}
          value={formatFigure(headlines.averageScore, 'decimal-2', language, none)}
          detail={t('reports.dashboard.scored', { count: headlines.scored })}
        />
        <ReportHeadline
          reportId="satisfaction"
          label={t('reports.dashboard.customerShare')}
          value={formatFigure(headlines.customerScoredShare, 'percent', language, none)}
        />
        <ReportHeadline
          reportId="coaching"
          label={t('reports.dashboard.flags')}
          value={count(headlines.flags)}
          {...(topPhrase === null ? {} : { detail: t('reports.dashboard.topPhrase', { phrase: topPhrase }) })}
        />
      </ul>
    </section>
  )
}
