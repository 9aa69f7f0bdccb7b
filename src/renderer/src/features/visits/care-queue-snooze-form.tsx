import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CareSuggestion } from '@shared/domain/care-rules'
import { addDays } from '@shared/domain/days'
import { snoozeCareSuggestion, undoCareDecision } from '../../data/repositories/care-queue'
import { useActor } from '../../session/session-store'
import { FormButtons } from '../../ui/form-buttons'
import { useToastStore } from '../../ui/toast-store'
import { formatCareDay } from './care-queue-format'

/** How long a snooze lasts unless the clerk picks another day: a week, the queue's own horizon. */
const DEFAULT_SNOOZE_DAYS = 7

interface CareQueueSnoozeFormProps {
  readonly suggestion: CareSuggestion
  readonly today: string
  readonly onClose: () => void
}

/** Shown in a dialog: the day the suggestion comes back, and an optional note. */
export function CareQueueSnoozeForm({ suggestion, today, onClose }: CareQueueSnoozeFormProps) {
  const { t, i18n } = useTranslation()
  const actor = useActor()
  const showToast = useToastStore((state) => state.show)
  const [until, setUntil] = useState(() => addDays(today, DEFAULT_SNOOZE_DAYS))
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const errorId = useId()

  const save = async (event: FormEvent) => {
    event.preventDefault()
    const result = await snoozeCareSuggestion(suggestion, { until, reason: note, today }, actor)
    if (!result.ok) return setError(t(`careQueue.problems.${result.error}`))
    onClose()
    showToast({
      message: t('careQueue.snooze.done', { name: suggestion.customerName, date: formatCareDay(until, today, i18n.language) }),
      actionLabel: t('careQueue.undo'),
      onAction: () => void undoCareDecision(result.decision.id, actor)
    })
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <label className="field">
        <span>{t('careQueue.snooze.until')}</span>
        <input
          type="date"
          value={until}
          min={addDays(today, 1)}
          onChange={(event) => setUntil(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          autoFocus
        />
      </label>
      {error ? (
        <p id={errorId} role="alert" className="error-text">
          {error}
        </p>
      ) : null}
      <label className="field">
        <span>{t('careQueue.snooze.note')}</span>
        <input value={note} maxLength={200} onChange={(event) => setNote(event.target.value)} />
      </label>
      <FormButtons saveLabel={t('careQueue.snooze.submit')} cancelLabel={t('careQueue.cancel')} onCancel={onClose} />
    </form>
  )
}
