/**
 * The complaint reports' sections: each a table from @shared/domain/report-complaints and the
 * chart drawn from it. All four reports read the same records (useComplaintReports), so the
 * counts agree from one report to the next.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useComplaintReports } from '../../data/hooks/use-complaint-reports'
import { useReportStaffNames } from '../../data/hooks/use-report-staff-names'
import { formatDateTime } from '../../ui/format'
import { SEVERITY_COLORS } from './report-chart-option'
import type { ReportContext, ReportSectionModel } from './report-definition'
import { useReportWords } from './use-report-words'
import { useTablePresenter } from './use-table-presenter'

const NO_NAMES: ReadonlyMap<string, string> = new Map()

const OVERDUE_COLORS = ['#b42318', '#0b6bcb'] as const

/** The complaint tables, presented; undefined while loading. */
function usePresentedComplaintTables({ scope, now }: ReportContext) {
  const reports = useComplaintReports(scope, now)
  const staffNames = useReportStaffNames()
  const present = useTablePresenter({ staffNames: staffNames ?? NO_NAMES })
  const words = useReportWords()
  return useMemo(() => (reports === undefined ? undefined : { reports, present, words }), [reports, present, words])
}

/** 投诉统计: by category, by severity, by month. */
export function useComplaintSections(context: ReportContext): readonly ReportSectionModel[] | undefined {
  const { t } = useTranslation()
  const presented = usePresentedComplaintTables(context)
  return useMemo(() => {
    if (presented === undefined) return undefined
    const { reports, present, words } = presented
    const note = t('reports.notes.received')
    return [
      {
        id: 'by-category',
        title: words.sectionTitle('by-category'),
        table: present(reports.byCategory),
        chart: { kind: 'bar', columns: ['complaints'], horizontal: true },
        note
      },
      {
        id: 'by-severity',
        title: words.sectionTitle('by-severity'),
        table: present(reports.bySeverity),
        chart: { kind: 'pie', column: 'complaints', labelColumn: 'share', colors: SEVERITY_COLORS }
      },
      {
        id: 'by-month',
        title: words.sectionTitle('by-month'),
        table: present(reports.byMonth),
        chart: { kind: 'bar', columns: ['ordinary', 'serious', 'crisis'], stacked: true, colors: SEVERITY_COLORS }
      }
    ]
  }, [presented, t])
}

/** 投诉原因分析: the Pareto of root causes. */
export function useRootCauseSections(context: ReportContext): readonly ReportSectionModel[] | undefined {
  const { t } = useTranslation()
  const presented = usePresentedComplaintTables(context)
  return useMemo(() => {
    if (presented === undefined) return undefined
    const { reports, present, words } = presented
    const { table, withoutCause } = reports.rootCauses
    return [
      {
        id: 'root-causes',
        title: words.sectionTitle('root-causes'),
        table: present(table),
        chart: { kind: 'bar-line', bar: 'complaints', line: 'cumulative-share' },
        note: withoutCause > 0 ? t('reports.notes.withoutCause', { count: withoutCause }) : t('reports.notes.received')
      }
    ]
  }, [presented, t])
}

/** 投诉处理时效: hours to the first response and to the resolution, by severity. */
export function useComplaintTimeSections(context: ReportContext): readonly ReportSectionModel[] | undefined {
  const { t } = useTranslation()
  const presented = usePresentedComplaintTables(context)
  return useMemo(() => {
    if (presented === undefined) return undefined
    const { reports, present, words } = presented
    return [
      {
        id: 'times',
        title: words.sectionTitle('times'),
        table: present(reports.times),
        chart: { kind: 'bar', columns: ['response-hours', 'resolution-hours'] },
        note: t('reports.notes.times')
      }
    ]
  }, [presented, t])
}

/** 未结投诉与超时: what is still open, by age, and how much of it is overdue. */
export function useOpenComplaintSections(context: ReportContext): readonly ReportSectionModel[] | undefined {
  const { t, i18n } = useTranslation()
  const presented = usePresentedComplaintTables(context)
  const time = formatDateTime(context.now.toISOString(), i18n.language)
  return useMemo(() => {
    if (presented === undefined) return undefined
    const { reports, present, words } = presented
    return [
      {
        id: 'open-by-age',
        title: words.sectionTitle('open-by-age'),
        table: present(reports.openByAge),
        chart: { kind: 'bar', columns: ['overdue', 'on-time'], stacked: true, colors: OVERDUE_COLORS },
        note: t('reports.notes.open', { time })
      }
    ]
  }, [presented, t, time])
}
