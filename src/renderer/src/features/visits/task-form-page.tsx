import { useMemo } from 'react'
import { Link, useParams, useSearchParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { addDays, parseIsoDate, todayInShop } from '@shared/domain/days'
import { useTaskDetails } from '../../data/hooks/use-task-details'
import { useActor } from '../../session/session-store'
import { TaskForm } from './task-form'
import { newTaskValues, taskValues } from './task-form-values'
import './calendar.css'

/**
 * Plans a task (/visits/tasks/new, ?customer= from the customer card, ?date= from the
 * calendar) or edits one (/visits/tasks/:id/edit).
 */
export function TaskFormPage() {
  const { id } = useParams()
  return id === undefined ? <NewTask /> : <EditTask id={id} />
}

function NewTask() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const actor = useActor()
  // Tomorrow unless the calendar said which day: a visit is rarely planned for the same day.
  const tomorrow = useMemo(() => addDays(todayInShop(new Date()), 1), [])
  const requested = params.get('date') ?? ''
  const initial = newTaskValues({
    customerId: params.get('customer') ?? '',
    staffId: actor.staffId,
    date: parseIsoDate(requested) === null ? tomorrow : requested
  })
  return (
    <div className="page task-form-page">
      <h1>{t('calendar.form.newTitle')}</h1>
      <TaskForm key={`${initial.customerId}-${initial.date}`} initial={initial} />
    </div>
  )
}

function EditTask({ id }: { readonly id: string }) {
  const { t } = useTranslation()
  const details = useTaskDetails(id)
  if (details === undefined) return <p className="muted">{t('calendar.loading')}</p>
  if (details === null || details.task.deletedAt !== null || details.task.status !== 'planned') {
    return (
      <div className="page">
        <h1>{t('calendar.form.editTitle')}</h1>
        <p role="alert">{details === null || details.task.deletedAt !== null ? t('calendar.task.notFound') : t('calendar.errors.not-planned')}</p>
        <Link to={details === null ? '/visits/calendar' : `/visits/tasks/${id}`}>{t('calendar.task.backToCalendar')}</Link>
      </div>
    )
  }
  return (
    <div className="page task-form-page">
      <h1>{t('calendar.form.editTitle')}</h1>
      <TaskForm key={details.task.id} initial={taskValues(details.task)} task={details.task} />
    </div>
  )
}
