import { columnIndex, type ReportTable, type ReportValue } from './report-table'

/*
 * The reports' dashboard figures. Each is read off the total row (or first row) of the table
 * its report prints, never counted again, so the dashboard and the report it links to always
 * show the same number.
 */

export interface ReportHeadlines {
  readonly received: number
  readonly averageResponseHours: ReportValue
  readonly averageResolutionHours: ReportValue
  readonly openNow: number
  readonly overdueNow: number
  /** The commonest root cause (a key or free text), null when none is recorded. */
  readonly topCause: string | null
  readonly topCauseShare: ReportValue
  readonly averageScore: ReportValue
  readonly scored: number
  /** Share of the scores the customer gave (the rest the clerk recorded). */
  readonly customerScoredShare: ReportValue
  readonly flags: number
  /** The never-say rule hit most, null when nobody was flagged. */
  readonly topPhrase: string | null
}

export interface HeadlineTables {
  /** complaintTimes */
  readonly times: ReportTable
  /** openComplaintsByAge */
  readonly open: ReportTable
  /** rootCausePareto's table */
  readonly causes: ReportTable
  /** satisfactionGivenBy */
  readonly givenBy: ReportTable
  /** flagsByStaff */
  readonly flags: ReportTable
  /** topPhrases */
  readonly phrases: ReportTable
}

function totalValue(table: ReportTable, columnId: string): ReportValue {
  return table.total?.values[columnIndex(table, columnId)] ?? null
}

const count = (value: ReportValue): number => value ?? 0

export function reportHeadlines({ times, open, causes, givenBy, flags, phrases }: HeadlineTables): ReportHeadlines {
  const topCause = causes.rows[0]
  const customer = givenBy.rows.find((row) => row.key === 'customer')
  return {
    received: count(totalValue(times, 'complaints')),
    averageResponseHours: totalValue(times, 'response-hours'),
    averageResolutionHours: totalValue(times, 'resolution-hours'),
    openNow: count(totalValue(open, 'open')),
    overdueNow: count(totalValue(open, 'overdue')),
    topCause: topCause?.key ?? null,
    topCauseShare: topCause?.values[columnIndex(causes, 'share')] ?? null,
    averageScore: totalValue(givenBy, 'average-score'),
    scored: count(totalValue(givenBy, 'scored')),
    customerScoredShare: customer?.values[columnIndex(givenBy, 'share')] ?? null,
    flags: count(totalValue(flags, 'flags')),
    topPhrase: phrases.rows[0]?.key ?? null
  }
}
