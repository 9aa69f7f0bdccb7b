import { LunarUtil, LunarYear, Solar } from 'lunar-typescript'
import type { ImportantDate } from './customer'
import { daysBetween, daysInMonth, formatIsoDate, requireIsoDate } from './days'

/*
 * Yearly dates for scheduled care (定期服务): birthdays, purchase anniversaries and the like.
 * Many customers keep their birthday by the lunar calendar (农历), whose dates move around
 * the solar calendar from year to year, so every occurrence is worked out for its own year.
 * A lunar date's `year` is a lunar year, as people say it (农历1980年八月十五).
 */

export type YearlyDate = Pick<ImportantDate, 'calendar' | 'year' | 'month' | 'day' | 'leapMonth'>

/**
 * 'impossible-date': a day the month never has (Apr 31, Feb 30), or lacks in the given year
 * (Feb 29 1999, a leap month that lunar year does not have, a lunar 30th of a short month).
 */
export type ImportantDateProblem =
  | 'month-out-of-range'
  | 'day-out-of-range'
  | 'year-out-of-range'
  | 'impossible-date'
  | 'leap-month-on-solar-date'
  | 'in-the-future'
  | 'label-required'

export interface Occurrence {
  /** yyyy-mm-dd */
  readonly date: string
  readonly daysAway: number
}

/** Earlier years are more likely a typo ('198' for 1980) than a customer's date. */
const MIN_YEAR = 1900
const MAX_YEAR = 9999

const isIntegerIn = (value: number, min: number, max: number): boolean => Number.isInteger(value) && value >= min && value <= max

interface LunarMonthSpan {
  readonly dayCount: number
  readonly firstJulianDay: number
}

/** A lunar year's months by number; the leap month's number is negative, as in lunar-typescript. */
type LunarMonths = ReadonlyMap<number, LunarMonthSpan>

const lunarYearCache = new Map<number, LunarMonths>()

/**
 * The months of a lunar year. Kept per year because lunar-typescript caches only the last
 * year it built, and a customer list asks about two or three years per lunar birthday.
 */
function lunarMonths(lunarYear: number): LunarMonths {
  const cached = lunarYearCache.get(lunarYear)
  if (cached) return cached
  const months: LunarMonths = new Map(
    LunarYear.fromYear(lunarYear)
      .getMonths()
      // getMonths() also lists the neighbouring years' months that it needed for the calculation.
      .filter((month) => month.getYear() === lunarYear)
      .map((month) => [month.getMonth(), { dayCount: month.getDayCount(), firstJulianDay: month.getFirstJulianDay() }])
  )
  lunarYearCache.set(lunarYear, months)
  return months
}

/** The leap month when the lunar year has it, else the ordinary month of that number. */
function lunarMonthOf(date: YearlyDate, lunarYear: number): LunarMonthSpan {
  const months = lunarMonths(lunarYear)
  const month = (date.leapMonth ? months.get(-date.month) : undefined) ?? months.get(date.month)
  if (month === undefined) throw new RangeError(`No lunar month ${date.month} in ${lunarYear}`)
  return month
}

/**
 * Problems with the date as a calendar date. Dates with any of these have no occurrences:
 * they are never guessed into shape. A date without a year only has to exist in some year.
 */
function calendarProblems(date: YearlyDate): readonly ImportantDateProblem[] {
  const problems: ImportantDateProblem[] = []
  if (!isIntegerIn(date.month, 1, 12)) problems.push('month-out-of-range')
  if (!isIntegerIn(date.day, 1, date.calendar === 'solar' ? 31 : 30)) problems.push('day-out-of-range')
  if (date.year !== null && !isIntegerIn(date.year, MIN_YEAR, MAX_YEAR)) problems.push('year-out-of-range')
  if (date.calendar === 'solar' && date.leapMonth) problems.push('leap-month-on-solar-date')
  if (problems.length > 0) return problems
  const exists =
    date.calendar === 'solar'
      ? // 2000 is a leap year: Feb 29 exists when the year is not known.
        date.day <= daysInMonth(date.year ?? 2000, date.month)
      : date.year === null ||
        ((!date.leapMonth || lunarMonths(date.year).has(-date.month)) && date.day <= lunarMonthOf(date, date.year).dayCount)
  return exists ? [] : ['impossible-date']
}

