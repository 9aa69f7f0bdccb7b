import { useMemo } from 'react'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { todayInShop } from '@shared/domain/days'
import type { Staff } from '@shared/domain/staff'
import type { ScheduledTask } from '../../data/repositories/care-tasks'
import { useAllStaff } from '../../data/hooks/use-staff'
import { useTasksInRange } from '../../data/hooks/use-tasks-in-range'
import { CalendarAgendaView } from './calendar-agenda-view'
import { CalendarExport } from './calendar-export'
import { CalendarDayView, type DayColumn } from './calendar-day-view'
import { formatDateRange, formatLongDay, formatMonth } from './calendar-format'
import { CalendarMonthView } from './calendar-month-view'
import { viewRange, type CalendarView } from './calendar-range'
import { CalendarToolbar } from './calendar-toolbar'
import { CalendarWeekView } from './calendar-week-view'
import { useCalendarParams } from './use-calendar-params'
import './calendar.css'

/** Day, week and month views and an agenda list of visits and calls, for everyone or one member of staff. */
export function CalendarPage() {
  const { t, i18n } = useTranslation()
  const today = useMemo(() => todayInShop(new Date()), [])
  const { view, date, staffId, update } = useCalendarParams(today)
  const range = viewRange(view, date)
  const entries = useTasksInRange(range.from, range.to, staffId === '' ? undefined : staffId)
  const staff = useAllStaff()
  const staffName = (id: string | null): string => (id === null ? '' : (staff?.find((member) => member.id === id)?.name ?? ''))
  const offered = (staff ?? []).filter((member) => member.active || member.id === staffId)

  return (
    <div className="page page-wide calendar-page">
      <div className="page-header">
        <h1>{t('calendar.title')}</h1>
        <span className="calendar-range-title" aria-live="polite">
          {rangeTitle(view, date, range, i18n.language)}
        </span>
        <div className="page-actions">
          <CalendarExport entries={entries} range={range} />
          {/* The day on screen, for the staff member chosen (or everyone), ready to print. */}
          <Link className="button" to={`/visits/day-sheet?staff=${staffId === '' ? 'all' : staffId}&date=${date}`}>
            {t('calendar.daySheet')}
          </Link>
          <Link className="button primary" to={`/visits/tasks/new?date=${date}`}>
            {t('calendar.newTask')}
          </Link>
        </div>
      </div>
      <CalendarToolbar view={view} date={date} staffId={staffId} today={today} staff={offered} onChange={update} />
      {entries === undefined ? (
        <p className="muted">{t('calendar.loading')}</p>
      ) : view === 'day' ? (
        <CalendarDayView date={date} columns={dayColumns(entries, staffId, offered, staffName, t('calendar.unassigned'))} />
      ) : view === 'week' ? (
        <CalendarWeekView range={range} today={today} entries={entries} staffId={staffId} staffName={staffName} />
      ) : view === 'month' ? (
        <CalendarMonthView range={range} focus={date} today={today} entries={entries} staffId={staffId} />
      ) : (
        <CalendarAgendaView entries={entries} today={today} staffName={staffName} />
      )}
    </div>
  )
}

function rangeTitle(view: CalendarView, date: string, range: { readonly from: string; readonly to: string }, language: string): string {
  if (view === 'day') return formatLongDay(date, language)
  if (view === 'month') return formatMonth(date, language)
  return formatDateRange(range.from, range.to, language)
}

/**
 * The day view's columns: the one member of staff filtered on; or everyone active, anyone
 * else with a task that day, and the unassigned tasks when there are some.
 */
function dayColumns(
  entries: readonly ScheduledTask[],
  staffId: string,
  active: readonly Staff[],
  staffName: (id: string | null) => string,
  unassigned: string
): readonly DayColumn[] {
  if (staffId !== '') return [{ key: staffId, title: staffName(staffId), entries }]
  const ids = [...new Set([...active.map((member) => member.id), ...entries.flatMap((entry) => (entry.task.staffId === null ? [] : [entry.task.staffId]))])]
  const columns: DayColumn[] = ids.map((id) => ({ key: id, title: staffName(id) || id, entries: entries.filter((entry) => entry.task.staffId === id) }))
  const nobody = entries.filter((entry) => entry.task.staffId === null)
  if (nobody.length > 0 || columns.length === 0) columns.push({ key: '', title: unassigned, entries: nobody })
  return columns
}
