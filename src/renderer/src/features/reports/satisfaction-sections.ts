/** The satisfaction report's sections: the scores of the complaints received in the range, four ways. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useReportStaffNames } from '../../data/hooks/use-report-staff-names'
import { useSatisfactionReports } from '../../data/hooks/use-satisfaction-reports'
import type { ReportContext, ReportSectionModel } from './report-definition'
import { useReportWords } from './use-report-words'
import { useTablePresenter } from './use-table-presenter'

const NO_NAMES: ReadonlyMap<string, string> = new Map()

export function useSatisfactionSections({ scope }: ReportContext): readonly ReportSectionModel[] | undefined {
  const { t } = useTranslation()
  const reports = useSatisfactionReports(scope)
  const staffNames = useReportStaffNames()
  const present = useTablePresenter({ staffNames: staffNames ?? NO_NAMES })
  const words = useReportWords()
  return useMemo(() => {
    if (reports === undefined || staffNames === undefined) return undefined
    const note = t('reports.notes.scored')
    return [
      {
        id: 'satisfaction-by-month',
        title: words.sectionTitle('satisfaction-by-month'),
        table: present(reports.byMonth),
        chart: { kind: 'bar-line', bar: 'scored', line: 'average-score' },
        note
      },
      {
        id: 'satisfaction-by-staff',
        title: words.sectionTitle('satisfaction-by-staff'),
        table: present(reports.byStaff),
        chart: { kind: 'bar', columns: ['average-score'], horizontal: true }
      },
      {
        id: 'satisfaction-by-category',
        title: words.sectionTitle('satisfaction-by-category'),
        table: present(reports.byCategory),
        chart: { kind: 'bar', columns: ['average-score'], horizontal: true }
      },
      {
        id: 'satisfaction-given-by',
        title: words.sectionTitle('satisfaction-given-by'),
        table: present(reports.givenBy),
        chart: { kind: 'pie', column: 'scored', labelColumn: 'share' }
      }
    ]
  }, [reports, staffNames, present, words, t])
}
