import { useTranslation } from 'react-i18next'
import type { Tier } from '@shared/domain/customer'

export function TierBadge({ tier }: { readonly tier: Tier }) {
  const { t } = useTranslation()
  return (
    <span className={`tier-badge tier-${tier}`} title={t(`customers.tierHint.${tier}`)}>
      {tier}
    </span>
  )
}
