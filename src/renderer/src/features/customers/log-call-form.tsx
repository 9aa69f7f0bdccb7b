import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CALL_OUTCOMES, type CallOutcome } from '@shared/domain/interaction'
import { logCall } from '../../data/repositories/customer-actions'
import { useActor } from '../../session/session-store'
import { EnumSelect } from '../../ui/enum-select'
import { FormButtons } from '../../ui/form-buttons'
import { localDateTimeInputValue } from './local-date-input'

/** Shown inside a ModalDialog from the customer card. */
export function LogCallForm({ customerId, onClose }: { readonly customerId: string; readonly onClose: () => void }) {
  const { t } = useTranslation()
  const actor = useActor()
  const [outcome, setOutcome] = useState<CallOutcome>('reached')
  const [summary, setSummary] = useState('')
  const [openedAt] = useState(() => localDateTimeInputValue(new Date()))
  const [at, setAt] = useState(openedAt)
  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    // Left at "now", the call gets the exact time, so it sorts after anything done a moment earlier.
    const when = at === openedAt ? new Date() : new Date(at)
    await logCall(customerId, { outcome, summary: summary.trim(), at: when.toISOString() }, actor)
    onClose()
  }
  return (
    <form onSubmit={(event) => void save(event)}>
      <EnumSelect
        label={t('customers.logCall.outcome')}
        value={outcome}
        options={CALL_OUTCOMES}
        optionLabel={(option) => t(`customers.callOutcomes.${option}`)}
        onChange={setOutcome}
      />
      <label className="field">
        <span>{t('customers.logCall.summary')}</span>
        <textarea value={summary} onChange={(event) => setSummary(event.target.value)} rows={3} maxLength={2000} autoFocus />
      </label>
      <label className="field">
        <span>{t('customers.logCall.at')}</span>
        <input type="datetime-local" value={at} onChange={(event) => setAt(event.target.value)} required />
      </label>
      <FormButtons saveLabel={t('customers.logCall.save')} cancelLabel={t('customers.form.cancel')} onCancel={onClose} />
    </form>
  )
}
