import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useIntake } from './intake-context'
import { IntakeTextArea } from './intake-text-area'
import { TransitionErrorText } from './transition-error-text'
import { useActionForm } from './use-action-form'

/** The resolution did not hold (the repair failed again, the call found the customer unhappy): back to work, with why. */
export function ReopenComplaintForm() {
  const { t } = useTranslation()
  const { complaint, recordHits } = useIntake()
  const [reason, setReason] = useState('')
  const { error, onSubmit } = useActionForm(complaint.id, () => ({ type: 'reopen', reason }), () => recordHits('reopenReason', reason))

  return (
    <details className="lifecycle-form">
      <summary>{t('complaints.lifecycle.reopenTitle')}</summary>
      <form onSubmit={onSubmit}>
        <IntakeTextArea name="reopenReason" label={t('complaints.lifecycle.reopenReason')} value={reason} onText={setReason} rows={2} />
        <TransitionErrorText error={error} />
        <div className="button-row">
          <button type="submit">{t('complaints.lifecycle.reopen')}</button>
        </div>
      </form>
    </details>
  )
}
