import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { ScheduledTask } from '../../data/repositories/care-tasks'
import { formatDayHead, formatLongDay } from './calendar-format'
import { datesOf, type CalendarRange } from './calendar-range'
import { CalendarTaskChip } from './calendar-task-chip'
import { dayPath } from './task-paths'

interface CalendarWeekViewProps {
  readonly range: CalendarRange
  readonly today: string
  readonly entries: readonly ScheduledTask[]
  readonly staffId: string
  readonly staffName: (id: string | null) => string
}

/** Seven days side by side, each day's tasks in time order; a day's head opens that day. */
export function CalendarWeekView({ range, today, entries, staffId, staffName }: CalendarWeekViewProps) {
  const { t, i18n } = useTranslation()
  return (
    <div className="calendar-week">
      {datesOf(range).map((date) => {
        const ofDay = entries.filter((entry) => entry.date === date)
        const head = formatDayHead(date, i18n.language)
        return (
          <section key={date} className={date === today ? 'calendar-week-day is-today' : 'calendar-week-day'} aria-label={formatLongDay(date, i18n.language)}>
            <h2>
              <Link to={dayPath(date, staffId)} title={t('calendar.openDay', { date: formatLongDay(date, i18n.language) })}>
                <span className="calendar-week-weekday">{head.weekday}</span> <span className="calendar-week-date">{head.date}</span>
              </Link>
            </h2>
            <ul className="task-chip-list">
              {ofDay.map((entry) => (
                <li key={`${entry.task.id}-${entry.date}`}>
                  <CalendarTaskChip entry={entry} staffName={staffId === '' ? staffName(entry.task.staffId) : undefined} showPurpose />
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
