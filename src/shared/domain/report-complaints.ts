import {
  BUILT_IN_COMPLAINT_CATEGORIES,
  COMPLAINT_SEVERITIES,
  isOpenComplaint,
  type Complaint,
  type ComplaintSeverity
} from './complaint'
import { overdueState, resolutionHours, responseHours, type ComplaintDeadlines } from './complaint-deadlines'
import { ROOT_CAUSES } from './complaint-root-cause'
import { isInSpan, spanIndexOf, type InstantSpan, type ReportMonth } from './report-range'
import {
  addToMean,
  countInto,
  emptyMean,
  meanOf,
  rankedCounts,
  shareOf,
  totalRow,
  type MeanAccumulator,
  type ReportTable
} from './report-table'

/*
 * The complaint reports (domain brief §4): how many came in and of what kind, why they happened
 * (找出共性), how fast they were answered and settled, and what is still open. Every report looks
 * at the complaints *received* in the range: a complaint belongs to the period it came in, so a
 * printed report for March says the same thing in April as it did in March, apart from what
 * has happened to March's complaints since.
 */

/** The fields the complaint reports read. */
export type ReportComplaint = Pick<
  Complaint,
  | 'receivedAt'
  | 'category'
  | 'severity'
  | 'rootCause'
  | 'status'
  | 'firstResponseAt'
  | 'resolvedAt'
  | 'handlerId'
  | 'deletedAt'
  | 'satisfaction'
>

/** Which complaints a report counts: received within the span, and (when set) handled by one member of staff. */
export interface ComplaintReportScope {
  readonly span: InstantSpan
  /** Null: everyone's. */
  readonly staffId: string | null
}

/** Live complaints in the scope. Deleted ones are gone from every count. */
export function complaintsInScope<C extends ReportComplaint>(complaints: readonly C[], { span, staffId }: ComplaintReportScope): readonly C[] {
  return complaints.filter(
    (complaint) =>
      complaint.deletedAt === null && isInSpan(complaint.receivedAt, span) && (staffId === null || complaint.handlerId === staffId)
  )
}

const SEVERITY_ORDER: readonly string[] = COMPLAINT_SEVERITIES
const CATEGORY_ORDER: readonly string[] = BUILT_IN_COMPLAINT_CATEGORIES
const ROOT_CAUSE_ORDER: readonly string[] = ROOT_CAUSES

/**
 * Complaints by category, the commonest first (ties in the built-in order, then the shop's own
 * alphabetically). Only categories that occur are listed; '' is "not classified yet".
 */
export function complaintsByCategory(complaints: readonly ReportComplaint[]): ReportTable {
  const counts = new Map<string, number>()
  for (const complaint of complaints) countInto(counts, complaint.category.trim())
  const total = complaints.length
  return {
    rowKind: 'category',
    columns: [
      { id: 'complaints', kind: 'count' },
      { id: 'share', kind: 'share' }
    ],
    rows: rankedCounts(counts, CATEGORY_ORDER).map(([key, count]) => ({ key, values: [count, shareOf(count, total)] })),
    total: totalRow([total, shareOf(total, total)])
  }
}

/** Complaints by severity: every severity, in the domain's order, even at zero (three rows always read the same way). */
export function complaintsBySeverity(complaints: readonly ReportComplaint[]): ReportTable {
  const counts = new Map<string, number>(COMPLAINT_SEVERITIES.map((severity) => [severity, 0]))
  for (const complaint of complaints) countInto(counts, complaint.severity)
  const total = complaints.length
  return {
    rowKind: 'severity',
    columns: [
      { id: 'complaints', kind: 'count' },
      { id: 'share', kind: 'share' }
    ],
    rows: COMPLAINT_SEVERITIES.map((severity) => {
      const count = counts.get(severity) ?? 0
      return { key: severity, values: [count, shareOf(count, total)] }
    }),
    total: totalRow([total, shareOf(total, total)])
  }
}

