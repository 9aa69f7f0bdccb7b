import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CareTask } from '@shared/domain/care-task'
import { defaultFollowUpStart } from '@shared/domain/care-task-lifecycle'
import { shopWallClock } from '@shared/domain/schedule'
import { completeTask, type CompletedTask, type TaskWriteRefusal } from '../../data/repositories/care-tasks'
import { useActor } from '../../session/session-store'
import { FormButtons } from '../../ui/form-buttons'
import { formatTimeInput, startOf } from './task-form-values'
import { TaskRefusalMessage } from './task-refusal-message'

interface TaskCompleteFormProps {
  readonly task: CareTask
  /** The series date being done; null for a one-off task. */
  readonly date: string | null
  readonly occurrenceStartAt: string
  readonly onDone: (completed: CompletedTask) => void
  readonly onCancel: () => void
}

const SCORES = [1, 2, 3, 4, 5] as const

/** Marks the task done: how it went, the customer's score, and the next task when a follow-up is needed. */
export function TaskCompleteForm({ task, date, occurrenceStartAt, onDone, onCancel }: TaskCompleteFormProps) {
  const { t } = useTranslation()
  const actor = useActor()
  const [outcome, setOutcome] = useState('')
  const [notes, setNotes] = useState(task.notes)
  const [score, setScore] = useState<number | null>(null)
  const [followUpNeeded, setFollowUpNeeded] = useState(false)
  const [suggested] = useState(() => shopWallClock(defaultFollowUpStart(occurrenceStartAt, new Date())))
  const [followUpDate, setFollowUpDate] = useState(suggested.date)
  const [followUpTime, setFollowUpTime] = useState(formatTimeInput(suggested.hour, suggested.minute))
  const [followUpPurpose, setFollowUpPurpose] = useState(() => t('calendar.complete.followUpPurposeDefault', { purpose: task.purpose }))
  const [refusal, setRefusal] = useState<TaskWriteRefusal | null>(null)

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    const followUp = followUpNeeded ? { startAt: startOf({ date: followUpDate, time: followUpTime }), purpose: followUpPurpose } : null
    const result = await completeTask(task.id, { date, outcome, notes, score, followUp }, actor, new Date())
    if (result.ok) onDone(result.value)
    else setRefusal(result)
  }

  return (
    <form onSubmit={(event) => void save(event)} className="task-dialog-form">
      <label className="field">
        <span>{t('calendar.complete.outcome')}</span>
        <textarea rows={2} maxLength={2000} value={outcome} placeholder={t('calendar.complete.outcomePlaceholder')} onChange={(event) => setOutcome(event.target.value)} autoFocus />
      </label>
      <fieldset className="score-picker">
        <legend>{t('calendar.complete.score')}</legend>
        {SCORES.map((value) => (
          <label key={value} className="score-option">
            <input type="radio" name="score" checked={score === value} onChange={() => setScore(value)} />
            <span>{t('calendar.complete.scoreOption', { score: value })}</span>
          </label>
        ))}
        <label className="score-option">
          <input type="radio" name="score" checked={score === null} onChange={() => setScore(null)} />
          <span>{t('calendar.complete.noScore')}</span>
        </label>
      </fieldset>
      <label className="field">
        <span>{t('calendar.complete.notes')}</span>
        <textarea rows={2} maxLength={2000} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </label>
      <label className="checkbox-field">
        <input type="checkbox" checked={followUpNeeded} onChange={(event) => setFollowUpNeeded(event.target.checked)} />
        <span>{t('calendar.complete.followUpNeeded')}</span>
      </label>
      {followUpNeeded ? (
        <div className="follow-up-fields">
          <label className="field">
            <span>{t('calendar.complete.followUpPurpose')}</span>
            <input value={followUpPurpose} maxLength={200} onChange={(event) => setFollowUpPurpose(event.target.value)} />
          </label>
          <div className="task-pair">
            <label className="field">
              <span>{t('calendar.complete.followUpDate')}</span>
              <input type="date" required value={followUpDate} onChange={(event) => setFollowUpDate(event.target.value)} />
            </label>
            <label className="field">
              <span>{t('calendar.complete.followUpTime')}</span>
              <input type="time" required step={300} value={followUpTime} onChange={(event) => setFollowUpTime(event.target.value)} />
            </label>
          </div>
        </div>
      ) : null}
      <TaskRefusalMessage refusal={refusal} />
      <FormButtons saveLabel={t('calendar.complete.save')} cancelLabel={t('calendar.close.back')} onCancel={onCancel} />
    </form>
  )
}
