import { useTranslation } from 'react-i18next'
import { useReportStaffNames } from '../../data/hooks/use-report-staff-names'
import { useShopName } from '../../data/hooks/use-shop-name'
import type { ReportScope } from '../../data/repositories/reports'
import { useSessionStore } from '../../session/session-store'
import { formatDate, formatDateTime } from '../../ui/format'

interface ReportPrintHeaderProps {
  readonly title: string
  readonly scope: ReportScope
  readonly printedAt: Date
}

/** The head of the first page: the shop, the report, its period and staff member, and who printed it when. */
export function ReportPrintHeader({ title, scope, printedAt }: ReportPrintHeaderProps) {
  const { t, i18n } = useTranslation()
  const shopName = useShopName()
  const staffNames = useReportStaffNames()
  const atDesk = useSessionStore((state) => state.currentStaffId)
  const language = i18n.language
  const nameOf = (id: string): string => staffNames?.get(id) ?? t('reports.labels.unknownStaff')
  return (
    <header className="report-print-header">
      {/* Until the shop has set its name in Settings, the app's name heads the page. */}
      <p className="report-print-shop">{shopName || t('app.name')}</p>
      <h1>{title}</h1>
      <p className="report-print-range">
        {t('reports.print.range', { from: formatDate(scope.range.from, language), to: formatDate(scope.range.to, language) })}
        {scope.staffId === null ? null : (
          <>
            {' · '}
            {t('reports.print.staff', { name: nameOf(scope.staffId) })}
          </>
        )}
      </p>
      <p className="report-print-by">
        {t('reports.print.printedBy', { name: atDesk === '' ? t('reports.print.nobody') : nameOf(atDesk) })}
        {' · '}
        {t('reports.print.printedAt', { time: formatDateTime(printedAt.toISOString(), language) })}
      </p>
    </header>
  )
}
