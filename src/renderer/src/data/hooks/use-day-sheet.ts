import { useLiveQuery } from 'dexie-react-hooks'
import type { ScriptLocale } from '@shared/domain/script'
import { listDaySheet, type DaySheetEntry } from '../repositories/day-sheet'

/**
 * One staff member's (null: everyone's) contacts on a shop day, kept current; undefined while
 * loading. useLiveQuery keeps showing the last answer while a new query runs: the answer
 * carries the question it answers, so another day's or person's contacts are never shown (or
 * printed) under this one's heading.
 */
export function useDaySheet(staffId: string | null, date: string, locale: ScriptLocale): readonly DaySheetEntry[] | undefined {
  const answer = useLiveQuery(
    async () => ({ staffId, date, locale, entries: await listDaySheet({ staffId, from: date, days: 1, locale }) }),
    [staffId, date, locale]
  )
  return answer !== undefined && answer.staffId === staffId && answer.date === date && answer.locale === locale ? answer.entries : undefined
}
