import { useMemo, useState } from 'react'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { todayInShop } from '@shared/domain/days'
import { isRecurring } from '@shared/domain/recurrence'
import { shopWallClock } from '@shared/domain/schedule'
import { useTaskDetails } from '../../data/hooks/use-task-details'
import type { CompletedTask, TaskDetails } from '../../data/repositories/care-tasks'
import { ModalDialog } from '../../ui/modal-dialog'
import { useToastStore } from '../../ui/toast-store'
import { formatLongDay } from './calendar-format'
import { TaskCloseForm } from './task-close-form'
import { TaskCompleteForm } from './task-complete-form'
import { TaskFacts } from './task-facts'
import { TaskRescheduleForm } from './task-reschedule-form'
import { openDates, shownOccurrence } from './task-occurrence'
import { dayPath } from './task-paths'
import './calendar.css'

type OpenDialog = 'done' | 'missed' | 'cancelled' | 'reschedule' | null

/** A task's details and what can be done with it: done, missed, cancel, reschedule, edit. */
export function TaskPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const details = useTaskDetails(id)
  if (details === undefined) return <p className="muted">{t('calendar.loading')}</p>
  if (details === null) {
    return (
      <div className="page">
        <h1>{t('calendar.title')}</h1>
        <p role="alert">{t('calendar.task.notFound')}</p>
        <Link to="/visits/calendar">{t('calendar.task.backToCalendar')}</Link>
      </div>
    )
  }
  return <TaskView key={details.task.id} details={details} />
}

function TaskView({ details }: { readonly details: TaskDetails }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const showToast = useToastStore((state) => state.show)
  const [params, setParams] = useSearchParams()
  const today = useMemo(() => todayInShop(new Date()), [])
  const [dialog, setDialog] = useState<OpenDialog>(null)
  const [createdFollowUp, setCreatedFollowUp] = useState<CompletedTask['followUp']>(null)
  const { task, exceptions } = details
  const series = isRecurring(task.recurrence)
  const occurrence = shownOccurrence(task, exceptions, params.get('on'), today)
  const date = occurrence?.date ?? null
  const canAct = task.deletedAt === null && occurrence !== null && occurrence.takenBy === null
  const planned = canAct && task.status === 'planned'
  const statusChangesHere = planned && task.complaintId === null
  const close = () => setDialog(null)

  const afterWrite = (written: { readonly id: string }, message?: string) => {
    close()
    if (message) showToast({ message })
    // Acting on a date of a series made a record of its own: that record is what the clerk now looks at.
    if (written.id !== task.id) navigate(`/visits/tasks/${written.id}`)
  }

  return (
    <div className="page task-page">
      {task.deletedAt !== null ? (
        <p className="banner" role="status">
          {t('calendar.task.deleted')}
        </p>
      ) : null}
      <div className="page-header">
        <h1>{task.purpose}</h1>
        <span className={`task-status-badge task-${task.status}`}>{t(`calendar.statuses.${task.status}`)}</span>
        <div className="page-actions">
          <Link to={dayPath(shopWallClock(occurrence?.startAt ?? task.startAt).date)}>{t('calendar.task.showInCalendar')}</Link>
        </div>
      </div>

      {series && occurrence !== null ? (
        <label className="field-inline occurrence-picker">
          <span>{t('calendar.task.pickOccurrence')}</span>
          <select value={date ?? ''} onChange={(event) => setParams({ on: event.target.value }, { replace: true })}>
            {[...new Set([...(date === null ? [] : [date]), ...openDates(task, exceptions, today)])].sort().map((option) => (
              <option key={option} value={option}>
                {formatLongDay(option, i18n.language)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {occurrence?.takenBy ? (
        <p className="banner" role="status">
          {t('calendar.task.dateTaken')} <Link to={`/visits/tasks/${occurrence.takenBy.id}`}>{t('calendar.task.openTaken')}</Link>
        </p>
      ) : null}

      <section className="card">
        <TaskFacts details={details} occurrence={occurrence} />
      </section>

      {createdFollowUp ? (
        <p className="ok-text" role="status">
          {t('calendar.complete.followUpCreated')} <Link to={`/visits/tasks/${createdFollowUp.id}`}>{createdFollowUp.purpose}</Link>
        </p>
      ) : null}

      {task.complaintId !== null && planned ? (
        <p className="hint">
          {t('calendar.task.complaintHint')} <Link to={`/complaints/${task.complaintId}`}>{t('calendar.task.openComplaint')}</Link>
        </p>
      ) : null}

      {canAct && (task.status === 'planned' || task.status === 'missed') ? (
        <div className="button-row task-actions">
          {statusChangesHere ? (
            <>
              <button type="button" className="primary" onClick={() => setDialog('done')}>
                {t('calendar.task.markDone')}
              </button>
              <button type="button" onClick={() => setDialog('missed')}>
                {t('calendar.task.markMissed')}
              </button>
            </>
          ) : null}
          <button type="button" onClick={() => setDialog('reschedule')}>
            {t('calendar.task.reschedule')}
          </button>
          {planned ? (
            <Link className="button" to={`/visits/tasks/${task.id}/edit`}>
              {t('calendar.task.edit')}
            </Link>
          ) : null}
          {statusChangesHere ? (
            <button type="button" className="danger" onClick={() => setDialog('cancelled')}>
              {t('calendar.task.cancel')}
            </button>
          ) : null}
        </div>
      ) : null}

      {occurrence !== null ? (
        <>
          <ModalDialog open={dialog === 'done'} title={t('calendar.complete.title')} onCancel={close} size="wide">
            <TaskCompleteForm
              task={task}
              date={date}
              occurrenceStartAt={occurrence.startAt}
              onCancel={close}
              onDone={(completed) => {
                setCreatedFollowUp(completed.followUp)
                afterWrite(completed.task, t('calendar.complete.done'))
              }}
            />
          </ModalDialog>
          <ModalDialog open={dialog === 'missed'} title={t('calendar.close.missedTitle')} onCancel={close}>
            <TaskCloseForm task={task} date={date} status="missed" onCancel={close} onDone={(closed) => afterWrite(closed)} />
          </ModalDialog>
          <ModalDialog open={dialog === 'cancelled'} title={t('calendar.close.cancelTitle')} onCancel={close}>
            <TaskCloseForm task={task} date={date} status="cancelled" onCancel={close} onDone={(closed) => afterWrite(closed)} />
          </ModalDialog>
          <ModalDialog open={dialog === 'reschedule'} title={t('calendar.reschedule.title')} onCancel={close}>
            <TaskRescheduleForm task={task} date={date} occurrenceStartAt={occurrence.startAt} onCancel={close} onDone={(moved) => afterWrite(moved)} />
          </ModalDialog>
        </>
      ) : null}
    </div>
  )
}
