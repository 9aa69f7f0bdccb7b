/*
 * What the list and the printouts say about a complaint's deadlines. The rules themselves
 * (how long, what counts as late) are the domain's (complaint-deadlines.ts); this only picks
 * which deadline matters to the person reading, and how to put lateness in words.
 */
import { UNRESOLVED_COMPLAINT_STATUSES, type Complaint } from '@shared/domain/complaint'
import { complaintDeadlines, overdueState, type ComplaintDeadlines } from '@shared/domain/complaint-deadlines'

export type DeadlineKind = 'response' | 'resolution'

export interface PendingDeadline {
  readonly kind: DeadlineKind
  /** ISO instant the deadline falls on. */
  readonly due: string
  readonly overdue: boolean
}

type DeadlineFields = Pick<Complaint, 'receivedAt' | 'severity' | 'status' | 'firstResponseAt'>

/**
 * The next deadline the shop has to meet: the first response until someone responds, then
 * the resolution; null once the complaint is resolved (nothing is due any more).
 */
export function pendingDeadline(complaint: DeadlineFields, deadlines: ComplaintDeadlines, now: string): PendingDeadline | null {
  if (!UNRESOLVED_COMPLAINT_STATUSES.includes(complaint.status)) return null
  const { respondBy, resolveBy } = complaintDeadlines(complaint, deadlines)
  const state = overdueState(complaint, deadlines, now)
  // Before the first response the response deadline is the earlier one, so it is what matters.
  if (complaint.firstResponseAt === null) return { kind: 'response', due: respondBy, overdue: state.responseOverdue }
  return { kind: 'resolution', due: resolveBy, overdue: state.resolutionOverdue }
}

/** How late, in a unit a clerk reads at a glance: hours for the first two days, then days. */
export interface Lateness {
  readonly unit: 'hour' | 'day'
  readonly count: number
}

const HOURS_SHOWN_AS_HOURS = 48

export function lateness(hoursOverdue: number): Lateness {
  // Rounded up: "overdue by 0 hours" would read as not overdue at all.
  if (hoursOverdue < HOURS_SHOWN_AS_HOURS) return { unit: 'hour', count: Math.max(1, Math.ceil(hoursOverdue)) }
  return { unit: 'day', count: Math.floor(hoursOverdue / 24) }
}

/** Whether a deadline was kept, for the complaint sheet. */
export type DeadlineOutcome = 'met' | 'missed' | 'pending' | 'overdue'

/**
 * `doneAt` is when the thing was done (null: not yet). Exactly at the deadline is on time,
 * as in the domain's overdue rule.
 */
export function deadlineOutcome(due: string, doneAt: string | null, now: string): DeadlineOutcome {
  const dueMillis = Date.parse(due)
  if (doneAt !== null) return Date.parse(doneAt) <= dueMillis ? 'met' : 'missed'
  return Date.parse(now) > dueMillis ? 'overdue' : 'pending'
}
