/**
 * Dates and times of the calendar through Intl, on the shop's clock: a visit at 10:00 in the
 * shop reads 10:00 whatever zone the PC is set to. The shop's wall clock reading is formatted
 * as if it were UTC, so Intl adds no offset of its own.
 */
import { shopWallClock } from '@shared/domain/schedule'
import { requireIsoDate } from '@shared/domain/days'
import { cached } from '../../ui/format'

const asUtc = (date: string, hour = 0, minute = 0): Date => {
  const { year, month, day } = requireIsoDate(date)
  return new Date(new Date(0).setUTCFullYear(year, month - 1, day) + (hour * 60 + minute) * 60_000)
}

const timeFormat = cached((language) => new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }))
const longDayFormat = cached(
  (language) => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long', timeZone: 'UTC' })
)
const dateFormat = cached((language) => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }))
const monthFormat = cached((language) => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }))
const monthDayFormat = cached((language) => new Intl.DateTimeFormat(language, { month: 'long', day: 'numeric', timeZone: 'UTC' }))
const shortMonthDayFormat = cached((language) => new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' }))
const weekdayFormat = cached((language) => new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }))
const longWeekdayFormat = cached((language) => new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }))

/** "10:00" (zh-CN) or "10:00 AM" (en): the shop's time of an instant. */
export function formatShopTime(instant: string, language: string): string {
  const wall = shopWallClock(instant)
  return timeFormat(language).format(asUtc(wall.date, wall.hour, wall.minute))
}

/** The hour label of the day grid. */
export const formatHour = (hour: number, language: string): string => timeFormat(language).format(asUtc('2000-01-01', hour))

/** "2026年3月2日星期一". */
export const formatLongDay = (date: string, language: string): string => longDayFormat(language).format(asUtc(date))

/** "2026年3月2日". */
export const formatCalendarDate = (date: string, language: string): string => dateFormat(language).format(asUtc(date))

/** "2026年3月". */
export const formatMonth = (date: string, language: string): string => monthFormat(language).format(asUtc(date))

/** "2月29日": a yearly date without its year. */
export const formatMonthDay = (date: string, language: string): string => monthDayFormat(language).format(asUtc(date))

/**
 * "November 23 – 29, 2026": a range, the way the language writes ranges. Some languages' range
 * patterns (Chinese, in the ICU data browsers ship) drop to "2026/11/23 – 2026/11/29"; those get
 * the two dates written out, the second without its year when it is the same.
 */
export function formatDateRange(from: string, to: string, language: string): string {
  const format = dateFormat(language)
  if (from === to) return format.format(asUtc(from))
  const range = format.formatRange(asUtc(from), asUtc(to))
  if (!range.includes('/') || format.format(asUtc(from)).includes('/')) return range
  const end = from.slice(0, 4) === to.slice(0, 4) ? formatMonthDay(to, language) : format.format(asUtc(to))
  return `${format.format(asUtc(from))} – ${end}`
}

/** A day's column head: its weekday and its date without the year ("周一", "11月23日"). */
export const formatDayHead = (date: string, language: string): { readonly weekday: string; readonly date: string } => ({
  weekday: weekdayFormat(language).format(asUtc(date)),
  date: shortMonthDayFormat(language).format(asUtc(date))
})

/** Weekday names, 0 = Sunday; 1970-01-04 was a Sunday. */
export const formatWeekday = (weekday: number, language: string, width: 'short' | 'long' = 'short'): string =>
  (width === 'short' ? weekdayFormat : longWeekdayFormat)(language).format(asUtc('1970-01-04', 0).getTime() + weekday * 86_400_000)

/** The shop date and time of an instant, for a task's "when". */
export const formatShopDateTime = (instant: string, language: string): string =>
  `${formatLongDay(shopWallClock(instant).date, language)} ${formatShopTime(instant, language)}`
