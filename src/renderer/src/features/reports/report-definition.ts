import type { ReportScope } from '../../data/repositories/reports'
import type { TableModel } from '../../ui/table-model'
import type { ReportChartSpec } from './report-chart-option'
import type { PaperOrientation } from './report-filter-store'

/** The dashboard's groups of reports, in the order it lists them. */
export const REPORT_GROUPS = ['complaints', 'satisfaction', 'care', 'customers', 'coaching'] as const
export type ReportGroup = (typeof REPORT_GROUPS)[number]

/** One chart and the table it is drawn from. */
export interface ReportSectionModel {
  /** Unique in the report; names the section in file names and in `reports.sections.*`. */
  readonly id: string
  readonly title: string
  readonly table: TableModel
  /** Null for a table that is not worth a chart. */
  readonly chart: ReportChartSpec | null
  /** What is counted and what is left out, printed under the title. */
  readonly note?: string
}

export interface ReportContext {
  readonly scope: ReportScope
  /** When the report was opened: what is open and overdue is judged at this moment. */
  readonly now: Date
}

/**
 * One report of the registry. Its title and description are `reports.list.<id>.title` and
 * `.description` in the message files.
 */
export interface ReportDefinition {
  /** The route is /reports/<id>. */
  readonly id: string
  readonly group: ReportGroup
  /** Whether the report can be narrowed to one member of staff (and the filter is offered). */
  readonly staffFilter: boolean
  /** How it prints unless the user chooses otherwise: landscape for wide tables. */
  readonly orientation: PaperOrientation
  /**
   * Loads the report's data and presents its sections; undefined while loading. A hook: the
   * report page calls it on every render, and remounts when the report changes.
   */
  readonly useSections: (context: ReportContext) => readonly ReportSectionModel[] | undefined
}
