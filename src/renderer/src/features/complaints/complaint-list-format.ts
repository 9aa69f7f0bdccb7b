/**
 * The list's compact dates and lateness, through Intl in the interface language. Formatters
 * are built once per language: a list formats several in every row.
 */
import { cached } from '../../ui/format'
import type { Lateness } from './complaint-list-deadline'

/** Digits only ("2026/07/20 14:30"): the same width in every row, so the column scans. */
const rowDateTime = cached(
  (language) => new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
)

/** Without the year: a pending deadline is at most days away. */
const deadlineTime = cached((language) => new Intl.DateTimeFormat(language, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }))

const hours = cached((language) => new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', unitDisplay: 'long' }))
const days = cached((language) => new Intl.NumberFormat(language, { style: 'unit', unit: 'day', unitDisplay: 'long' }))

export const formatRowDateTime = (iso: string, language: string): string => rowDateTime(language).format(new Date(iso))

export const formatDeadlineTime = (iso: string, language: string): string => deadlineTime(language).format(new Date(iso))

/** "3 hours" / "3小时": each language's own plural and spacing. */
export const formatLateness = ({ unit, count }: Lateness, language: string): string =>
  (unit === 'hour' ? hours : days)(language).format(count)
