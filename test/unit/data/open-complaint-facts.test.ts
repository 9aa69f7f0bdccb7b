import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPLAINT_STATUSES, type Complaint } from '@shared/domain/complaint'
import { openComplaintBundling, openComplaintFactStorage, openComplaintsByCustomer } from '@shared/domain/open-complaint-facts'
import { db } from '@renderer/data/db'
import { countOpenComplaintsByCustomer } from '@renderer/data/repositories/complaint-list'
import { complaintContent, stamped } from '../shared/customer-record-content'
import { bundledWriteArbitrary, bundlesOfRecords, expectBundlesToFollowEveryWrite, storedBundles } from './bundled-table-writes'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const complaintArbitrary: fc.Arbitrary<Complaint> = fc
  .record({
    id: fc.constantFrom('k1', 'k2', 'k3', 'k4'),
    customerId: fc.constantFrom('c1', 'c2'),
    status: fc.constantFrom(...COMPLAINT_STATUSES),
    deletedAt: fc.constantFrom(null, null, '2025-04-01T00:00:00.000Z')
  })
  .map(({ id, customerId, status, deletedAt }) => stamped(complaintContent(customerId, { status }), id, '2025-03-01T02:00:00.000Z', deletedAt))

const writeArbitrary = bundledWriteArbitrary<Complaint>(
  complaintArbitrary,
  ['k1', 'k2', 'k3', 'k9'],
  fc.oneof(
    fc.record({ status: fc.constantFrom(...COMPLAINT_STATUSES) }),
    fc.record({ customerId: fc.constantFrom('c1', 'c3') }),
    fc.record({ deletedAt: fc.constantFrom(null, '2025-04-02T00:00:00.000Z') })
  )
)

describe('the open complaints’ buckets', () => {
  it('always hold exactly the live complaints not yet closed, whatever wrote the complaints', async () => {
    await expectBundlesToFollowEveryWrite(
      db.complaints,
      writeArbitrary,
      { stored: () => storedBundles(db.openComplaintFacts, openComplaintFactStorage), expected: () => bundlesOfRecords(db.complaints, openComplaintBundling) },
      60
    )
  })

  it('count each customer’s open complaints, leaving closed and deleted ones out', async () => {
    await db.complaints.bulkPut([
      stamped(complaintContent('c1', { status: 'new' }), 'k1'),
      stamped(complaintContent('c1', { status: 'resolved' }), 'k2'),
      stamped(complaintContent('c1', { status: 'closed' }), 'k3'),
      stamped(complaintContent('c2', { status: 'in-progress' }), 'k4'),
      stamped(complaintContent('c3', { status: 'new' }), 'k5', '2025-03-01T02:00:00.000Z', '2025-03-02T00:00:00.000Z')
    ])
    expect(await countOpenComplaintsByCustomer()).toEqual(new Map([['c1', 2], ['c2', 1]]))
    await db.complaints.update('k1', { status: 'closed' })
    expect(await countOpenComplaintsByCustomer()).toEqual(new Map([['c1', 1], ['c2', 1]]))
  })

  it('unpack a bucket per complaint, several complaints of one customer in different buckets', () => {
    const bucket = (key: string, lines: readonly (readonly [string, string])[]) => openComplaintFactStorage.stored(key, new Map(lines))
    expect(openComplaintsByCustomer([bucket('001', [['k1', 'c1'], ['k2', 'c2']]), bucket('002', [['k3', 'c1']]), bucket('003', [])])).toEqual(
      new Map([['c1', 2], ['c2', 1]])
    )
  })
})
