import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { HIT_PERIODS, type HitPeriod } from '@shared/domain/phrase-hit'

interface CoachingPeriodPickerProps {
  readonly value: HitPeriod
  readonly onChange: (period: HitPeriod) => void
}

/** Last 30 days, last 90 days or all time: radio buttons, so the arrow keys move between them. */
export function CoachingPeriodPicker({ value, onChange }: CoachingPeriodPickerProps) {
  const { t } = useTranslation()
  const name = useId()
  return (
    <fieldset className="coaching-periods">
      <legend className="visually-hidden">{t('coaching.periods.label')}</legend>
      {HIT_PERIODS.map((period) => (
        <label key={period} className="coaching-period">
          <input type="radio" name={name} value={period} checked={period === value} onChange={() => onChange(period)} />
          <span>{t(`coaching.periods.${period}`)}</span>
        </label>
      ))}
    </fieldset>
  )
}