/** Complaints per month of the range, split by severity: every month listed, empty ones too, so a trend has no gaps. */
export function complaintsByMonth(complaints: readonly ReportComplaint[], months: readonly ReportMonth[]): ReportTable {
  const grid = months.map(() => COMPLAINT_SEVERITIES.map(() => 0))
  for (const complaint of complaints) {
    const row = grid[spanIndexOf(complaint.receivedAt, months)]
    const column = SEVERITY_ORDER.indexOf(complaint.severity)
    if (row !== undefined && column >= 0) row[column] = (row[column] ?? 0) + 1
  }
  const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0)
  const columnTotals = COMPLAINT_SEVERITIES.map((_, column) => sum(grid.map((row) => row[column] ?? 0)))
  return {
    rowKind: 'month',
    columns: [...COMPLAINT_SEVERITIES.map((severity) => ({ id: severity, kind: 'count' as const })), { id: 'complaints', kind: 'count' }],
    rows: months.map((month, index) => {
      const counts = grid[index] ?? []
      return { key: month.month, values: [...counts, sum(counts)] }
    }),
    total: totalRow([...columnTotals, sum(columnTotals)])
  }
}

/** The Pareto of causes, and how many complaints have no cause recorded yet (new ones, mostly). */
export interface RootCausePareto {
  readonly table: ReportTable
  readonly withoutCause: number
}

/**
 * Root causes, the commonest first, with each cause's share and the running share: the first few
 * causes that make up most complaints are what to fix first (the 80/20 of 找出共性). A cause not
 * found yet is left out and counted apart: it is not a cause. 'unknown' ("looked into, cause not
 * found") is a real answer and is ranked like the others. Causes typed as free text (older
 * records) count as they were written.
 */
export function rootCausePareto(complaints: readonly ReportComplaint[]): RootCausePareto {
  const counts = new Map<string, number>()
  let withoutCause = 0
  for (const complaint of complaints) {
    const cause = complaint.rootCause.trim()
    if (cause === '') withoutCause += 1
    else countInto(counts, cause)
  }
  const total = complaints.length - withoutCause
  let running = 0
  const rows = rankedCounts(counts, ROOT_CAUSE_ORDER).map(([key, count]) => {
    running += count
    return { key, values: [count, shareOf(count, total), shareOf(running, total)] }
  })
  return {
    table: {
      rowKind: 'root-cause',
      columns: [
        { id: 'complaints', kind: 'count' },
        { id: 'share', kind: 'share' },
        { id: 'cumulative-share', kind: 'share' }
      ],
      rows,
      total: totalRow([total, shareOf(total, total), null])
    },
    withoutCause
  }
}

/** The running figures of one severity (or all): mutable, like MeanAccumulator, and kept inside complaintTimes. */
interface TimesTally {
  received: number
  readonly response: MeanAccumulator
  respondedOnTime: number
  readonly resolution: MeanAccumulator
  resolvedOnTime: number
}

const emptyTally = (): TimesTally => ({ received: 0, response: emptyMean(), respondedOnTime: 0, resolution: emptyMean(), resolvedOnTime: 0 })

/**
 * How fast complaints were answered and settled, per severity and overall: how many were
 * answered, the average hours to the first response, the share answered within the shop's
 * deadline; the same for the resolution. Averages are over the complaints that got there: one
 * still waiting has no time yet (the open-complaints report shows those). A reopened complaint
 * counts as unresolved until it is resolved again.
 */
