/** The customer report's sections: the 80/20 picture by tier, the personality mix, and who is at risk. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useCustomerReports } from '../../data/hooks/use-customer-reports'
import { useReportStaffNames } from '../../data/hooks/use-report-staff-names'
import type { ReportContext, ReportSectionModel } from './report-definition'
import { useReportWords } from './use-report-words'
import { useTablePresenter } from './use-table-presenter'

const NO_NAMES: ReadonlyMap<string, string> = new Map()

export function useCustomerSections({ scope, now }: ReportContext): readonly ReportSectionModel[] | undefined {
  const { t } = useTranslation()
  const reports = useCustomerReports(scope, now)
  const staffNames = useReportStaffNames()
  const present = useTablePresenter({ staffNames: staffNames ?? NO_NAMES, ...(reports ? { customers: reports.names } : {}) })
  const words = useReportWords()
  return useMemo(() => {
    if (reports === undefined || staffNames === undefined) return undefined
    const { atRisk } = reports
    return [
      {
        id: 'customers-by-tier',
        title: words.sectionTitle('customers-by-tier'),
        table: present(reports.byTier),
        chart: { kind: 'bar', columns: ['customer-share', 'spend-share'] },
        note: t('reports.notes.tiers')
      },
      {
        id: 'customers-by-personality',
        title: words.sectionTitle('customers-by-personality'),
        table: present(reports.byPersonality),
        chart: { kind: 'pie', column: 'customers', labelColumn: 'customer-share' }
      },
      {
        id: 'customers-at-risk',
        title: words.sectionTitle('customers-at-risk'),
        table: present(atRisk.table),
        chart: null,
        note: atRisk.more > 0 ? `${t('reports.notes.atRisk')} ${t('reports.notes.atRiskMore', { count: atRisk.more })}` : t('reports.notes.atRisk')
      }
    ]
  }, [reports, staffNames, present, words, t])
}
