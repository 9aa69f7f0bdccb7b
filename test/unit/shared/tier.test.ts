import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Tier, TierChange } from '@shared/domain/customer'
import {
  applyTierChoice,
  DEFAULT_TIER_THRESHOLDS,
  isValidTierThresholds,
  spendInLast12Months,
  suggestTier,
  type Purchase
} from '@shared/domain/tier'

const purchase = (occurredAt: string, amount: number | null = 100, deletedAt: string | null = null): Purchase => ({
  amount,
  occurredAt,
  deletedAt
})

describe('isValidTierThresholds', () => {
  it('accepts the defaults and any positive, strictly falling amounts', () => {
    expect(isValidTierThresholds(DEFAULT_TIER_THRESHOLDS)).toBe(true)
    expect(isValidTierThresholds({ A: 3, B: 2, C: 1 })).toBe(true)
    expect(isValidTierThresholds({ A: 1000.5, B: 999.5, C: 0.5 })).toBe(true)
  })

  it('rejects zero, negative, non-finite and out-of-order amounts', () => {
    for (const thresholds of [
      { A: 3, B: 2, C: 0 },
      { A: 3, B: 2, C: -1 },
      { A: 3, B: 3, C: 1 },
      { A: 3, B: 2, C: 2 },
      { A: 1, B: 2, C: 3 },
      { A: Number.NaN, B: 2, C: 1 },
      { A: Number.POSITIVE_INFINITY, B: 2, C: 1 }
    ]) {
      expect(isValidTierThresholds(thresholds), JSON.stringify(thresholds)).toBe(false)
    }
  })

  it('rejects stored values of the wrong shape', () => {
    for (const value of [null, undefined, 5, 'A', [], {}, { A: 3, B: 2 }, { A: '3', B: 2, C: 1 }, { a: 3, b: 2, c: 1 }]) {
      expect(isValidTierThresholds(value), JSON.stringify(value)).toBe(false)
    }
  })
})

describe('suggestTier', () => {
  it('reaches a tier at its threshold exactly; below C is D', () => {
    const t = DEFAULT_TIER_THRESHOLDS
    expect(suggestTier(20000, t)).toBe('A')
    expect(suggestTier(19999.99, t)).toBe('B')
    expect(suggestTier(5000, t)).toBe('B')
    expect(suggestTier(4999, t)).toBe('C')
    expect(suggestTier(1000, t)).toBe('C')
    expect(suggestTier(999.99, t)).toBe('D')
    expect(suggestTier(0, t)).toBe('D')
    expect(suggestTier(1_000_000, t)).toBe('A')
  })

  it('never suggests a lower tier for more spend', () => {
    const rank = (tier: Tier): number => 'DCBA'.indexOf(tier)
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a]
        return rank(suggestTier(low, DEFAULT_TIER_THRESHOLDS)) <= rank(suggestTier(high, DEFAULT_TIER_THRESHOLDS))
      })
    )
  })

  it('uses the thresholds it is given', () => {
    expect(suggestTier(50, { A: 100, B: 50, C: 10 })).toBe('B')
  })
})

describe('spendInLast12Months', () => {
  const now = new Date('2026-03-09T10:00:00.000Z')

  it('adds the live purchases with an amount in the last 12 months', () => {
    expect(
      spendInLast12Months(
        [
          purchase('2026-03-01T02:00:00.000Z', 1200),
          purchase('2025-06-15T02:00:00.000Z', 300.5),
          purchase('2025-06-16T02:00:00.000Z', 999, '2025-06-17T00:00:00.000Z'),
          purchase('2025-06-18T02:00:00.000Z', null),
          purchase('2024-12-24T02:00:00.000Z', 5000)
        ],
        now
      )
    ).toBe(1500.5)
    expect(spendInLast12Months([], now)).toBe(0)
  })

  it('starts just after the same instant a year earlier and ends at now, inclusive', () => {
    expect(spendInLast12Months([purchase('2025-03-09T10:00:00.000Z')], now)).toBe(0)
    expect(spendInLast12Months([purchase('2025-03-09T10:00:00.001Z')], now)).toBe(100)
    expect(spendInLast12Months([purchase('2026-03-09T10:00:00.000Z')], now)).toBe(100)
    expect(spendInLast12Months([purchase('2026-03-09T10:00:00.001Z')], now)).toBe(0)
  })

  it('compares instants, whatever offset they are written with', () => {
    // 18:00 at UTC+8 is 10:00 UTC: exactly a year back, so outside.
    expect(spendInLast12Months([purchase('2025-03-09T18:00:00+08:00')], now)).toBe(0)
    expect(spendInLast12Months([purchase('2025-03-09T18:00:01+08:00')], now)).toBe(100)
  })

  it('steps back from Feb 29 to Feb 28 of the year before', () => {
    const leapDay = new Date('2024-02-29T12:00:00.000Z')
    expect(spendInLast12Months([purchase('2023-02-28T12:00:00.000Z')], leapDay)).toBe(0)
    expect(spendInLast12Months([purchase('2023-02-28T12:00:01.000Z')], leapDay)).toBe(100)
    expect(spendInLast12Months([purchase('2023-03-01T00:00:00.000Z')], leapDay)).toBe(100)
  })

  it('covers Feb 29 when the window spans a leap year', () => {
    const afterLeapDay = new Date('2025-02-28T12:00:00.000Z')
    expect(spendInLast12Months([purchase('2024-02-29T12:00:00.000Z')], afterLeapDay)).toBe(100)
    expect(spendInLast12Months([purchase('2024-02-28T12:00:00.000Z')], afterLeapDay)).toBe(0)
    expect(spendInLast12Months([purchase('2024-03-01T00:00:00.000Z')], new Date('2025-03-01T00:00:00.000Z'))).toBe(0)
  })

  it('skips purchases whose time cannot be read', () => {
    expect(spendInLast12Months([purchase('sometime')], now)).toBe(0)
  })
})

describe('applyTierChoice', () => {
  const history: readonly TierChange[] = [{ tier: 'C', reason: '', at: '2025-01-01T00:00:00.000Z', by: 'staff-1' }]
  const customer = { tier: 'C' as const, tierHistory: history }
  const at = '2026-03-09T10:00:00.000Z'

  it('records following the suggestion with an empty reason', () => {
    expect(applyTierChoice(customer, 'B', 'B', 'ignored', at, 'staff-2')).toEqual({
      tier: 'B',
      tierHistory: [...history, { tier: 'B', reason: '', at, by: 'staff-2' }]
    })
  })

  it('records an override with its reason, trimmed', () => {
    expect(applyTierChoice(customer, 'A', 'B', '  大客户介绍人 ', at, 'staff-2')).toEqual({
      tier: 'A',
      tierHistory: [...history, { tier: 'A', reason: '大客户介绍人', at, by: 'staff-2' }]
    })
  })

  it('refuses an override without a reason', () => {
    expect(applyTierChoice(customer, 'A', 'B', '', at, 'staff-2')).toEqual({ error: 'reason-required' })
    expect(applyTierChoice(customer, 'D', 'B', ' \n ', at, 'staff-2')).toEqual({ error: 'reason-required' })
  })

  it('changes nothing when the tier stays the same, suggested or not', () => {
    expect(applyTierChoice(customer, 'C', 'C', '', at, 'staff-2')).toEqual(customer)
    expect(applyTierChoice(customer, 'C', 'A', '', at, 'staff-2')).toEqual(customer)
  })

  it('never changes the record it was given', () => {
    applyTierChoice(customer, 'A', 'B', 'reason', at, 'staff-2')
    expect(customer.tierHistory).toHaveLength(1)
  })
})
