import { useTranslation } from 'react-i18next'
import { useIntake } from './intake-context'
import { PlainTextArea } from './plain-text-area'

/** 聆听和认错: the customer's own words, taken down as they say them. */
export function ListenStep() {
  const { t } = useTranslation()
  const { fields, change, closed } = useIntake()
  return (
    <PlainTextArea
      label={t('complaints.fields.customerWords')}
      hint={t('complaints.fields.customerWordsHint')}
      value={fields.customerWords}
      onChange={(customerWords) => change({ customerWords })}
      disabled={closed}
      rows={5}
    />
  )
}
