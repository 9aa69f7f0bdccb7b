import type { Customer, Tier } from './customer'
import { addMonthsClamped } from './days'

/*
 * Value tiers (客户分层): a few customers bring most of the profit, so service effort follows
 * value. The app suggests a tier from the last 12 months' spend; the clerk may set another,
 * but then has to say why, so a manager can see which tiers were judgement calls.
 */

/** Yuan spent in the last 12 months to reach each tier; below C is D. */
export type TierThresholds = Readonly<Record<Exclude<Tier, 'D'>, number>>

export const DEFAULT_TIER_THRESHOLDS: TierThresholds = { A: 20000, B: 5000, C: 1000 }

const isPositiveAmount = (amount: unknown): amount is number => typeof amount === 'number' && Number.isFinite(amount) && amount > 0

/**
 * Thresholds the suggestion can work with: positive and strictly falling from A to C. Takes
 * `unknown` because thresholds are a stored setting, read back from the database as such.
 */
export function isValidTierThresholds(value: unknown): value is TierThresholds {
  if (typeof value !== 'object' || value === null || !('A' in value && 'B' in value && 'C' in value)) return false
  const { A, B, C } = value
  return isPositiveAmount(A) && isPositiveAmount(B) && isPositiveAmount(C) && A > B && B > C
}

export interface Purchase {
  /** Yuan; null when the amount was not recorded. */
  readonly amount: number | null
  /** ISO 8601 instant. */
  readonly occurredAt: string
  readonly deletedAt: string | null
}

/**
 * Spend in the 12 months up to `now`: after the same instant a year earlier (on the UTC
 * calendar; Feb 29 steps back to Feb 28), up to and including `now`. Deleted purchases and
 * purchases without an amount count for nothing; so do future-dated ones.
 */
export function spendInLast12Months(purchases: readonly Purchase[], now: Date): number {
  const nowIso = now.toISOString()
  const end = now.getTime()
  const start = Date.parse(addMonthsClamped(nowIso.slice(0, 10), -12) + nowIso.slice(10))
  let total = 0
  for (const purchase of purchases) {
    if (purchase.deletedAt !== null || purchase.amount === null) continue
    const at = Date.parse(purchase.occurredAt)
    if (at > start && at <= end) total += purchase.amount
  }
  return total
}

/** The tier a year's spend reaches: a threshold reached exactly counts. */
export function suggestTier(spend: number, thresholds: TierThresholds): Tier {
  if (spend >= thresholds.A) return 'A'
  if (spend >= thresholds.B) return 'B'
  if (spend >= thresholds.C) return 'C'
  return 'D'
}

export type TierState = Pick<Customer, 'tier' | 'tierHistory'>

/**
 * The clerk's choice of tier, recorded in the history. Overriding the suggestion needs a
 * reason; following it is recorded with reason ''. Keeping the current tier is no change,
 * so it needs no reason and records nothing.
 */
export function applyTierChoice(
  customer: TierState,
  chosen: Tier,
  suggested: Tier,
  reason: string,
  at: string,
  by: string
): TierState | { readonly error: 'reason-required' } {
  if (chosen === customer.tier) return { tier: customer.tier, tierHistory: customer.tierHistory }
  const override = chosen !== suggested
  if (override && reason.trim() === '') return { error: 'reason-required' }
  return {
    tier: chosen,
    tierHistory: [...customer.tierHistory, { tier: chosen, reason: override ? reason.trim() : '', at, by }]
  }
}
