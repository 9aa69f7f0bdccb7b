import { describe, expect, it } from 'vitest'
import { withSearchFields } from '@shared/domain/customer-search'
import { db } from '@renderer/data/db'
import { loadCareReports, loadCustomerReports } from '@renderer/data/repositories/reports'
import { useFreshDatabase } from '../../data/fresh-database'
import { careTaskContent, complaintContent, customerContent, interactionContent, stamped } from '../../shared/customer-record-content'

useFreshDatabase()

const MARCH = { from: '2025-03-01', to: '2025-03-31' }
const NOW = new Date('2025-03-20T04:00:00.000Z')

describe('the care and visit reports’ data', () => {
  it('count each date of a weekly series in the range, and the one-off tasks of the range only', async () => {
    await db.careTasks.bulkPut([
      // Mondays 3, 10, 17, 24, 31 March: five dates, the last two still ahead on the 20th.
      stamped(careTaskContent('c1', { startAt: '2025-03-03T02:00:00.000Z', staffId: 's1', recurrence: { kind: 'weekly', interval: 1, until: null } }), 't1'),
      stamped(careTaskContent('c1', { startAt: '2025-03-05T02:00:00.000Z', staffId: 's2', status: 'done', occasionKey: 'birthday:c1:2025' }), 't2'),
      stamped(careTaskContent('c1', { startAt: '2025-02-28T02:00:00.000Z', staffId: 's2', status: 'done' }), 't3'),
      stamped(careTaskContent('c1', { startAt: '2025-03-06T02:00:00.000Z', staffId: 's2', status: 'done' }), 't4', '2025-03-01T00:00:00.000Z', '2025-03-07T00:00:00.000Z')
    ])
    const reports = await loadCareReports({ range: MARCH, staffId: null }, NOW)
    expect(reports.byStaff.rows).toEqual([
      { key: 's1', values: [5, 0, 0, 3, 2, 0, 0] },
      { key: 's2', values: [1, 1, 0, 0, 0, 0, 1] }
    ])
    expect(reports.byPurpose.rows.map((row) => row.key)).toEqual(['by-hand', 'birthday'])
    expect((await loadCareReports({ range: MARCH, staffId: 's2' }, NOW)).byStaff.rows.map((row) => row.key)).toEqual(['s2'])
  })
})

describe('the customer reports’ data', () => {
  it('take the live customers, their purchases in the range and their open complaints', async () => {
    await db.customers.bulkPut([
      stamped(customerContent('甲', { tier: 'A', ownerId: 's1', lastContactAt: '2025-03-18T02:00:00.000Z' }), 'a'),
      stamped(customerContent('乙', { tier: 'D', lastContactAt: '2023-03-18T02:00:00.000Z' }), 'd'),
      stamped(customerContent('丙', { tier: 'C' }), 'gone', '2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z')
    ].map(withSearchFields))
    await db.interactions.bulkPut([
      stamped(interactionContent('a', { kind: 'purchase', amount: 900, occurredAt: '2025-03-10T02:00:00.000Z' }), 'p1'),
      stamped(interactionContent('d', { kind: 'purchase', amount: 100, occurredAt: '2025-03-11T02:00:00.000Z' }), 'p2'),
      stamped(interactionContent('d', { kind: 'purchase', amount: 5000, occurredAt: '2025-02-11T02:00:00.000Z' }), 'p3')
    ])
    await db.complaints.bulkPut([stamped(complaintContent('a', { status: 'in-progress' }), 'k1')])

    const reports = await loadCustomerReports({ range: MARCH, staffId: null }, NOW)
    expect(reports.byTier.rows.map((row) => [row.key, row.values[0], row.values[2]])).toEqual([
      ['A', 1, 900],
      ['B', 0, 0],
      ['C', 0, 0],
      ['D', 1, 100]
    ])
    expect(reports.atRisk.table.rows).toEqual([
      { key: 'a', values: [2, 1] },
      { key: 'd', values: [733, 0] }
    ])
    expect(reports.names.get('d')).toEqual({ name: '乙', tier: 'D' })
    expect((await loadCustomerReports({ range: MARCH, staffId: 's1' }, NOW)).byTier.total?.values[0]).toBe(1)
  })
})
