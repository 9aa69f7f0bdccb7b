/*
 * Times on the day sheet are the shop's wall-clock times, whatever zone the PC is set to: the
 * sheet is the shop's plan, and "09:30" must mean the same on every PC that prints it.
 */
import { requireIsoDate } from '@shared/domain/days'
import { SHOP_CALENDAR_ZONE } from '@shared/domain/ics'
import { cached } from '../../ui/format'

const shopTimeFormat = cached(
  (language) => new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: SHOP_CALENDAR_ZONE.tzid })
)

// A 'yyyy-mm-dd' is a calendar date, not an instant: formatted at UTC midnight in UTC, it never shifts a day.
const calendarDayFormat = cached((language) => new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }))

/** "09:30–10:15" in the shop's time zone. */
export function formatShopTimeRange(startAt: string, endAt: string, language: string): string {
  const format = shopTimeFormat(language)
  return `${format.format(new Date(startAt))}–${format.format(new Date(endAt))}`
}

/** "2026年3月10日星期二" / "Tuesday, March 10, 2026". */
export function formatShopDay(date: string, language: string): string {
  const { year, month, day } = requireIsoDate(date)
  return calendarDayFormat(language).format(new Date(0).setUTCFullYear(year, month - 1, day))
}
