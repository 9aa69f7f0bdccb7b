import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { CARE_METHODS, type CareTask } from '@shared/domain/care-task'
import { isRecurring } from '@shared/domain/recurrence'
import { useAllStaff } from '../../data/hooks/use-staff'
import { createTask, updateTask, type TaskWriteRefusal } from '../../data/repositories/care-tasks'
import { useActor } from '../../session/session-store'
import { EnumSelect } from '../../ui/enum-select'
import { FormButtons } from '../../ui/form-buttons'
import { formatShopDateTime } from './calendar-format'
import { TaskCustomerField } from './task-customer-field'
import { DURATION_CHOICES, draftOf, startOf, type TaskFormValues } from './task-form-values'
import { TaskRecurrenceFields } from './task-recurrence-fields'
import { TaskRefusalMessage } from './task-refusal-message'

interface TaskFormProps {
  readonly initial: TaskFormValues
  /** The task being edited; undefined for a new one. */
  readonly task?: CareTask
}

/**
 * Plans a task, or edits one. A booking that clashes with the staff member's other tasks is
 * refused and the clash explained; moving an existing task asks why.
 */
export function TaskForm({ initial, task }: TaskFormProps) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const allStaff = useAllStaff()
  const [values, setValues] = useState(initial)
  const [reason, setReason] = useState('')
  const [refusal, setRefusal] = useState<TaskWriteRefusal | { readonly failed: string } | null>(null)
  const [saving, setSaving] = useState(false)
  const change = (changes: Partial<TaskFormValues>) => setValues((current) => ({ ...current, ...changes }))
  const moved = task !== undefined && startOf(values) !== '' && startOf(values) !== task.startAt
  const durations = [...new Set([...DURATION_CHOICES, values.durationMinutes])].sort((a, b) => a - b)
  // Former staff leave the list, unless the task is already theirs.
  const staff = (allStaff ?? []).filter((member) => member.active || member.id === initial.staffId)

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    if (values.customerId === '') {
      setRefusal({ ok: false, error: 'customer-required' })
      return
    }
    setSaving(true)
    try {
      const draft = draftOf(values)
      const result = task === undefined ? await createTask(draft, actor) : await updateTask(task.id, draft, reason, actor, new Date())
      if (result.ok) navigate(`/visits/tasks/${result.value.id}`)
      else setRefusal(result)
    } catch (error) {
      setRefusal({ failed: error instanceof Error ? error.message : String(error) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="card task-form" onSubmit={(event) => void save(event)} aria-busy={saving}>
      <TaskCustomerField customerId={values.customerId} onChange={(customerId) => change({ customerId })} locked={task !== undefined && task.complaintId !== null} />
      <label className="field">
        <span>{t('calendar.form.purpose')}</span>
        <input value={values.purpose} maxLength={200} placeholder={t('calendar.form.purposePlaceholder')} onChange={(event) => change({ purpose: event.target.value })} />
      </label>
      <div className="form-grid task-form-grid">
        <EnumSelect
          label={t('calendar.form.method')}
          value={values.method}
          options={CARE_METHODS}
          optionLabel={(method) => t(`calendar.methods.${method}`)}
          onChange={(method) => change({ method })}
        />
        <label className="field">
          <span>{t('calendar.form.date')}</span>
          <input type="date" required value={values.date} onChange={(event) => change({ date: event.target.value })} />
        </label>
        <label className="field">
          <span>{t('calendar.form.time')}</span>
          <input type="time" required step={300} value={values.time} onChange={(event) => change({ time: event.target.value })} />
        </label>
        <label className="field">
          <span>{t('calendar.form.duration')}</span>
          <select value={values.durationMinutes} onChange={(event) => change({ durationMinutes: Number(event.target.value) })}>
            {durations.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('calendar.minutes', { count: minutes })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('calendar.form.staff')}</span>
          <select value={values.staffId} onChange={(event) => change({ staffId: event.target.value })}>
            <option value="">{t('calendar.form.nobody')}</option>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <TaskRecurrenceFields values={values} onChange={change} />
      {task !== undefined && isRecurring(task.recurrence) ? <p className="hint">{t('calendar.form.seriesHint')}</p> : null}
      <label className="field">
        <span>{t('calendar.form.notes')}</span>
        <textarea rows={3} maxLength={2000} value={values.notes} onChange={(event) => change({ notes: event.target.value })} />
      </label>
      {moved ? (
        <label className="field reschedule-reason">
          <span>{t('calendar.form.reason')}</span>
          <span className="hint">{t('calendar.form.reasonHint')}</span>
          <span className="reschedule-move">
            {formatShopDateTime(task.startAt, i18n.language)} → {formatShopDateTime(startOf(values), i18n.language)}
          </span>
          <input value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
        </label>
      ) : null}
      <TaskRefusalMessage refusal={refusal} />
      <FormButtons saveLabel={t('calendar.form.save')} cancelLabel={t('calendar.form.cancel')} onCancel={() => navigate(-1)} />
    </form>
  )
}
