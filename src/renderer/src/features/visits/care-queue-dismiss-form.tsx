import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CareSuggestion } from '@shared/domain/care-rules'
import { dismissCareSuggestion, undoCareDecision } from '../../data/repositories/care-queue'
import { useActor } from '../../session/session-store'
import { FormButtons } from '../../ui/form-buttons'
import { useToastStore } from '../../ui/toast-store'

interface CareQueueDismissFormProps {
  readonly suggestion: CareSuggestion
  readonly onClose: () => void
}

/** Shown in a dialog: why the suggestion is dropped (required), kept with the decision. */
export function CareQueueDismissForm({ suggestion, onClose }: CareQueueDismissFormProps) {
  const { t } = useTranslation()
  const actor = useActor()
  const showToast = useToastStore((state) => state.show)
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const errorId = useId()

  const save = async (event: FormEvent) => {
    event.preventDefault()
    const result = await dismissCareSuggestion(suggestion, reason, actor)
    if (!result.ok) return setError(t(`careQueue.problems.${result.error}`))
    onClose()
    showToast({
      message: t('careQueue.dismiss.done', { name: suggestion.customerName }),
      actionLabel: t('careQueue.undo'),
      onAction: () => void undoCareDecision(result.decision.id, actor)
    })
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <label className="field">
        <span>{t('careQueue.dismiss.reason')}</span>
        <input
          value={reason}
          maxLength={200}
          placeholder={t('careQueue.dismiss.reasonHint')}
          onChange={(event) => setReason(event.target.value)}
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
      <FormButtons saveLabel={t('careQueue.dismiss.submit')} cancelLabel={t('careQueue.cancel')} onCancel={onClose} />
    </form>
  )
}
