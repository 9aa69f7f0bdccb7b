import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { ScheduledTask } from '../../data/repositories/care-tasks'
import { formatLongDay, formatShopTime } from './calendar-format'
import { taskPath } from './task-paths'

interface CalendarAgendaViewProps {
  readonly entries: readonly ScheduledTask[]
  readonly today: string
  readonly staffName: (id: string | null) => string
}

/** The tasks of the coming days as a list, by day: time, customer, purpose, method, staff and status. */
export function CalendarAgendaView({ entries, today, staffName }: CalendarAgendaViewProps) {
  const { t, i18n } = useTranslation()
  if (entries.length === 0) return <p className="muted">{t('calendar.empty')}</p>
  const dates = [...new Set(entries.map((entry) => entry.date))]
  return (
    <div className="calendar-agenda">
      {dates.map((date) => (
        <section key={date} aria-label={formatLongDay(date, i18n.language)}>
          <h2 className={date === today ? 'is-today' : undefined}>{formatLongDay(date, i18n.language)}</h2>
          <ul className="agenda-list">
            {entries
              .filter((entry) => entry.date === date)
              .map((entry) => (
                <li key={`${entry.task.id}-${entry.date}`} className={`agenda-item task-${entry.task.status}`}>
                  <span className="agenda-time">
                    {t('calendar.taskTime', { from: formatShopTime(entry.startAt, i18n.language), to: formatShopTime(entry.endAt, i18n.language) })}
                  </span>
                  <Link to={taskPath(entry)} className="agenda-customer">
                    {entry.customer?.name ?? t('calendar.clash.unknownCustomer')}
                  </Link>
                  <span className="agenda-purpose">{entry.task.purpose}</span>
                  <span>{entry.task.complaintId !== null ? t('calendar.followUpCall') : t(`calendar.methods.${entry.task.method}`)}</span>
                  <span className="muted">{staffName(entry.task.staffId) || t('calendar.unassigned')}</span>
                  <span className="task-status">{t(`calendar.statuses.${entry.task.status}`)}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
