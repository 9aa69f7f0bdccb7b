import { addDays, addMonthsClamped, daysBetween, parseIsoDate, requireIsoDate, shopInstant } from './days'

/*
 * A report's period (domain brief §4: "for a chosen date range"): whole days of the shop's
 * calendar, both ends included, as a manager says it ("1 to 30 November"). Records carry
 * instants, so the range becomes a half-open span of instants, from the shop's midnight at the
 * start of `from` to its midnight after `to`: a complaint taken at 23:59 on the last day is in
 * the range, one taken at 00:00 the day after is not, whatever the PC's own time zone.
 *
 * Instants are compared as strings. Everything the app stores is `Date#toISOString()` output
 * (UTC, milliseconds, "Z"), which sorts as it reads; the database's indexes compare them the
 * same way, so a record the index query returns is a record these functions count.
 */

/** Shop days, 'yyyy-mm-dd', `from` ≤ `to`, both included. */
export interface ReportRange {
  readonly from: string
  readonly to: string
}

/** A half-open span of instants: `start` included, `end` excluded (ISO strings). */
export interface InstantSpan {
  readonly start: string
  readonly end: string
}

/** The periods a manager picks most, and 'custom' for any two days. */
export const REPORT_RANGE_PRESETS = ['this-month', 'last-month', 'last-90-days', 'this-year', 'last-12-months', 'custom'] as const
export type ReportRangePreset = (typeof REPORT_RANGE_PRESETS)[number]
export type FixedReportRangePreset = Exclude<ReportRangePreset, 'custom'>

export const isReportRangePreset = (value: string): value is ReportRangePreset => REPORT_RANGE_PRESETS.some((preset) => preset === value)

const firstOfMonth = (date: string): string => `${date.slice(0, 7)}-01`

/**
 * The days of a preset as seen on `today` (the shop's date). Periods that are still running
 * (this month, this year, the last 90 days) end today: the days after it hold nothing yet, and
 * a printed "1–30 November" on the 12th would claim more than the page shows.
 */
export function presetRange(preset: FixedReportRangePreset, today: string): ReportRange {
  requireIsoDate(today)
  switch (preset) {
    case 'this-month':
      return { from: firstOfMonth(today), to: today }
    case 'last-month': {
      const from = addMonthsClamped(firstOfMonth(today), -1)
      return { from, to: addDays(firstOfMonth(today), -1) }
    }
    case 'last-90-days':
      return { from: addDays(today, -89), to: today }
    case 'this-year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today }
    case 'last-12-months':
      // The same day a year ago is the last day of the year before: twelve months, not twelve and a day.
      return { from: addDays(addMonthsClamped(today, -12), 1), to: today }
  }
}

/** Two real days, in order. */
export const isValidReportRange = (range: ReportRange): boolean =>
  parseIsoDate(range.from) !== null && parseIsoDate(range.to) !== null && range.from <= range.to

/** How many days the range covers (a single day is 1). */
export const reportRangeDays = (range: ReportRange): number => daysBetween(range.from, range.to) + 1

const MIDNIGHT = { hour: 0, minute: 0 } as const

/** The instants of the range: from the shop's midnight starting `from` to the one ending `to`. */
export function reportRangeSpan(range: ReportRange, timeZone?: string): InstantSpan {
  if (!isValidReportRange(range)) throw new RangeError(`Not a report range: ${range.from} – ${range.to}`)
  return {
    start: shopInstant(range.from, MIDNIGHT, timeZone).toISOString(),
    end: shopInstant(addDays(range.to, 1), MIDNIGHT, timeZone).toISOString()
  }
}

export const isInSpan = (at: string, { start, end }: InstantSpan): boolean => at >= start && at < end

/** One calendar month of a range, with its instants cut to the range where the range starts or ends inside it. */
export interface ReportMonth extends InstantSpan {
  /** 'yyyy-mm'. */
  readonly month: string
}

/** Every calendar month the range touches, in order, each with the part of it inside the range. */
export function reportMonths(range: ReportRange, timeZone?: string): readonly ReportMonth[] {
  const span = reportRangeSpan(range, timeZone)
  const months: ReportMonth[] = []
  const last = firstOfMonth(range.to)
  for (let first = firstOfMonth(range.from); first <= last; first = addMonthsClamped(first, 1)) {
    const nextFirst = addMonthsClamped(first, 1)
    const start = first <= range.from ? span.start : shopInstant(first, MIDNIGHT, timeZone).toISOString()
    const end = nextFirst > range.to ? span.end : shopInstant(nextFirst, MIDNIGHT, timeZone).toISOString()
    months.push({ month: first.slice(0, 7), start, end })
  }
  return months
}

/**
 * The index of the span holding `at`, in spans that follow one another without gaps or
 * overlaps (as reportMonths makes them); -1 when it is in none. A binary search: a year's
 * report puts a hundred thousand complaints into twelve months.
 */
export function spanIndexOf(at: string, spans: readonly InstantSpan[]): number {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]
    if (span === undefined) return -1
    if (at < span.start) high = middle - 1
    else if (at >= span.end) low = middle + 1
    else return middle
  }
  return -1
}
