import { useMemo } from 'react'
import type { Tier } from '@shared/domain/customer'
import { DEFAULT_TIER_THRESHOLDS, isValidTierThresholds, spendInLast12Months, suggestTier } from '@shared/domain/tier'
import { useCustomerInteractions } from '../../data/hooks/use-customer-interactions'
import { useSetting } from '../../data/hooks/use-setting'
import { SETTING_KEYS } from '@shared/domain/setting-keys'

/**
 * The tier the last 12 months' purchases suggest; null when the customer has bought nothing
 * yet. "Now" is taken when the purchases change, so a purchase just added counts at once.
 */
export function useSuggestedTier(customerId: string | null): { readonly tier: Tier; readonly spend: number } | null | undefined {
  const interactions = useCustomerInteractions(customerId)
  const thresholds = useSetting(SETTING_KEYS.tierThresholds, DEFAULT_TIER_THRESHOLDS, isValidTierThresholds)
  return useMemo(() => {
    if (interactions === undefined || thresholds === undefined) return undefined
    const now = new Date()
    const purchases = interactions.filter((interaction) => interaction.kind === 'purchase')
    if (purchases.length === 0) return null
    const spend = spendInLast12Months(purchases, now)
    return { tier: suggestTier(spend, thresholds), spend }
  }, [interactions, thresholds])
}
