import fc from 'fast-check'
import { liveQuery } from 'dexie'
import { describe, expect, it } from 'vitest'
import type { Complaint } from '@shared/domain/complaint'
import { packComplaintFact, unpackComplaintFact } from '@shared/domain/complaint-month-facts'
import { factMonthOf, factMonthsOf } from '@shared/domain/fact-bundles'
import { db } from '@renderer/data/db'
import { complaintContent, stamped } from '../shared/customer-record-content'
import { bundledWriteArbitrary, expectBundlesToFollowEveryWrite } from './bundled-table-writes'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

/** The bundles as they must be: every stored complaint's facts, by the month it came in. */
async function expectedBundles(): Promise<Record<string, Record<string, string>>> {
  const bundles: Record<string, Record<string, string>> = {}
  for (const complaint of await db.complaints.toArray()) {
    const month = factMonthOf(complaint.receivedAt)
    bundles[month] = { ...bundles[month], [complaint.id]: packComplaintFact(complaint) }
  }
  return bundles
}

async function storedBundles(): Promise<Record<string, Record<string, string>>> {
  return Object.fromEntries((await db.complaintMonthFacts.toArray()).map((bundle) => [bundle.month, { ...bundle.facts }]))
}

const RECEIVED = ['2024-12-31T23:59:59.999Z', '2025-01-01T00:00:00.000Z', '2025-01-20T10:00:00.000Z', '2025-03-05T02:00:00.000Z']

const complaintArbitrary: fc.Arbitrary<Complaint> = fc
  .record({
    id: fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5'),
    receivedAt: fc.constantFrom(...RECEIVED),
    severity: fc.constantFrom('ordinary' as const, 'serious' as const, 'crisis' as const),
    category: fc.constantFrom('repair-workmanship', '门店的"自定义"类别', ''),
    deletedAt: fc.constantFrom(null, '2025-04-01T00:00:00.000Z'),
    score: fc.constantFrom(null, 1, 5)
  })
  .map(({ id, receivedAt, severity, category, deletedAt, score }) =>
    stamped(
      complaintContent('c1', { receivedAt, severity, category, satisfaction: { score, comment: '', givenBy: score === null ? null : 'customer' } }),
      id,
      receivedAt,
      deletedAt
    )
  )

const writeArbitrary = bundledWriteArbitrary(
  complaintArbitrary,
  ['k1', 'k2', 'k3', 'k9'],
  fc.oneof(
    fc.record({ receivedAt: fc.constantFrom(...RECEIVED) }),
    fc.record({ status: fc.constantFrom('closed' as const), severity: fc.constantFrom('ordinary' as const, 'crisis' as const) })
  )
)

describe('the complaints’ monthly report facts', () => {
  it('always say what the complaints say, whatever wrote them', async () => {
    await expectBundlesToFollowEveryWrite(db.complaints, writeArbitrary, { stored: storedBundles, expected: expectedBundles }, 60)
  })

  it('tell a live query over them that a complaint changed', async () => {
    const seen: number[] = []
    const subscription = liveQuery(() => db.complaintMonthFacts.toArray()).subscribe((bundles) =>
      seen.push(bundles.reduce((sum, bundle) => sum + Object.keys(bundle.facts).length, 0))
    )
    await expect.poll(() => seen).toEqual([0])
    await db.complaints.put(stamped(complaintContent('c1'), 'k1'))
    await expect.poll(() => seen.at(-1)).toBe(1)
    subscription.unsubscribe()
  })

  it('unpack to the fields the reports read, user text included', () => {
    const complaint = stamped(
      complaintContent('c1', { category: '"引号", 逗号\n换行', handlerId: 's1', satisfaction: { score: 3, comment: '还行', givenBy: 'clerk' } }),
      'k1'
    )
    const { receivedAt, category, severity, rootCause, status, firstResponseAt, resolvedAt, handlerId, deletedAt, satisfaction } = complaint
    expect(unpackComplaintFact('k1', packComplaintFact(complaint))).toEqual({
      id: 'k1',
      receivedAt,
      category,
      severity,
      rootCause,
      status,
      firstResponseAt,
      resolvedAt,
      handlerId,
      deletedAt,
      satisfaction
    })
  })

  it('are read for every month a period touches, across a year’s end', () => {
    expect(factMonthsOf({ start: '2024-11-30T16:00:00.000Z', end: '2025-02-01T16:00:00.000Z' })).toEqual(['2024-11', '2024-12', '2025-01', '2025-02'])
    expect(factMonthsOf({ start: '2025-03-05T00:00:00.000Z', end: '2025-03-06T00:00:00.000Z' })).toEqual(['2025-03'])
  })
})
