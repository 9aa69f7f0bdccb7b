import { describe, expect, it } from 'vitest'
import type { CareTask } from '@shared/domain/care-task'
import { withSearchFields } from '@shared/domain/customer-search'
import { db } from '@renderer/data/db'
import { loadCareReports, loadCustomerReports } from '@renderer/data/repositories/reports'
import { useFreshDatabase } from '../../data/fresh-database'
import { careTaskContent, complaintContent, customerContent, interactionContent, stamped } from '../../shared/customer-record-content'

useFreshDatabase()

/* March in the shop's time (UTC+8): 2025-02-28T16:00Z up to, not including, 2025-03-31T16:00Z. */
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
      { key: 's1', values: [5, 0, 0, 0, 3, 2, 0, 0] },
      { key: 's2', values: [1, 1, 0, 0, 0, 0, 0, 1] }
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
    expect(reports.names.get('d')).toEqual({ name: '乙', tier: 'D', ownerId: null })
    expect((await loadCustomerReports({ range: MARCH, staffId: 's1' }, NOW)).byTier.total?.values[0]).toBe(1)
  })
})

describe('the care reports at the edges of the range', () => {
  it('count a task at the first and at the last minute of the range, and none just outside it', async () => {
    await db.careTasks.bulkPut([
      stamped(careTaskContent('c1', { startAt: '2025-02-28T16:00:00.000Z', staffId: 's1', status: 'done' }), 'first-minute'),
      stamped(careTaskContent('c1', { startAt: '2025-03-31T15:59:00.000Z', staffId: 's1' }), 'last-minute'),
      stamped(careTaskContent('c1', { startAt: '2025-02-28T15:59:00.000Z', staffId: 's1', status: 'missed' }), 'day-before'),
      stamped(careTaskContent('c1', { startAt: '2025-03-31T16:00:00.000Z', staffId: 's1', status: 'done' }), 'day-after')
    ])
    const reports = await loadCareReports({ range: MARCH, staffId: null }, NOW)
    // planned, done on time, done late, missed, overdue, upcoming, cancelled, done share (1 done of 1 that could be done)
    expect(reports.byStaff.rows).toEqual([{ key: 's1', values: [2, 1, 0, 0, 0, 1, 0, 1] }])
    expect(reports.byMonth.rows).toEqual([{ key: '2025-03', values: [2, 1, 0, 0, 0, 1, 0, 1] }])
  })

  it('count a repeating task once a date, the date done apart from the series as that one record', async () => {
    await db.careTasks.bulkPut([
      // Mondays 3, 10, 17, 24, 31 March; the 10th was done apart from the series.
      stamped(careTaskContent('c1', { startAt: '2025-03-03T02:00:00.000Z', staffId: 's1', recurrence: { kind: 'weekly', interval: 1, until: null } }), 'weekly'),
      stamped(
        careTaskContent('c1', { startAt: '2025-03-10T02:00:00.000Z', staffId: 's1', status: 'done', occasionKey: 'series:weekly:2025-03-10' }),
        'weekly-10th'
      ),
      stamped(careTaskContent('c1', { startAt: '2025-03-12T02:00:00.000Z', staffId: 's1', status: 'cancelled' }), 'cancelled')
    ])
    const reports = await loadCareReports({ range: MARCH, staffId: 's1' }, NOW)
    // Overdue: the 3rd and the 17th; upcoming: the 24th and the 31st; done share 1 of 3.
    expect(reports.byStaff.rows).toEqual([{ key: 's1', values: [5, 1, 0, 0, 2, 2, 1, 1 / 3] }])
    expect(reports.byPurpose.rows).toEqual([{ key: 'by-hand', values: [5, 1, 0, 0, 2, 2, 1, 1 / 3] }])
  })

  it('give empty tables, and a row for every month of the range, on an empty database', async () => {
    const reports = await loadCareReports({ range: { from: '2025-02-10', to: '2025-03-05' }, staffId: null }, NOW)
    expect(reports.byStaff.rows).toEqual([])
    expect(reports.byPurpose.rows).toEqual([])
    expect(reports.byMonth.rows).toEqual([
      { key: '2025-02', values: [0, 0, 0, 0, 0, 0, 0, null] },
      { key: '2025-03', values: [0, 0, 0, 0, 0, 0, 0, null] }
    ])
  })
})

