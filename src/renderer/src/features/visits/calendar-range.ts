/**
 * Which shop dates each calendar view shows around a focus date, and where "previous" and
 * "next" go. Weeks start on Monday, as Chinese calendars do.
 */
import { addDays, addMonthsClamped, daysBetween, requireIsoDate } from '@shared/domain/days'
import { weekdayOf } from '@shared/domain/recurrence'

export const CALENDAR_VIEWS = ['day', 'week', 'month', 'agenda'] as const
export type CalendarView = (typeof CALENDAR_VIEWS)[number]

/** How many days the agenda lists from its first date. */
export const AGENDA_DAYS = 14

export interface CalendarRange {
  readonly from: string
  readonly to: string
}

/** The Monday of the week a date is in. */
export const weekStart = (date: string): string => addDays(date, -((weekdayOf(date) + 6) % 7))

export const monthStart = (date: string): string => `${date.slice(0, 8)}01`

/** The dates shown: a day, its week, the whole weeks covering its month, or the agenda's days from it. */
export function viewRange(view: CalendarView, focus: string): CalendarRange {
  switch (view) {
    case 'day':
      return { from: focus, to: focus }
    case 'week':
      return { from: weekStart(focus), to: addDays(weekStart(focus), 6) }
    case 'month': {
      const first = monthStart(focus)
      const last = addDays(addMonthsClamped(first, 1), -1)
      return { from: weekStart(first), to: addDays(weekStart(last), 6) }
    }
    case 'agenda':
      return { from: focus, to: addDays(focus, AGENDA_DAYS - 1) }
  }
}

/** The focus date one step back (-1) or on (+1): a day, a week, a month (same day, clamped), or the agenda's length. */
export function stepFocus(view: CalendarView, focus: string, direction: -1 | 1): string {
  switch (view) {
    case 'day':
      return addDays(focus, direction)
    case 'week':
      return addDays(focus, 7 * direction)
    case 'month':
      return addMonthsClamped(focus, direction)
    case 'agenda':
      return addDays(focus, AGENDA_DAYS * direction)
  }
}

/** Every date of a range, in order. */
export function datesOf({ from, to }: CalendarRange): readonly string[] {
  const count = daysBetween(from, to) + 1
  return Array.from({ length: Math.max(count, 0) }, (_, index) => addDays(from, index))
}

/** Whether a date is in the same month as the focus (the month grid greys the others). */
export const sameMonth = (date: string, focus: string): boolean => date.slice(0, 7) === focus.slice(0, 7)

export const dayOfMonth = (date: string): number => requireIsoDate(date).day
