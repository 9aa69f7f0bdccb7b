import { useTranslation } from 'react-i18next'
import type { Customer } from '@shared/domain/customer'
import { TierBadge } from '../../ui/tier-badge'
import { formatDate } from '../../ui/format'
import { useSuggestedTier } from './use-suggested-tier'

/** The chosen tier beside the one the last 12 months suggest, and why it was set by hand. */
export function TierSummary({ customer }: { readonly customer: Customer }) {
  const { t, i18n } = useTranslation()
  const suggestion = useSuggestedTier(customer.id)
  const lastChange = customer.tierHistory[customer.tierHistory.length - 1]
  return (
    <span className="tier-summary">
      <TierBadge tier={customer.tier} />
      {suggestion && suggestion.tier !== customer.tier ? (
        <span className="muted"> {t('customers.card.suggestedTier', { tier: suggestion.tier })}</span>
      ) : null}
      {lastChange?.reason ? (
        <span className="muted" title={formatDate(lastChange.at, i18n.language)}>
          {' '}
          {t('customers.card.tierReason', { reason: lastChange.reason })}
        </span>
      ) : null}
    </span>
  )
}
