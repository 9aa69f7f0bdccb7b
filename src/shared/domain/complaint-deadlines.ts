import { COMPLAINT_SEVERITIES, UNRESOLVED_COMPLAINT_STATUSES, type Complaint, type ComplaintSeverity } from './complaint'

/*
 * How soon a complaint must be answered and settled (第一时间处理): serious complaints and
 * crises get shorter deadlines. Both run from when the complaint was received, in hours of the
 * clock, not opening hours: a customer waiting overnight is still waiting. The shop may set its
 * own deadlines; they are a stored setting, hence the type guard.
 */

export interface SeverityDeadlines {
  /** Hours from receipt to the first response. */
  readonly responseHours: number
  /** Hours from receipt to a resolution the customer accepts. */
  readonly resolutionHours: number
}

export type ComplaintDeadlines = Readonly<Record<ComplaintSeverity, SeverityDeadlines>>

export const DEFAULT_COMPLAINT_DEADLINES: ComplaintDeadlines = {
  ordinary: { responseHours: 24, resolutionHours: 24 * 7 },
  serious: { responseHours: 4, resolutionHours: 72 },
  crisis: { responseHours: 1, resolutionHours: 24 }
}

const HOUR_MS = 3_600_000

const isPositiveHours = (hours: unknown): hours is number => typeof hours === 'number' && Number.isFinite(hours) && hours > 0

function isValidSeverityDeadlines(value: unknown): value is SeverityDeadlines {
  if (typeof value !== 'object' || value === null || !('responseHours' in value && 'resolutionHours' in value)) return false
  const { responseHours, resolutionHours } = value
  return isPositiveHours(responseHours) && isPositiveHours(resolutionHours) && responseHours <= resolutionHours
}

/**
 * Deadlines the app can work with: positive hours for every severity, and no response due after
 * the resolution (a resolution is itself a response). Takes `unknown` because the deadlines are
 * a stored setting, read back from the database as such.
 */
export function isValidComplaintDeadlines(value: unknown): value is ComplaintDeadlines {
  if (typeof value !== 'object' || value === null) return false
  const bySeverity = new Map<string, unknown>(Object.entries(value))
  return COMPLAINT_SEVERITIES.every((severity) => isValidSeverityDeadlines(bySeverity.get(severity)))
}

/** Milliseconds since the epoch; an unreadable instant is a bug in whoever stored or passed it. */
function instantMillis(text: string): number {
  const millis = Date.parse(text)
  if (Number.isNaN(millis)) throw new RangeError(`Not an ISO instant: ${text}`)
  return millis
}

const deadlineMillis = (complaint: Pick<Complaint, 'receivedAt' | 'severity'>, deadlines: ComplaintDeadlines) => {
  const received = instantMillis(complaint.receivedAt)
  const { responseHours, resolutionHours } = deadlines[complaint.severity]
  return { respondBy: received + responseHours * HOUR_MS, resolveBy: received + resolutionHours * HOUR_MS }
}

/** When the complaint must be answered and resolved, as ISO instants. */
export function complaintDeadlines(
  complaint: Pick<Complaint, 'receivedAt' | 'severity'>,
  deadlines: ComplaintDeadlines
): { readonly respondBy: string; readonly resolveBy: string } {
  const { respondBy, resolveBy } = deadlineMillis(complaint, deadlines)
  return { respondBy: new Date(respondBy).toISOString(), resolveBy: new Date(resolveBy).toISOString() }
}

export interface OverdueState {
  /** Past the response deadline and nobody has responded yet. */
  readonly responseOverdue: boolean
  /** Past the resolution deadline and not resolved yet (or reopened). */
  readonly resolutionOverdue: boolean
  readonly overdue: boolean
  /** Hours past the earliest missed deadline still pending; 0 when nothing is overdue. */
  readonly hoursOverdue: number
}

/**
 * Whether the complaint is late at `now`. Exactly at a deadline is still on time. This is about
 * what is pending: a response that came late is no longer response-overdue (reports measure
 * lateness with `responseHours`). Deleted complaints are the caller's to leave out.
 */
export function overdueState(
  complaint: Pick<Complaint, 'receivedAt' | 'severity' | 'status' | 'firstResponseAt'>,
  deadlines: ComplaintDeadlines,
  now: string
): OverdueState {
  const nowMillis = instantMillis(now)
  const { respondBy, resolveBy } = deadlineMillis(complaint, deadlines)
  const responseOverdue = complaint.firstResponseAt === null && nowMillis > respondBy
  const resolutionOverdue = UNRESOLVED_COMPLAINT_STATUSES.includes(complaint.status) && nowMillis > resolveBy
  // The guard keeps respondBy ≤ resolveBy, so a missed response deadline is always the earlier one.
  const missedSince = responseOverdue ? respondBy : resolutionOverdue ? resolveBy : nowMillis
  return {
    responseOverdue,
    resolutionOverdue,
    overdue: responseOverdue || resolutionOverdue,
    hoursOverdue: (nowMillis - missedSince) / HOUR_MS
  }
}

const hoursBetween = (from: string, to: string | null): number | null =>
  to === null ? null : (instantMillis(to) - instantMillis(from)) / HOUR_MS

/** Hours from receipt to the first response, for reports; null until someone responds. */
export const responseHours = (complaint: Pick<Complaint, 'receivedAt' | 'firstResponseAt'>): number | null =>
  hoursBetween(complaint.receivedAt, complaint.firstResponseAt)

/** Hours from receipt to the resolution, for reports; null until resolved (and again while reopened). */
export const resolutionHours = (complaint: Pick<Complaint, 'receivedAt' | 'resolvedAt'>): number | null =>
  hoursBetween(complaint.receivedAt, complaint.resolvedAt)
