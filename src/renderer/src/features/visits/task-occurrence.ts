/**
 * Which date of a series the task page is about: the one asked for (?on=, from the calendar),
 * else the first one from today that nobody has dealt with yet.
 */
import type { CareTask } from '@shared/domain/care-task'
import { addDays } from '@shared/domain/days'
import { isRecurring, recurrenceDates } from '@shared/domain/recurrence'
import { endOf, parseSeriesOccurrenceKey, shopWallClock, wallClockInstant } from '@shared/domain/schedule'

export interface ShownOccurrence {
  /** The series date; null for a one-off task. */
  readonly date: string | null
  readonly startAt: string
  readonly endAt: string
  /** The record that took this date over, when one has. */
  readonly takenBy: CareTask | null
}

/** How many open dates the picker offers. */
const PICKER_DATES = 8

/** A series is looked ahead this far for its open dates. */
const LOOK_AHEAD_DAYS = 800

/** The series' open dates from `from`, at most `count`. */
export function openDates(task: CareTask, exceptions: readonly CareTask[], from: string, count = PICKER_DATES): readonly string[] {
  const taken = new Set(exceptions.flatMap((exception) => parseSeriesOccurrenceKey(exception.occasionKey)?.date ?? []))
  const anchor = shopWallClock(task.startAt).date
  return recurrenceDates(anchor, task.recurrence, from, addDays(from, LOOK_AHEAD_DAYS))
    .filter((date) => !taken.has(date))
    .slice(0, count)
}

/**
 * The occurrence shown: the task itself for a one-off; for a series the date asked for when it
 * is one of its dates, else the next open one. Null when a series has no date to show.
 */
export function shownOccurrence(task: CareTask, exceptions: readonly CareTask[], requested: string | null, today: string): ShownOccurrence | null {
  if (!isRecurring(task.recurrence)) {
    return { date: null, startAt: task.startAt, endAt: endOf(task.startAt, task.durationMinutes), takenBy: null }
  }
  const anchor = shopWallClock(task.startAt).date
  const isDate = requested !== null && recurrenceDates(anchor, task.recurrence, requested, requested).length === 1
  const date = isDate ? requested : (openDates(task, exceptions, today, 1)[0] ?? null)
  if (date === null) return null
  const startAt = wallClockInstant({ ...shopWallClock(task.startAt), date })
  const takenBy = exceptions.find((exception) => parseSeriesOccurrenceKey(exception.occasionKey)?.date === date) ?? null
  return { date, startAt, endAt: endOf(startAt, task.durationMinutes), takenBy }
}
