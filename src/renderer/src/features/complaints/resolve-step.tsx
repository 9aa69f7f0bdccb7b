import { useTranslation } from 'react-i18next'
import { RESOLUTION_KINDS } from '@shared/domain/complaint'
import { useIntake } from './intake-context'
import { IntakeTextArea } from './intake-text-area'

const ANSWERS = [
  { value: true, key: 'accepted' },
  { value: false, key: 'declined' },
  { value: null, key: 'notAsked' }
] as const

/** 作出解释，给予满意答案: what the shop offers, and whether the customer accepts it. */
export function ResolveStep() {
  const { t } = useTranslation()
  const { fields, change, settled } = useIntake()
  const { resolution } = fields
  return (
    <fieldset className="plain-fieldset" disabled={settled}>
      <fieldset className="choice-row">
        <legend>{t('complaints.fields.resolutionKind')}</legend>
        {RESOLUTION_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name="resolution-kind" checked={resolution.kind === kind} onChange={() => change({ resolution: { kind } })} />
            {t(`complaints.resolutionKinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <IntakeTextArea
        name="resolution.detail"
        label={t('complaints.fields.resolutionDetail')}
        value={resolution.detail}
        onText={(detail) => change({ resolution: { detail } })}
        disabled={settled}
      />
      <fieldset className="choice-row">
        <legend>{t('complaints.fields.accepted')}</legend>
        {ANSWERS.map(({ value, key }) => (
          <label key={key} className="choice">
            <input type="radio" name="resolution-accepted" checked={resolution.accepted === value} onChange={() => change({ resolution: { accepted: value } })} />
            {t(`complaints.fields.acceptedAnswers.${key}`)}
          </label>
        ))}
      </fieldset>
      {resolution.accepted === false ? <p className="warn-text">{t('complaints.fields.declinedHint')}</p> : null}
      {settled ? <p className="hint">{t('complaints.settledHint')}</p> : null}
    </fieldset>
  )
}
