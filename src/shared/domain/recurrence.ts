/*
 * The dates a recurring task falls on, as shop calendar dates ('yyyy-mm-dd'). Time of day is
 * the schedule's business (schedule.ts); here only days are counted, in UTC arithmetic where no
 * day is 23 or 25 hours long (see days.ts).
 *
 * Every date is computed from the series' first date (its anchor), never from the date before
 * it, so a clamped month end does not drift:
 * - monthly on the 31st falls on each month's last day (Jan 31, Feb 28, Mar 31, Apr 30…), and
 *   on the 30th it stays the 30th wherever the month has one;
 * - yearly on 29 February falls on 28 February in other years: the day before, not 1 March,
 *   because a birthday greeting sent a day early is kind and one sent late is not;
 * - "nth weekday" is the 1st–4th such weekday of each month, or the last (-1), starting with
 *   the first one on or after the anchor.
 * `until` is an inclusive last date.
 */
import type { Recurrence } from './care-task'
import { addDays, addMonthsClamped, daysBetween, daysInMonth, formatIsoDate, parseIsoDate, requireIsoDate } from './days'

export const RECURRENCE_KINDS = ['none', 'weekly', 'monthly', 'yearly', 'nth-weekday'] as const satisfies readonly Recurrence['kind'][]
export type RecurrenceKind = (typeof RECURRENCE_KINDS)[number]

/** The nth values the nth-weekday rule takes: 1st to 4th, or -1 for the last. */
export const NTH_VALUES = [1, 2, 3, 4, -1] as const

/** Upper bound of an interval ("every 99 weeks" is already more than anyone plans). */
export const MAX_RECURRENCE_INTERVAL = 99

export const NO_RECURRENCE: Recurrence = { kind: 'none' }

export type RecurrenceError = 'interval-invalid' | 'nth-invalid' | 'weekday-invalid' | 'until-invalid' | 'until-before-start'

export const isRecurring = (recurrence: Recurrence): boolean => recurrence.kind !== 'none'

/** Why a recurrence cannot be used with a series starting on `anchor`, or null when it can. */
export function recurrenceError(recurrence: Recurrence, anchor: string): RecurrenceError | null {
  if (recurrence.kind === 'none') return null
  if (recurrence.kind === 'nth-weekday') {
    if (!NTH_VALUES.some((nth) => nth === recurrence.nth)) return 'nth-invalid'
    if (!Number.isInteger(recurrence.weekday) || recurrence.weekday < 0 || recurrence.weekday > 6) return 'weekday-invalid'
  } else if (!Number.isInteger(recurrence.interval) || recurrence.interval < 1 || recurrence.interval > MAX_RECURRENCE_INTERVAL) {
    return 'interval-invalid'
  }
  if (recurrence.until !== null) {
    if (parseIsoDate(recurrence.until) === null) return 'until-invalid'
    if (recurrence.until < anchor) return 'until-before-start'
  }
  return null
}

/** Day of the week of a date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  // 1970-01-04 was a Sunday.
  return (((daysBetween('1970-01-04', date) % 7) + 7) % 7)
}

/** The nth (1–4, or -1 for the last) `weekday` of a month, or null when the month has no such day (a 5th). */
export function nthWeekdayOfMonth(year: number, month: number, nth: number, weekday: number): string | null {
  if (nth === -1) {
    const last = formatIsoDate({ year, month, day: daysInMonth(year, month) })
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7))
  }
  const first = formatIsoDate({ year, month, day: 1 })
  const day = 1 + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7
  return day <= daysInMonth(year, month) ? formatIsoDate({ year, month, day }) : null
}

/** Which nth weekday of its month a date is, counted from the start (1–5), and whether it is the month's last one. */
export function nthWeekdayOf(date: string): { readonly nth: number; readonly weekday: number; readonly isLast: boolean } {
  const { year, month, day } = requireIsoDate(date)
  return { nth: Math.ceil(day / 7), weekday: weekdayOf(date), isLast: day + 7 > daysInMonth(year, month) }
}

const monthsBetween = (from: string, to: string): number => {
  const a = requireIsoDate(from)
  const b = requireIsoDate(to)
  return (b.year - a.year) * 12 + (b.month - a.month)
}

/** Hard stop for a loop over dates: far more than any range the screens or the clash check ask for. */
const MAX_STEPS = 5000

/**
 * The dates of a series starting on `anchor` that fall within [from, to] (inclusive), in
 * order. A non-recurring task has its anchor as its one date.
 */
export function recurrenceDates(anchor: string, recurrence: Recurrence, from: string, to: string): readonly string[] {
  const last = recurrence.kind !== 'none' && recurrence.until !== null && recurrence.until < to ? recurrence.until : to
  const start = from > anchor ? from : anchor
  if (start > last) return []
  if (recurrence.kind === 'none') return anchor >= from && anchor <= to ? [anchor] : []
  const dates: string[] = []
  if (recurrence.kind === 'nth-weekday') {
    const first = requireIsoDate(start)
    for (let step = 0; step < MAX_STEPS; step++) {
      const monthIndex = first.year * 12 + first.month - 1 + step
      const date = nthWeekdayOfMonth(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, recurrence.nth, recurrence.weekday)
      if (date !== null && date > last) break
      if (date !== null && date >= start) dates.push(date)
    }
    return dates
  }
  const dateAt = (k: number): string =>
    recurrence.kind === 'weekly'
      ? addDays(anchor, 7 * recurrence.interval * k)
      : addMonthsClamped(anchor, (recurrence.kind === 'yearly' ? 12 : 1) * recurrence.interval * k)
  // Jump close to `start` rather than walking from an anchor that may be years back.
  const stepLength = recurrence.kind === 'weekly' ? 7 * recurrence.interval : (recurrence.kind === 'yearly' ? 12 : 1) * recurrence.interval
  const distance = recurrence.kind === 'weekly' ? daysBetween(anchor, start) : monthsBetween(anchor, start)
  const firstK = Math.max(0, Math.floor(distance / stepLength) - 1)
  for (let k = firstK; k < firstK + MAX_STEPS; k++) {
    const date = dateAt(k)
    if (date > last) break
    if (date >= start) dates.push(date)
  }
  return dates
}

/** The series' first date on or after `from`, or null when it has ended by then. */
export function firstDateOnOrAfter(anchor: string, recurrence: Recurrence, from: string): string | null {
  // A year and a month covers one date of every kind but a yearly series with a long interval.
  const horizonYears = recurrence.kind === 'yearly' ? recurrence.interval + 1 : 1
  return recurrenceDates(anchor, recurrence, from, addMonthsClamped(from, 12 * horizonYears + 1))[0] ?? null
}

/** Whether `date` is one of the series' dates. */
export const isRecurrenceDate = (anchor: string, recurrence: Recurrence, date: string): boolean =>
  recurrenceDates(anchor, recurrence, date, date).length === 1
