import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { ScheduledTask } from '../../data/repositories/care-tasks'
import { formatShopTime } from './calendar-format'
import { taskPath } from './task-paths'

interface CalendarTaskChipProps {
  readonly entry: ScheduledTask
  /** Shown when the calendar shows everyone: whose task it is. */
  readonly staffName?: string
  /** Where there is room (day and week), what the task is for. */
  readonly showPurpose?: boolean
}

/**
 * One task in a calendar view: time, customer, method, and its status when it is no longer
 * planned (in words, not only in colour). Opens the task.
 */
export function CalendarTaskChip({ entry, staffName, showPurpose = false }: CalendarTaskChipProps) {
  const { t, i18n } = useTranslation()
  const { task } = entry
  return (
    <Link to={taskPath(entry)} className={`task-chip task-${task.status}`}>
      <span className="task-chip-time">{formatShopTime(entry.startAt, i18n.language)}</span>
      <span className="task-chip-customer">{entry.customer?.name ?? t('calendar.clash.unknownCustomer')}</span>
      <span className="task-chip-method">
        {task.complaintId !== null ? t('calendar.followUpCall') : t(`calendar.methods.${task.method}`)}
        {staffName ? ` · ${staffName}` : ''}
      </span>
      {task.status === 'planned' ? null : <span className="task-chip-status">{t(`calendar.statuses.${task.status}`)}</span>}
      {showPurpose ? <span className="task-chip-purpose">{task.purpose}</span> : null}
    </Link>
  )
}
