/*
 * Calendar days as 'yyyy-mm-dd' strings. A calendar date is the shop's date, not an instant:
 * keeping it as a plain string (and computing on it in UTC, where no day is 23 or 25 hours
 * long) means a birthday never shifts by a day when the PC's time zone or daylight saving differs.
 */

export interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

const DAY_MS = 86_400_000

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** Days in a month (1–12) of a year: February has 29 in leap years. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? Number.NaN)
}

/** The parts of a 'yyyy-mm-dd' date, or null when it is not one (wrong shape, or a day the month lacks). */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

export const formatIsoDate = ({ year, month, day }: CalendarDate): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** For dates the caller made itself (today, a stored date already checked): a malformed one is a bug, so it fails loudly. */
export function requireIsoDate(text: string): CalendarDate {
  const date = parseIsoDate(text)
  if (date === null) throw new RangeError(`Not a yyyy-mm-dd date: ${text}`)
  return date
}

// setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
const utcMidnight = ({ year, month, day }: CalendarDate): number => new Date(0).setUTCFullYear(year, month - 1, day)

const epochDay = (date: CalendarDate): number => utcMidnight(date) / DAY_MS

function fromEpochDay(epoch: number): string {
  const date = new Date(epoch * DAY_MS)
  return formatIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() })
}

/** The shop's time zone when none is given: the first shops are in China. */
export const SHOP_TIME_ZONE = 'Asia/Shanghai'

const shopClockFormats = new Map<string, Intl.DateTimeFormat>()

/** Building a DateTimeFormat costs far more than using one, and lists ask for "today" often. */
function shopClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = shopClockFormats.get(timeZone)
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    shopClockFormats.set(timeZone, format)
  }
  return format
}

/** The calendar date and wall-clock time the shop's clocks show at an instant. */
function shopClock(instant: number, timeZone: string): CalendarDate & { readonly millisOfDay: number } {
  const parts = shopClockFormat(timeZone).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value)
  const millisOfDay = ((part('hour') * 60 + part('minute')) * 60 + part('second')) * 1000
  return { year: part('year'), month: part('month'), day: part('day'), millisOfDay }
}

/** The shop's calendar date at an instant, from the time zone's rules (China has no daylight saving, other shops may). */
export function todayInShop(now: Date, timeZone = SHOP_TIME_ZONE): string {
  return formatIsoDate(shopClock(now.getTime(), timeZone))
}

/** What the shop's clocks show at an instant, to the minute: '2026-11-25 09:05'. */
export function shopDateTimeText(now: Date, timeZone = SHOP_TIME_ZONE): string {
  const clock = shopClock(now.getTime(), timeZone)
  const minutes = Math.floor(clock.millisOfDay / 60_000)
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `${formatIsoDate(clock)} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}

/** How far the shop's clocks are ahead of UTC at an instant (whole seconds: Intl shows no milliseconds). */
function zoneOffsetMillis(instant: number, timeZone: string): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000
  const clock = shopClock(wholeSecond, timeZone)
  return utcMidnight(clock) + clock.millisOfDay - wholeSecond
}

/**
 * The instant the shop's clocks show `time` on `date`. The zone's offset is read at the wall
 * time taken as UTC, then again at the instant that gives, which settles it on a day when
 * daylight saving starts or ends: a time the clocks show twice is the earlier instant, and a
 * time they skip falls after the gap, as the clocks would show it once moved on.
 */
export function shopInstant(date: string, time: { readonly hour: number; readonly minute: number }, timeZone = SHOP_TIME_ZONE): Date {
  const wall = utcMidnight(requireIsoDate(date)) + (time.hour * 60 + time.minute) * 60_000
  const firstGuess = wall - zoneOffsetMillis(wall, timeZone)
  const offset = zoneOffsetMillis(firstGuess, timeZone)
  const instant = wall - offset
  const isSkipped = zoneOffsetMillis(instant, timeZone) !== offset
  return new Date(isSkipped ? Math.max(firstGuess, instant) : instant)
}

/** Whole days from `from` to `to`: positive when `to` is later ('2025-12-31' → '2026-01-01' is 1). */
export function daysBetween(from: string, to: string): number {
  return epochDay(requireIsoDate(to)) - epochDay(requireIsoDate(from))
}

/** The date `days` days later (earlier, when negative). */
export const addDays = (date: string, days: number): string => fromEpochDay(epochDay(requireIsoDate(date)) + days)

/**
 * The same day `months` calendar months later (or earlier, when negative); a day the target
 * month lacks becomes its last day, so Jan 31 + 1 month is Feb 28 (Feb 29 in a leap year).
 */
export function addMonthsClamped(date: string, months: number): string {
  const { year, month, day } = requireIsoDate(date)
  const monthIndex = year * 12 + (month - 1) + months
  const targetYear = Math.floor(monthIndex / 12)
  const targetMonth = monthIndex - targetYear * 12 + 1
  return formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) })
}
