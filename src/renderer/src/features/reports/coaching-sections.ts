/** The coaching report's sections: never-say flags per member of staff, and the phrases behind them. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { TOP_PHRASE_LIMIT } from '@shared/domain/report-coaching'
import { useCoachingReports } from '../../data/hooks/use-coaching-reports'
import { useReportStaffNames } from '../../data/hooks/use-report-staff-names'
import type { ReportContext, ReportSectionModel } from './report-definition'
import { useReportWords } from './use-report-words'
import { useTablePresenter } from './use-table-presenter'

const NO_NAMES: ReadonlyMap<string, string> = new Map()

export function useCoachingSections({ scope }: ReportContext): readonly ReportSectionModel[] | undefined {
  const { t } = useTranslation()
  const reports = useCoachingReports(scope)
  const staffNames = useReportStaffNames()
  const present = useTablePresenter({ staffNames: staffNames ?? NO_NAMES, phrases: reports?.phrases ?? NO_NAMES, blankStaff: 'nobody-at-desk' })
  const words = useReportWords()
  return useMemo(() => {
    if (reports === undefined || staffNames === undefined) return undefined
    return [
      {
        id: 'flags-by-staff',
        title: words.sectionTitle('flags-by-staff'),
        table: present(reports.byStaff),
        chart: { kind: 'bar', columns: ['flags'], horizontal: true },
        note: t('reports.notes.flags')
      },
      {
        id: 'top-phrases',
        title: words.sectionTitle('top-phrases'),
        table: present(reports.topPhrases),
        chart: { kind: 'bar', columns: ['flags'], horizontal: true, colors: ['#b42318'] },
        note: t('reports.notes.topPhrases', { count: TOP_PHRASE_LIMIT })
      }
    ]
  }, [reports, staffNames, present, words, t])
}
