import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CareTask } from '@shared/domain/care-task'
import { isRecurring } from '@shared/domain/recurrence'
import { cancelTask, markMissed, type TaskWriteRefusal } from '../../data/repositories/care-tasks'
import { useActor } from '../../session/session-store'
import { FormButtons } from '../../ui/form-buttons'
import { TaskRefusalMessage } from './task-refusal-message'

interface TaskCloseFormProps {
  readonly task: CareTask
  readonly date: string | null
  readonly status: 'missed' | 'cancelled'
  readonly onDone: (closed: CareTask) => void
  readonly onCancel: () => void
}

/** Marks the task missed, or cancels it (a series: this date, or this date and all after it), with an optional reason. */
export function TaskCloseForm({ task, date, status, onDone, onCancel }: TaskCloseFormProps) {
  const { t } = useTranslation()
  const actor = useActor()
  const [note, setNote] = useState('')
  const [wholeSeries, setWholeSeries] = useState(false)
  const [refusal, setRefusal] = useState<TaskWriteRefusal | null>(null)
  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    const result = status === 'missed' ? await markMissed(task.id, { date, note }, actor) : await cancelTask(task.id, { date, note, wholeSeries }, actor)
    if (result.ok) onDone(result.value)
    else setRefusal(result)
  }
  return (
    <form onSubmit={(event) => void save(event)} className="task-dialog-form">
      <label className="field">
        <span>{t('calendar.close.note')}</span>
        <input value={note} maxLength={200} onChange={(event) => setNote(event.target.value)} autoFocus />
      </label>
      {status === 'cancelled' && isRecurring(task.recurrence) ? (
        <label className="checkbox-field">
          <input type="checkbox" checked={wholeSeries} onChange={(event) => setWholeSeries(event.target.checked)} />
          <span>{t('calendar.close.wholeSeries')}</span>
        </label>
      ) : null}
      <TaskRefusalMessage refusal={refusal} />
      <FormButtons
        saveLabel={status === 'missed' ? t('calendar.close.confirmMissed') : t('calendar.close.confirmCancel')}
        cancelLabel={t('calendar.close.back')}
        onCancel={onCancel}
      />
    </form>
  )
}
