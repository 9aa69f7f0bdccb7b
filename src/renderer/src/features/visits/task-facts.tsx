import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { isRecurring } from '@shared/domain/recurrence'
import { parseSeriesOccurrenceKey, shopWallClock } from '@shared/domain/schedule'
import { useAllStaff } from '../../data/hooks/use-staff'
import type { TaskDetails } from '../../data/repositories/care-tasks'
import { formatLongDay, formatShopDateTime, formatShopTime } from './calendar-format'
import { TaskRecurrenceText } from './task-recurrence-text'
import type { ShownOccurrence } from './task-occurrence'

/** Everything known about the task: who, how, when, for how long, how it went, and where it came from. */
export function TaskFacts({ details, occurrence }: { readonly details: TaskDetails; readonly occurrence: ShownOccurrence | null }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const staff = useAllStaff()
  const { task, customer, followUp, followedUp, series } = details
  const staffName = task.staffId === null ? t('calendar.unassigned') : (staff?.find((member) => member.id === task.staffId)?.name ?? '')
  const seriesKey = parseSeriesOccurrenceKey(task.occasionKey)
  return (
    <dl className="facts task-facts">
      <dt>{t('calendar.task.customer')}</dt>
      <dd>{customer ? <Link to={`/customers/${customer.id}`}>{customer.name}</Link> : t('calendar.clash.unknownCustomer')}</dd>
      <dt>{t('calendar.task.method')}</dt>
      <dd>{task.complaintId !== null ? `${t(`calendar.methods.${task.method}`)} · ${t('calendar.followUpCall')}` : t(`calendar.methods.${task.method}`)}</dd>
      <dt>{isRecurring(task.recurrence) ? t('calendar.task.occurrence') : t('calendar.task.when')}</dt>
      <dd>
        {occurrence
          ? `${formatLongDay(shopWallClock(occurrence.startAt).date, language)} ${t('calendar.taskTime', {
              from: formatShopTime(occurrence.startAt, language),
              to: formatShopTime(occurrence.endAt, language)
            })}`
          : t('calendar.task.seriesEnded')}
      </dd>
      <dt>{t('calendar.task.duration')}</dt>
      <dd>{t('calendar.minutes', { count: task.durationMinutes })}</dd>
      <dt>{t('calendar.task.staff')}</dt>
      <dd>{staffName}</dd>
      {isRecurring(task.recurrence) ? (
        <>
          <dt>{t('calendar.task.recurrence')}</dt>
          <dd>
            <TaskRecurrenceText recurrence={task.recurrence} anchor={shopWallClock(task.startAt).date} />
          </dd>
        </>
      ) : null}
      {task.outcome ? (
        <>
          <dt>{t('calendar.task.outcome')}</dt>
          <dd className="pre-wrap">{task.outcome}</dd>
        </>
      ) : null}
      {task.satisfactionScore !== null ? (
        <>
          <dt>{t('calendar.task.score')}</dt>
          <dd>{t('calendar.task.scoreValue', { score: task.satisfactionScore })}</dd>
        </>
      ) : null}
      {task.notes ? (
        <>
          <dt>{t('calendar.task.notes')}</dt>
          <dd className="pre-wrap">{task.notes}</dd>
        </>
      ) : null}
      {task.followUpNeeded ? (
        <>
          <dt>{t('calendar.task.followUpNeeded')}</dt>
          <dd>{t('calendar.task.yes')}</dd>
        </>
      ) : null}
      {followUp ? (
        <>
          <dt>{t('calendar.task.followUp')}</dt>
          <dd>
            <Link to={`/visits/tasks/${followUp.id}`}>
              {followUp.purpose} · {formatShopDateTime(followUp.startAt, language)}
            </Link>
          </dd>
        </>
      ) : null}
      {followedUp ? (
        <>
          <dt>{t('calendar.task.followUpOf')}</dt>
          <dd>
            <Link to={`/visits/tasks/${followedUp.id}`}>
              {followedUp.purpose} · {formatShopDateTime(followedUp.startAt, language)}
            </Link>
          </dd>
        </>
      ) : null}
      {series && seriesKey ? (
        <>
          <dt>{t('calendar.task.series')}</dt>
          <dd>
            <Link to={`/visits/tasks/${series.id}?on=${seriesKey.date}`}>{series.purpose}</Link>
          </dd>
        </>
      ) : null}
      {task.complaintId !== null ? (
        <>
          <dt>{t('calendar.task.complaint')}</dt>
          <dd>
            <Link to={`/complaints/${task.complaintId}`}>{task.purpose}</Link>
          </dd>
        </>
      ) : null}
      {task.rescheduleHistory.length > 0 ? (
        <>
          <dt>{t('calendar.task.history')}</dt>
          <dd>
            <ul className="reschedule-history">
              {task.rescheduleHistory.map((entry) => (
                <li key={`${entry.at}-${entry.to}`}>
                  {t('calendar.task.historyEntry', {
                    from: formatShopDateTime(entry.from, language),
                    to: formatShopDateTime(entry.to, language),
                    reason: entry.reason
                  })}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  )
}
