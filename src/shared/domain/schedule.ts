/*
 * Care tasks on the shop's clock: when each occurrence of a task starts and ends, and which
 * occurrences fall on which shop days. A recurring task is one record, the series; its
 * `startAt` is the first occurrence, and the time of day every occurrence keeps.
 *
 * An occurrence the clerk has acted on (done, missed, cancelled, or moved) becomes a record of
 * its own, an "exception", whose occasion key names the series and the date it replaces
 * (`series:<id>:<date>`). The series then skips that date. Exceptions are keyed by date, not
 * time, so changing the series' time of day keeps the occurrences already dealt with.
 */
import type { CareTask } from './care-task'
import { addDays, shopInstant, todayInShop } from './days'
import { isRecurring, recurrenceDates } from './recurrence'

export interface WallClock {
  /** The shop's calendar date, 'yyyy-mm-dd'. */
  readonly date: string
  readonly hour: number
  readonly minute: number
}

const MINUTE_MS = 60_000

/**
 * The date and time the shop's clocks show at an instant. Counted from the shop's midnight,
 * then checked against `shopInstant`: on the day daylight saving starts the count is an hour
 * behind the clocks, and the check finds the reading that gives back this instant. The hour
 * shown twice when it ends may read an hour off; the shops are in China, which has no
 * daylight saving, and other zones are only here to keep the arithmetic honest.
 */
export function shopWallClock(instant: string | Date, timeZone?: string): WallClock {
  const at = new Date(instant)
  const date = todayInShop(at, timeZone)
  const minuteStart = Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS
  const elapsed = Math.floor((minuteStart - shopInstant(date, { hour: 0, minute: 0 }, timeZone).getTime()) / MINUTE_MS)
  const reading = (minutes: number) => ({ date, hour: Math.floor(minutes / 60), minute: minutes % 60 })
  const exact = [elapsed + 60, elapsed, elapsed - 60].find(
    (minutes) => minutes >= 0 && minutes < 24 * 60 && shopInstant(date, reading(minutes), timeZone).getTime() === minuteStart
  )
  return reading(exact ?? Math.min(Math.max(elapsed - 60, 0), 24 * 60 - 1))
}

/** The instant (ISO) the shop's clocks show `wall`. */
export const wallClockInstant = (wall: WallClock, timeZone?: string): string => shopInstant(wall.date, wall, timeZone).toISOString()

export const endOf = (startAt: string, durationMinutes: number): string =>
  new Date(new Date(startAt).getTime() + durationMinutes * MINUTE_MS).toISOString()

/** The occasion key of the record that takes over one date of a series. */
export const seriesOccurrenceKey = (seriesId: string, date: string): string => `series:${seriesId}:${date}`

/** The series and date an exception replaces, or null for any other occasion key. */
export function parseSeriesOccurrenceKey(key: string | null): { readonly seriesId: string; readonly date: string } | null {
  const match = key === null ? null : /^series:(.+):(\d{4}-\d{2}-\d{2})$/.exec(key)
  return match ? { seriesId: match[1] ?? '', date: match[2] ?? '' } : null
}

/** A task's place in the calendar: the task itself, or one date of a series. */
export interface TaskOccurrence<T extends OccurrenceSource = CareTask> {
  readonly task: T
  /** ISO instants. */
  readonly startAt: string
  readonly endAt: string
  /** The shop date it starts on. */
  readonly date: string
  /** True for a date of a recurring series (not stored as a record of its own). */
  readonly inSeries: boolean
}

export type OccurrenceSource = Pick<
  CareTask,
  'id' | 'startAt' | 'durationMinutes' | 'staffId' | 'status' | 'recurrence' | 'occasionKey' | 'deletedAt'
>

/** Dates of each series taken over by an exception among `tasks` (live ones only: a deleted exception gives its date back). */
export function exceptionDates(tasks: readonly OccurrenceSource[]): ReadonlyMap<string, ReadonlySet<string>> {
  const bySeries = new Map<string, Set<string>>()
  for (const task of tasks) {
    const key = task.deletedAt === null ? parseSeriesOccurrenceKey(task.occasionKey) : null
    if (key === null) continue
    const dates = bySeries.get(key.seriesId) ?? new Set<string>()
    dates.add(key.date)
    bySeries.set(key.seriesId, dates)
  }
  return bySeries
}

const NO_DATES: ReadonlySet<string> = new Set()

/**
 * The occurrences of one task that start on the shop dates [from, to] (inclusive), leaving out
 * the `skipped` dates. A one-off task is its one occurrence; a series gives one per date while
 * it is planned (a cancelled series has no dates left; what was done is in its exceptions).
 */
export function occurrencesOf<T extends OccurrenceSource>(
  task: T,
  range: { readonly from: string; readonly to: string },
  skipped: ReadonlySet<string> = NO_DATES,
  timeZone?: string
): readonly TaskOccurrence<T>[] {
  if (task.deletedAt !== null) return []
  if (!isRecurring(task.recurrence)) {
    // Only the date is needed: the full wall clock costs several time-zone conversions, and a year's report has 100,000 tasks.
    const date = todayInShop(new Date(task.startAt), timeZone)
    if (date < range.from || date > range.to) return []
    return [{ task, startAt: task.startAt, endAt: endOf(task.startAt, task.durationMinutes), date, inSeries: false }]
  }
  if (task.status !== 'planned') return []
  const wall = shopWallClock(task.startAt, timeZone)
  return recurrenceDates(wall.date, task.recurrence, range.from, range.to)
    .filter((date) => !skipped.has(date))
    .map((date) => {
      const startAt = wallClockInstant({ ...wall, date }, timeZone)
      return { task, startAt, endAt: endOf(startAt, task.durationMinutes), date, inSeries: true }
    })
}

const byStart = <T extends OccurrenceSource>(a: TaskOccurrence<T>, b: TaskOccurrence<T>): number =>
  a.startAt < b.startAt ? -1 : a.startAt > b.startAt ? 1 : a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0

/**
 * Every occurrence among `tasks` on the shop dates [from, to], by start. A series skips the
 * dates its exceptions took over, so the caller passes those exceptions in too (they show
 * themselves where they now fall).
 */
export function occurrencesInRange<T extends OccurrenceSource>(
  tasks: readonly T[],
  range: { readonly from: string; readonly to: string },
  timeZone?: string
): readonly TaskOccurrence<T>[] {
  const exceptions = exceptionDates(tasks)
  return tasks.flatMap((task) => occurrencesOf(task, range, exceptions.get(task.id), timeZone)).sort(byStart)
}

/** The shop dates a task's occurrences may be looked for in, a day either side for tasks that run past midnight. */
export const widenedRange = (range: { readonly from: string; readonly to: string }) => ({
  from: addDays(range.from, -1),
  to: addDays(range.to, 1)
})
