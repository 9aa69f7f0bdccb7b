import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useIntake } from './intake-context'
import { ResolutionReadiness } from './resolution-readiness'

/** 回访: the day to call the customer back; finishing the intake resolves the complaint and plans the call. */
export function FollowUpStep({ suggestedDate }: { readonly suggestedDate: string }) {
  const { t } = useTranslation()
  const id = useId()
  const { fields, change, settled } = useIntake()
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{t('complaints.fields.followUpDate')}</label>
        <p className="hint">{t('complaints.fields.followUpDateHint')}</p>
        <input
          id={id}
          type="date"
          value={fields.followUpDate ?? suggestedDate}
          disabled={settled}
          onChange={(event) => change({ followUpDate: event.target.value === '' ? null : event.target.value })}
        />
      </div>
      {settled ? null : <ResolutionReadiness />}
    </>
  )
}
