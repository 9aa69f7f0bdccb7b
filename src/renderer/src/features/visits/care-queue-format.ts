import { cached } from '../../ui/format'

/*
 * Dates in the care queue, through Intl in the interface language: the occasion's day with its
 * weekday (a clerk plans by the week), and how far it is from today ("in 3 days", "3天后").
 */

const dayFormat = cached((language) => new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', weekday: 'short' }))
const dayWithYearFormat = cached(
  (language) => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' })
)
const relativeFormat = cached((language) => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }))
const startFormat = cached(
  (language) => new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' })
)

/** A calendar date (yyyy-mm-dd) read as that day, wherever the PC's clock is set. */
const asLocalDay = (date: string): Date => new Date(`${date}T00:00:00`)

/** The day, with the year only when it is not this year's. */
export function formatCareDay(date: string, today: string, language: string): string {
  const format = date.slice(0, 4) === today.slice(0, 4) ? dayFormat(language) : dayWithYearFormat(language)
  return format.format(asLocalDay(date))
}

export const formatDaysAway = (daysAway: number, language: string): string => relativeFormat(language).format(daysAway, 'day')

export const formatStartAt = (iso: string, language: string): string => startFormat(language).format(new Date(iso))
