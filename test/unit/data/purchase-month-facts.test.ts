import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Interaction } from '@shared/domain/interaction'
import { purchaseFactBundling, purchaseFactStorage, unpackPurchaseFacts } from '@shared/domain/purchase-month-facts'
import { db } from '@renderer/data/db'
import { interactionContent, stamped } from '../shared/customer-record-content'
import { bundledWriteArbitrary, bundlesOfRecords, expectBundlesToFollowEveryWrite, storedBundles } from './bundled-table-writes'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const OCCURRED = ['2025-02-28T23:59:59.999Z', '2025-03-01T00:00:00.000Z', '2025-03-20T02:00:00.000Z']

const interactionArbitrary: fc.Arbitrary<Interaction> = fc
  .record({
    id: fc.constantFrom('i1', 'i2', 'i3'),
    customerId: fc.constantFrom('c1', 'c2'),
    kind: fc.constantFrom('purchase' as const, 'purchase' as const, 'visit' as const),
    amount: fc.constantFrom(null, 0, 99.5, 1200),
    occurredAt: fc.constantFrom(...OCCURRED),
    deletedAt: fc.constantFrom(null, null, '2025-04-01T00:00:00.000Z')
  })
  .map(({ id, customerId, kind, amount, occurredAt, deletedAt }) => stamped(interactionContent(customerId, { kind, amount, occurredAt }), id, occurredAt, deletedAt))

const writeArbitrary = bundledWriteArbitrary<Interaction>(
  interactionArbitrary,
  ['i1', 'i2', 'i3', 'i9'],
  fc.oneof(
    fc.record({ occurredAt: fc.constantFrom(...OCCURRED) }),
    fc.record({ amount: fc.constantFrom(null, 50) }),
    fc.record({ kind: fc.constantFrom('purchase' as const, 'call' as const) }),
    fc.record({ deletedAt: fc.constantFrom(null, '2025-04-02T00:00:00.000Z') })
  )
)

describe('the purchases’ monthly report facts', () => {
  it('always hold exactly the live purchases with an amount, whatever wrote the interactions', async () => {
    await expectBundlesToFollowEveryWrite(db.interactions, writeArbitrary, { stored: () => storedBundles(db.purchaseMonthFacts, purchaseFactStorage), expected: () => bundlesOfRecords(db.interactions, purchaseFactBundling) }, 60)
  })

  it('give the purchases made within the period only, with their amounts', () => {
    const purchase = (id: string, amount: number, occurredAt: string) =>
      [id, purchaseFactBundling.pack(stamped(interactionContent('c1', { kind: 'purchase', amount, occurredAt }), id))] as const
    const bundle = purchaseFactStorage.stored('2025-03', new Map([purchase('p1', 10.5, '2025-03-01T00:00:00.000Z'), purchase('p2', 7, '2025-03-31T16:00:00.000Z')]))
    expect(unpackPurchaseFacts([bundle], { start: '2025-02-28T16:00:00.000Z', end: '2025-03-31T16:00:00.000Z' })).toEqual([
      { customerId: 'c1', amount: 10.5, occurredAt: '2025-03-01T00:00:00.000Z' }
    ])
  })
})
