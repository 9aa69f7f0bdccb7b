/** The care and visits report's sections: what became of the contacts planned in the range, three ways. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useCareReports } from '../../data/hooks/use-care-reports'
import { useReportStaffNames } from '../../data/hooks/use-report-staff-names'
import type { ReportContext, ReportSectionModel } from './report-definition'
import { useReportWords } from './use-report-words'
import { useTablePresenter } from './use-table-presenter'

const NO_NAMES: ReadonlyMap<string, string> = new Map()

/** Done on time, done late, not reached, overdue, upcoming: green, lime, amber, red, slate. */
const OUTCOME_COLUMNS = ['done-on-time', 'done-late', 'missed', 'overdue', 'upcoming'] as const
const OUTCOME_COLORS = ['#067647', '#65a30d', '#d97706', '#b42318', '#637083'] as const

export function useCareSections({ scope, now }: ReportContext): readonly ReportSectionModel[] | undefined {
  const { t } = useTranslation()
  const reports = useCareReports(scope, now)
  const staffNames = useReportStaffNames()
  const present = useTablePresenter({ staffNames: staffNames ?? NO_NAMES })
  const words = useReportWords()
  return useMemo(() => {
    if (reports === undefined || staffNames === undefined) return undefined
    const chart = { kind: 'bar', columns: OUTCOME_COLUMNS, stacked: true, horizontal: true, colors: OUTCOME_COLORS } as const
    return [
      { id: 'care-by-staff', title: words.sectionTitle('care-by-staff'), table: present(reports.byStaff), chart, note: t('reports.notes.care') },
      { id: 'care-by-purpose', title: words.sectionTitle('care-by-purpose'), table: present(reports.byPurpose), chart },
      {
        id: 'care-by-month',
        title: words.sectionTitle('care-by-month'),
        table: present(reports.byMonth),
        chart: { kind: 'bar-line', bar: 'planned', line: 'done-share' }
      }
    ]
  }, [reports, staffNames, present, words, t])
}
