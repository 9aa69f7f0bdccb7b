import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CLOSE_CHECKLIST } from '@shared/domain/complaint-lifecycle'
import { useIntake } from './intake-context'
import { IntakeTextArea } from './intake-text-area'
import { TransitionErrorText } from './transition-error-text'
import { useActionForm } from './use-action-form'

/** 结案: a reason and the three checks of ISO 10002's closing, every one of them, every time. */
export function CloseComplaintForm() {
  const { t } = useTranslation()
  const { complaint, recordHits } = useIntake()
  const [reason, setReason] = useState('')
  const [checked, setChecked] = useState<readonly string[]>([])
  const { error, onSubmit } = useActionForm(complaint.id, () => ({ type: 'close', reason, checklist: checked }), () => recordHits('closeReason', reason))

  const toggle = (item: string) => setChecked((current) => (current.includes(item) ? current.filter((done) => done !== item) : [...current, item]))

  return (
    <form className="lifecycle-form" onSubmit={onSubmit} aria-labelledby="close-form-title">
      <h3 id="close-form-title">{t('complaints.lifecycle.closeTitle')}</h3>
      {complaint.status === 'resolved' ? <p className="hint">{t('complaints.lifecycle.closeWithoutFollowUp')}</p> : null}
      <IntakeTextArea name="closeReason" label={t('complaints.lifecycle.closeReason')} value={reason} onText={setReason} rows={2} />
      <fieldset className="checklist">
        <legend>{t('complaints.lifecycle.checklist')}</legend>
        {CLOSE_CHECKLIST.map((item) => (
          <label key={item} className="choice">
            <input type="checkbox" checked={checked.includes(item)} onChange={() => toggle(item)} />
            {t(`complaints.closeChecklist.${item}`)}
          </label>
        ))}
      </fieldset>
      <TransitionErrorText error={error} />
      <div className="button-row">
        <button type="submit" className="primary">
          {t('complaints.lifecycle.close')}
        </button>
      </div>
    </form>
  )
}