export function complaintTimes(complaints: readonly ReportComplaint[], deadlines: ComplaintDeadlines): ReportTable {
  const tallies = new Map<ComplaintSeverity, TimesTally>(COMPLAINT_SEVERITIES.map((severity) => [severity, emptyTally()]))
  const overall = emptyTally()
  for (const complaint of complaints) {
    const tally = tallies.get(complaint.severity)
    if (tally === undefined) continue
    const limits = deadlines[complaint.severity]
    const toResponse = responseHours(complaint)
    const toResolution = resolutionHours(complaint)
    for (const target of [tally, overall]) {
      target.received += 1
      if (toResponse !== null) {
        addToMean(target.response, toResponse)
        if (toResponse <= limits.responseHours) target.respondedOnTime += 1
      }
      if (toResolution !== null) {
        addToMean(target.resolution, toResolution)
        if (toResolution <= limits.resolutionHours) target.resolvedOnTime += 1
      }
    }
  }
  const values = (tally: TimesTally) => [
    tally.received,
    tally.response.count,
    meanOf(tally.response),
    shareOf(tally.respondedOnTime, tally.response.count),
    tally.resolution.count,
    meanOf(tally.resolution),
    shareOf(tally.resolvedOnTime, tally.resolution.count)
  ]
  return {
    rowKind: 'severity',
    columns: [
      { id: 'complaints', kind: 'count' },
      { id: 'responded', kind: 'count' },
      { id: 'response-hours', kind: 'hours' },
      { id: 'responded-on-time', kind: 'share' },
      { id: 'resolved', kind: 'count' },
      { id: 'resolution-hours', kind: 'hours' },
      { id: 'resolved-on-time', kind: 'share' }
    ],
    rows: COMPLAINT_SEVERITIES.map((severity) => ({ key: severity, values: values(tallies.get(severity) ?? emptyTally()) })),
    total: totalRow(values(overall))
  }
}

/** Age bands of an open complaint, in days since it was received: [from, to). */
export const OPEN_AGE_BANDS = [
  { key: 'under-1-day', fromDays: 0 },
  { key: '1-3-days', fromDays: 1 },
  { key: '3-7-days', fromDays: 3 },
  { key: '7-14-days', fromDays: 7 },
  { key: '14-30-days', fromDays: 14 },
  { key: 'over-30-days', fromDays: 30 }
] as const
export type OpenAgeBand = (typeof OPEN_AGE_BANDS)[number]['key']

const DAY_MS = 86_400_000

/** The band of a complaint received `ageDays` ago (a complaint from the future, a clock gone wrong, is the youngest). */
function bandIndex(ageDays: number): number {
  for (let index = OPEN_AGE_BANDS.length - 1; index > 0; index -= 1) {
    const band = OPEN_AGE_BANDS[index]
    if (band !== undefined && ageDays >= band.fromDays) return index
  }
  return 0
}

/**
 * The complaints still open at `now` (not closed, not deleted), by how long ago they came in,
 * each band split into overdue and on time by the shop's deadlines: the oldest and the overdue
 * are the ones a manager chases. Every band is listed, empty ones too.
 */
export function openComplaintsByAge(complaints: readonly ReportComplaint[], deadlines: ComplaintDeadlines, now: string): ReportTable {
  const nowMillis = Date.parse(now)
  if (Number.isNaN(nowMillis)) throw new RangeError(`Not an ISO instant: ${now}`)
  const open = OPEN_AGE_BANDS.map(() => 0)
  const overdue = OPEN_AGE_BANDS.map(() => 0)
  for (const complaint of complaints) {
    if (!isOpenComplaint(complaint)) continue
    const index = bandIndex((nowMillis - Date.parse(complaint.receivedAt)) / DAY_MS)
    open[index] = (open[index] ?? 0) + 1
    if (overdueState(complaint, deadlines, now).overdue) overdue[index] = (overdue[index] ?? 0) + 1
  }
  const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0)
  return {
    rowKind: 'age',
    columns: [
      { id: 'open', kind: 'count' },
      { id: 'overdue', kind: 'count' },
      { id: 'on-time', kind: 'count' }
    ],
    rows: OPEN_AGE_BANDS.map((band, index) => {
      const count = open[index] ?? 0
      const late = overdue[index] ?? 0
      return { key: band.key, values: [count, late, count - late] }
    }),
    total: totalRow([sum(open), sum(overdue), sum(open) - sum(overdue)])
  }
}