describe('when the care reports take a contact as done', () => {
  it('from the shop date its status became done: on its day on time, the next day late; with no such stamp, on time', async () => {
    const stampAt = (at: string) => `${String(Date.parse(at)).padStart(13, '0')}-0000-device-1`
    const task = (id: string, startAt: string, doneAt: string | null): CareTask => {
      const fieldClocks: Record<string, string> = doneAt === null ? {} : { status: stampAt(doneAt), notes: stampAt('2025-03-19T02:00:00.000Z') }
      return { ...stamped(careTaskContent('c1', { startAt, staffId: 's1', status: 'done' }), id), fieldClocks }
    }
    await db.careTasks.bulkPut([
      task('same-day', '2025-03-05T02:00:00.000Z', '2025-03-05T03:00:00.000Z'),
      // Marked done at 23:30 on the 6th in the shop (15:30 UTC), still its day.
      task('late-evening', '2025-03-06T02:00:00.000Z', '2025-03-06T15:30:00.000Z'),
      task('next-day', '2025-03-07T02:00:00.000Z', '2025-03-07T16:30:00.000Z'),
      task('no-stamp', '2025-03-09T02:00:00.000Z', null)
    ])
    const reports = await loadCareReports({ range: MARCH, staffId: null }, NOW)
    expect(reports.byStaff.rows).toEqual([{ key: 's1', values: [4, 3, 1, 0, 0, 0, 0, 1] }])
  })
})

describe('the customer reports at the edges of the range', () => {
  it('add up the purchases from the range’s first instant, not its end, and leave deleted ones and ones without an amount out', async () => {
    await db.customers.bulkPut([stamped(customerContent('甲', { tier: 'B', lastContactAt: '2025-03-18T02:00:00.000Z' }), 'b')].map(withSearchFields))
    const purchase = (id: string, occurredAt: string, amount: number | null, deletedAt: string | null = null) =>
      stamped(interactionContent('b', { kind: 'purchase', amount, occurredAt }), id, '2025-03-01T02:00:00.000Z', deletedAt)
    await db.interactions.bulkPut([
      purchase('at-start', '2025-02-28T16:00:00.000Z', 100),
      purchase('last-minute', '2025-03-31T15:59:00.000Z', 20),
      purchase('at-end', '2025-03-31T16:00:00.000Z', 4000),
      purchase('day-before', '2025-02-28T15:59:00.000Z', 300),
      purchase('deleted', '2025-03-10T02:00:00.000Z', 5000, '2025-03-11T00:00:00.000Z'),
      purchase('no-amount', '2025-03-10T02:00:00.000Z', null),
      stamped(interactionContent('b', { kind: 'visit', amount: 700, occurredAt: '2025-03-10T02:00:00.000Z' }), 'not-a-purchase')
    ])
    const reports = await loadCustomerReports({ range: MARCH, staffId: null }, NOW)
    expect(reports.byTier.rows.find((row) => row.key === 'B')?.values).toEqual([1, 1, 120, 1])
  })

  it('put a customer at risk from their tier’s no-contact day on, and name their owner', async () => {
    // The default thresholds: A 60, B 120, C 180, D 365 days (care-settings).
    await db.customers.bulkPut(
      [
        stamped(customerContent('六十天', { tier: 'A', ownerId: 's1', lastContactAt: '2025-01-19T02:00:00.000Z' }), 'a-60'),
        stamped(customerContent('五十九天', { tier: 'A', ownerId: 's1', lastContactAt: '2025-01-20T02:00:00.000Z' }), 'a-59'),
        stamped(customerContent('别人的', { tier: 'A', ownerId: 's2', lastContactAt: '2024-01-20T02:00:00.000Z' }), 'other-owner')
      ].map(withSearchFields)
    )
    const reports = await loadCustomerReports({ range: MARCH, staffId: 's1' }, NOW)
    expect(reports.atRisk.table.rows).toEqual([{ key: 'a-60', values: [60, 0] }])
    expect(reports.atRisk.more).toBe(0)
    expect(reports.names).toEqual(new Map([['a-60', { name: '六十天', tier: 'A', ownerId: 's1' }]]))
    expect(reports.byTier.total?.values).toEqual([2, 1, 0, null])
  })

  it('give zero rows for every tier and personality, and nobody at risk, on an empty database', async () => {
    const reports = await loadCustomerReports({ range: MARCH, staffId: null }, NOW)
    expect(reports.byTier.rows.map((row) => row.values)).toEqual([
      [0, null, 0, null],
      [0, null, 0, null],
      [0, null, 0, null],
      [0, null, 0, null]
    ])
    expect(reports.byPersonality.rows.every((row) => row.values[0] === 0)).toBe(true)
    expect(reports.atRisk).toEqual({ table: expect.objectContaining({ rows: [] }), more: 0 })
  })
})
