/*
 * Nobody can be in two places at once: a member of staff with a planned task from 10:00 to
 * 11:00 cannot take another that starts before 11:00 or ends after 10:00. Only planned, live
 * tasks with someone assigned book anyone: a done, missed or cancelled task frees its slot,
 * and an unassigned one holds nobody's time. A task that ends at 11:00 and one that starts at
 * 11:00 do not clash (intervals are half-open).
 *
 * Recurring tasks clash by occurrence, over a horizon: a weekly series is checked for its
 * next year, not for ever, which is as far as anyone plans a front desk's week.
 */
import { addDays } from './days'
import { isRecurring } from './recurrence'
import {
  endOf,
  exceptionDates,
  occurrencesInRange,
  occurrencesOf,
  shopWallClock,
  widenedRange,
  type OccurrenceSource,
  type TaskOccurrence
} from './schedule'

/** How far ahead a recurring task is checked, in days from its first occurrence. */
export const CLASH_HORIZON_DAYS = 366

/** The booking being made: a new task (no id) or a stored one being changed. */
export type ClashCandidate = Omit<OccurrenceSource, 'id' | 'occasionKey' | 'deletedAt'> & {
  readonly id?: string
  readonly occasionKey?: string | null
}

/** The other booking in the way, and when the two meet. */
export interface TaskClash<T extends OccurrenceSource> {
  /** The task already booked (for a series: the series record). */
  readonly task: T
  /** When that task's clashing occurrence runs (ISO). */
  readonly startAt: string
  readonly endAt: string
  /** When the occurrence of the new booking that clashes runs (ISO). */
  readonly candidateStartAt: string
  readonly candidateEndAt: string
}

export interface ClashOptions {
  readonly horizonDays?: number
  readonly timeZone?: string
  /** An occurrence to leave out of the others: the date of a series being moved away from. */
  readonly ignore?: { readonly taskId: string; readonly date: string }
}

const overlaps = (a: { startAt: string; endAt: string }, b: { startAt: string; endAt: string }): boolean =>
  new Date(a.startAt).getTime() < new Date(b.endAt).getTime() && new Date(b.startAt).getTime() < new Date(a.endAt).getTime()

/** The shop dates the candidate's occurrences are looked for in: its day, or its series' horizon. */
export function clashWindow(candidate: ClashCandidate, { horizonDays = CLASH_HORIZON_DAYS, timeZone }: ClashOptions = {}) {
  const first = shopWallClock(candidate.startAt, timeZone).date
  const { recurrence } = candidate
  if (!isRecurring(recurrence)) return { from: first, to: first }
  const horizon = addDays(first, horizonDays)
  const until = recurrence.kind === 'none' ? null : recurrence.until
  return { from: first, to: until !== null && until < horizon ? until : horizon }
}

/**
 * The candidate's first clash with `others` (the earliest, then the other booking that starts
 * first), or null. `others` are the stored tasks that might be in the way; the exceptions of
 * any series among them (the candidate's own included) must be there too, or the dates they
 * took over would count as booked twice.
 */
export function findTaskClash<T extends OccurrenceSource>(
  candidate: ClashCandidate,
  others: readonly T[],
  options: ClashOptions = {}
): TaskClash<T> | null {
  const { staffId } = candidate
  if (staffId === null || candidate.status !== 'planned') return null
  const window = clashWindow(candidate, options)
  const ownId = candidate.id ?? ''
  const self: OccurrenceSource = { ...candidate, id: ownId, occasionKey: candidate.occasionKey ?? null, deletedAt: null }
  const mine = occurrencesOf(self, window, exceptionDates(others).get(ownId), options.timeZone).map((occurrence) => ({
    startAt: occurrence.startAt,
    endAt: endOf(occurrence.startAt, candidate.durationMinutes)
  }))
  if (mine.length === 0) return null
  const ignore = options.ignore
  const isIgnored = (occurrence: TaskOccurrence<T>): boolean =>
    ignore !== undefined && occurrence.task.id === ignore.taskId && occurrence.date === ignore.date
  const theirs = occurrencesInRange(others, widenedRange(window), options.timeZone).filter(
    (occurrence) =>
      occurrence.task.id !== ownId &&
      occurrence.task.staffId === staffId &&
      occurrence.task.status === 'planned' &&
      !isIgnored(occurrence)
  )
  for (const booking of mine) {
    const other = theirs.find((occurrence) => overlaps(booking, occurrence))
    if (other !== undefined) {
      return {
        task: other.task,
        startAt: other.startAt,
        endAt: other.endAt,
        candidateStartAt: booking.startAt,
        candidateEndAt: booking.endAt
      }
    }
  }
  return null
}
