import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCurrentCustomer, PERSONALITY_TYPES, TIERS, type Customer } from '@shared/domain/customer'
import { customerFactBundling, customerFactStorage, unpackCustomerFacts } from '@shared/domain/customer-report-facts'
import { ALL_FACT_BUCKETS, factBucketOf } from '@shared/domain/fact-bundles'
import { db } from '@renderer/data/db'
import { customerArbitrary, makeCustomer } from '../shared/customer-fixtures'
import { bundledWriteArbitrary, expectBundlesToFollowEveryWrite } from './bundled-table-writes'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

/** The buckets as they must be: every current customer's facts, in its id's bucket. */
async function expectedBuckets(): Promise<Record<string, Record<string, string>>> {
  const buckets: Record<string, Record<string, string>> = {}
  for (const customer of await db.customers.toArray()) {
    if (!isCurrentCustomer(customer)) continue
    const bucket = factBucketOf(customer.id)
    buckets[bucket] = { ...buckets[bucket], [customer.id]: customerFactBundling.pack(customer) }
  }
  return buckets
}

async function storedBuckets(): Promise<Record<string, Record<string, string>>> {
  return Object.fromEntries((await db.customerReportFacts.toArray()).map((bucket) => [bucket.bucket, Object.fromEntries(customerFactStorage.factsOf(bucket))]))
}

const writeArbitrary = bundledWriteArbitrary<Customer>(
  customerArbitrary,
  ['c1', 'c2', 'c3', 'c9'],
  fc.oneof(
    fc.record({ tier: fc.constantFrom(...TIERS), personality: fc.constantFrom(...PERSONALITY_TYPES) }),
    fc.record({ deletedAt: fc.constantFrom(null, '2025-06-01T00:00:00.000Z') }),
    fc.record({ mergedInto: fc.constantFrom(null, 'c2') }),
    fc.record({ ownerId: fc.constantFrom(null, 's2'), lastContactAt: fc.constantFrom(null, '2025-05-01T08:00:00.000Z') })
  )
)

describe('the customers’ report fact buckets', () => {
  it('always hold exactly the current customers’ facts, whatever wrote the customers', async () => {
    await expectBundlesToFollowEveryWrite(db.customers, writeArbitrary, { stored: storedBuckets, expected: expectedBuckets }, 80)
  })

  it('come out the same whatever order the customers were written in, as a restore must give back', async () => {
    // More customers than buckets, so buckets hold several lines.
    const customers = Array.from({ length: 600 }, (_, index) => makeCustomer({ id: `c${index}` }))
    await db.customers.bulkPut(customers)
    const written = await db.customerReportFacts.toArray()
    await db.customers.clear()
    await db.customers.bulkPut([...customers].reverse())
    expect(await db.customerReportFacts.toArray()).toEqual(written)
  })

  it('unpack to the fields the customer report reads', () => {
    const customers = [
      makeCustomer({ id: 'c1', tier: 'A', personality: 'analytical', ownerId: 's1', lastContactAt: '2025-05-01T08:00:00.000Z', createdAt: '2024-01-02T03:04:05.000Z' }),
      makeCustomer({ id: 'c2', tier: 'D', personality: 'unknown', ownerId: null, lastContactAt: null, createdAt: '2025-01-01T00:00:00.000Z' })
    ]
    const bucket = customerFactStorage.stored('007', new Map(customers.map((customer) => [customer.id, customerFactBundling.pack(customer)])))
    expect(unpackCustomerFacts([bucket, customerFactStorage.stored('008', new Map())])).toEqual(
      customers.map(({ id, tier, personality, ownerId, lastContactAt, createdAt }) => ({ id, tier, personality, ownerId, lastContactAt, createdAt }))
    )
  })

  it('place an id in the same one of 256 buckets every time, spreading ids evenly', () => {
    expect(factBucketOf('c1')).toBe(factBucketOf('c1'))
    const counts = new Map<string, number>()
    for (let index = 0; index < 25_600; index++) {
      const bucket = factBucketOf(crypto.randomUUID())
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1)
    }
    expect([...counts.keys()].every((bucket) => ALL_FACT_BUCKETS.includes(bucket))).toBe(true)
    expect(counts.size).toBe(256)
    expect(Math.max(...counts.values())).toBeLessThan(200)
  })
})
