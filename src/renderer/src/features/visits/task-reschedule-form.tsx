import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CareTask } from '@shared/domain/care-task'
import { shopWallClock } from '@shared/domain/schedule'
import { rescheduleTask, type TaskWriteRefusal } from '../../data/repositories/care-tasks'
import { useActor } from '../../session/session-store'
import { FormButtons } from '../../ui/form-buttons'
import { formatShopDateTime } from './calendar-format'
import { formatTimeInput, startOf } from './task-form-values'
import { TaskRefusalMessage } from './task-refusal-message'

interface TaskRescheduleFormProps {
  readonly task: CareTask
  readonly date: string | null
  readonly occurrenceStartAt: string
  readonly onDone: (moved: CareTask) => void
  readonly onCancel: () => void
}

/** Moves the task (a series: this date only) to a new date and time, with the reason kept. */
export function TaskRescheduleForm({ task, date, occurrenceStartAt, onDone, onCancel }: TaskRescheduleFormProps) {
  const { t, i18n } = useTranslation()
  const actor = useActor()
  const [initial] = useState(() => shopWallClock(occurrenceStartAt))
  const [newDate, setNewDate] = useState(initial.date)
  const [time, setTime] = useState(formatTimeInput(initial.hour, initial.minute))
  const [reason, setReason] = useState('')
  const [refusal, setRefusal] = useState<TaskWriteRefusal | null>(null)
  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    const result = await rescheduleTask(task.id, { date, startAt: startOf({ date: newDate, time }), reason }, actor, new Date())
    if (result.ok) onDone(result.value)
    else setRefusal(result)
  }
  return (
    <form onSubmit={(event) => void save(event)} className="task-dialog-form">
      <p className="muted">{t('calendar.reschedule.from', { when: formatShopDateTime(occurrenceStartAt, i18n.language) })}</p>
      {date !== null ? <p className="hint">{t('calendar.reschedule.seriesHint')}</p> : null}
      <div className="task-pair">
        <label className="field">
          <span>{t('calendar.reschedule.date')}</span>
          <input type="date" required value={newDate} onChange={(event) => setNewDate(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('calendar.reschedule.time')}</span>
          <input type="time" required step={300} value={time} onChange={(event) => setTime(event.target.value)} />
        </label>
      </div>
      <label className="field">
        <span>{t('calendar.reschedule.reason')}</span>
        <input value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} autoFocus />
      </label>
      <TaskRefusalMessage refusal={refusal} />
      <FormButtons saveLabel={t('calendar.reschedule.save')} cancelLabel={t('calendar.close.back')} onCancel={onCancel} />
    </form>
  )
}
