import { useTranslation } from 'react-i18next'
import { TIERS, type Tier } from '@shared/domain/customer'
import { formatMoney } from '../../ui/format'
import type { FieldProblem } from './customer-draft'
import { FieldMessages } from './field-message'

interface TierFieldProps {
  readonly tier: Tier
  readonly reason: string
  readonly suggestion: { readonly tier: Tier; readonly spend: number } | null | undefined
  /** Whether a reason is asked for: an existing customer set away from the suggestion. */
  readonly askReason: boolean
  readonly onChange: (change: { tier?: Tier; tierReason?: string }) => void
  readonly errors: readonly FieldProblem[]
}

export function TierField({ tier, reason, suggestion, askReason, onChange, errors }: TierFieldProps) {
  const { t, i18n } = useTranslation()
  return (
    <div className="field">
      <label className="field-inline">
        <span>{t('customers.form.tier')}</span>
        <select value={tier} onChange={(event) => onChange({ tier: TIERS.find((candidate) => candidate === event.target.value) ?? tier })}>
          {TIERS.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`customers.tiers.${candidate}`)} · {t(`customers.tierHint.${candidate}`)}
            </option>
          ))}
        </select>
      </label>
      <span className="muted">
        {suggestion
          ? t('customers.form.suggestedTier', { tier: suggestion.tier, spend: formatMoney(suggestion.spend, i18n.language) })
          : t('customers.form.noSuggestion')}
      </span>
      {askReason ? (
        <label className="field">
          <span>{t('customers.form.tierReason')}</span>
          <input value={reason} onChange={(event) => onChange({ tierReason: event.target.value })} maxLength={200} />
        </label>
      ) : null}
      {askReason ? <FieldMessages field="tierReason" errors={errors} warnings={[]} /> : null}
    </div>
  )
}
