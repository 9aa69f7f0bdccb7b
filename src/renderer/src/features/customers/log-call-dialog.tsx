import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CALL_OUTCOMES, type CallOutcome } from '@shared/domain/interaction'
import { logCall } from '../../data/repositories/customer-actions'
import { useActor } from '../../session/session-store'
import { EnumSelect } from '../../ui/enum-select'
import { ModalDialog } from '../../ui/modal-dialog'
import { localDateTimeInputValue } from './local-date-input'

interface LogCallDialogProps {
  readonly open: boolean
  readonly customerId: string
  readonly onClose: () => void
}

export function LogCallDialog({ open, customerId, onClose }: LogCallDialogProps) {
  const { t } = useTranslation()
  return (
    <ModalDialog open={open} title={t('customers.logCall.title')} onCancel={onClose}>
      {open ? <LogCallForm customerId={customerId} onClose={onClose} /> : null}
    </ModalDialog>
  )
}

function LogCallForm({ customerId, onClose }: { readonly customerId: string; readonly onClose: () => void }) {
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
      <div className="button-row">
        <button type="submit" className="primary">
          {t('customers.logCall.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('customers.form.cancel')}
        </button>
      </div>
    </form>
  )
}