/**
 * The solar date on which the date falls in a calendar year (a lunar year for lunar dates).
 * A day the month lacks that year becomes its last day: Feb 29 falls on Feb 28, a lunar
 * 30th on the 29th of a short month; a leap-month date falls in the ordinary month of years
 * without that leap month.
 */
function occurrenceIn(date: YearlyDate, year: number): string {
  if (date.calendar === 'solar') return formatIsoDate({ year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) })
  const month = lunarMonthOf(date, year)
  return Solar.fromJulianDay(month.firstJulianDay + Math.min(date.day, month.dayCount) - 1).toYmd()
}

/**
 * The occurrences that may fall in a solar year. Lunar year N begins in January or February
 * of solar year N, so its last months spill into solar N + 1: a solar year holds dates of two
 * lunar years.
 */
function candidatesIn(date: YearlyDate, solarYear: number): readonly string[] {
  const years = date.calendar === 'solar' ? [solarYear] : [solarYear - 1, solarYear]
  return years.map((year) => occurrenceIn(date, year))
}

/**
 * The next day, today included (daysAway 0), on which the date falls; `today` is the shop's
 * date. When the year is known, only later years count: a purchase made today has its first
 * anniversary next year. Null for a date that is not a valid calendar date (or is set years ahead).
 */
export function nextOccurrence(date: YearlyDate, today: string): Occurrence | null {
  if (calendarProblems(date).length > 0) return null
  const { year } = requireIsoDate(today)
  const origin = date.year === null ? null : occurrenceIn(date, date.year)
  const next = [...candidatesIn(date, year), ...candidatesIn(date, year + 1)]
    .filter((on) => on >= today && (origin === null || on > origin))
    .sort()[0]
  return next === undefined ? null : { date: next, daysAway: daysBetween(today, next) }
}

/**
 * The solar date on which the date falls in a solar year, for display ("农历八月十五, this year
 * 2026-09-25"). A lunar date can fall twice in one solar year (a 冬月 date in January and
 * again in December) or not at all: then the first, or null.
 */
export function solarDateForYear(date: YearlyDate, solarYear: number): string | null {
  if (calendarProblems(date).length > 0) return null
  return candidatesIn(date, solarYear).filter((on) => requireIsoDate(on).year === solarYear).sort()[0] ?? null
}

/**
 * A lunar month and day in Chinese, with lunar-typescript's names (正月, 冬月, 腊月; 初八,
 * 廿三): 闰四月初八, 八月十五. Out-of-range values are shown as numbers rather than hidden.
 */
export function formatLunarDate(month: number, day: number, leapMonth: boolean): string {
  const leap = leapMonth ? '闰' : ''
  const monthName = LunarUtil.MONTH[month]
  const dayName = LunarUtil.DAY[day]
  return monthName && dayName ? `${leap}${monthName}月${dayName}` : `${leap}${month}月${day}日`
}

export interface ImportantDateOccurrence {
  readonly date: ImportantDate
  /** yyyy-mm-dd */
  readonly on: string
  readonly daysAway: number
}

/** The soonest of a customer's dates, for the card and the care queue; on a tie, the first listed. */
export function nextImportantDate(dates: readonly ImportantDate[], today: string): ImportantDateOccurrence | null {
  let soonest: ImportantDateOccurrence | null = null
  for (const date of dates) {
    const next = nextOccurrence(date, today)
    if (next !== null && (soonest === null || next.daysAway < soonest.daysAway)) soonest = { date, on: next.date, daysAway: next.daysAway }
  }
  return soonest
}

/**
 * Everything wrong with a date the clerk entered, or [] when it can be saved. `today` (the
 * shop's date) is needed because a date with a year cannot lie in the future.
 */
export function validateImportantDate(
  input: YearlyDate & Pick<ImportantDate, 'kind' | 'label'>,
  today: string
): readonly ImportantDateProblem[] {
  const problems = [...calendarProblems(input)]
  if (problems.length === 0 && input.year !== null && occurrenceIn(input, input.year) > today) problems.push('in-the-future')
  if (input.kind === 'custom' && input.label.trim() === '') problems.push('label-required')
  return problems
}
