import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { ScheduledTask } from '../../data/repositories/care-tasks'
import { formatLongDay, formatWeekday } from './calendar-format'
import { datesOf, dayOfMonth, sameMonth, type CalendarRange } from './calendar-range'
import { CalendarTaskChip } from './calendar-task-chip'
import { dayPath } from './task-paths'

interface CalendarMonthViewProps {
  readonly range: CalendarRange
  readonly focus: string
  readonly today: string
  readonly entries: readonly ScheduledTask[]
  readonly staffId: string
}

/** A busy day shows this many tasks and a link to the rest. */
const TASKS_PER_CELL = 3

/** Monday first, as the weeks of the grid run. */
const WEEKDAYS_FROM_MONDAY = [1, 2, 3, 4, 5, 6, 0] as const

/** The month as whole weeks; each day shows its first tasks and how many more, and opens the day. */
export function CalendarMonthView({ range, focus, today, entries, staffId }: CalendarMonthViewProps) {
  const { t, i18n } = useTranslation()
  return (
    <div className="calendar-month">
      {WEEKDAYS_FROM_MONDAY.map((weekday) => (
        <div key={weekday} className="calendar-month-weekday" aria-hidden="true">
          {formatWeekday(weekday, i18n.language)}
        </div>
      ))}
      {datesOf(range).map((date) => {
        const ofDay = entries.filter((entry) => entry.date === date)
        const className = ['calendar-month-day', sameMonth(date, focus) ? '' : 'is-other-month', date === today ? 'is-today' : '']
          .filter(Boolean)
          .join(' ')
        return (
          <section key={date} className={className} aria-label={formatLongDay(date, i18n.language)}>
            <Link className="calendar-month-date" to={dayPath(date, staffId)} title={t('calendar.openDay', { date: formatLongDay(date, i18n.language) })}>
              {dayOfMonth(date)}
            </Link>
            <ul className="task-chip-list">
              {ofDay.slice(0, TASKS_PER_CELL).map((entry) => (
                <li key={`${entry.task.id}-${entry.date}`}>
                  <CalendarTaskChip entry={entry} />
                </li>
              ))}
            </ul>
            {ofDay.length > TASKS_PER_CELL ? (
              <Link className="calendar-more" to={dayPath(date, staffId)}>
                {t('calendar.more', { count: ofDay.length - TASKS_PER_CELL })}
              </Link>
            ) : null}
          </section>
        )
      })}
    </div>
  )
}
