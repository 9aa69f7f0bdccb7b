import { useCallback } from 'react'
import { useSearchParams } from 'react-router-dom'
import { parseIsoDate } from '@shared/domain/days'
import { CALENDAR_VIEWS, type CalendarView } from './calendar-range'

export interface CalendarParams {
  readonly view: CalendarView
  /** The focus date, 'yyyy-mm-dd'. */
  readonly date: string
  /** '' for everyone. */
  readonly staffId: string
}

/**
 * The calendar's view, date and staff filter, kept in the address (…?view=day&date=2026-03-02):
 * Back returns to the dates seen before, and a task page can link to its own day.
 */
export function useCalendarParams(today: string): CalendarParams & { readonly update: (changes: Partial<CalendarParams>) => void } {
  const [params, setParams] = useSearchParams()
  const view = CALENDAR_VIEWS.find((candidate) => candidate === params.get('view')) ?? 'week'
  const requested = params.get('date') ?? ''
  const date = parseIsoDate(requested) === null ? today : requested
  const staffId = params.get('staff') ?? ''
  const update = useCallback(
    (changes: Partial<CalendarParams>) =>
      setParams((current) => {
        const next = new URLSearchParams(current)
        if (changes.view !== undefined) next.set('view', changes.view)
        if (changes.date !== undefined) next.set('date', changes.date)
        if (changes.staffId !== undefined) {
          if (changes.staffId === '') next.delete('staff')
          else next.set('staff', changes.staffId)
        }
        return next
      }),
    [setParams]
  )
  return { view, date, staffId, update }
}
