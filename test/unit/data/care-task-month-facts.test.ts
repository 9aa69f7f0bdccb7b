import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CareTask } from '@shared/domain/care-task'
import { careTaskFactBundling, careTaskFactStorage } from '@shared/domain/care-task-month-facts'
import { todayInShop } from '@shared/domain/days'
import { carePurposeOf } from '@shared/domain/report-care'
import { db } from '@renderer/data/db'
import { listTaskOccurrences } from '@renderer/data/repositories/care-tasks'
import { listReportCareContacts } from '@renderer/data/repositories/reports'
import { careTaskContent, stamped } from '../shared/customer-record-content'
import { bundledWriteArbitrary, bundlesOfRecords, expectBundlesToFollowEveryWrite, storedBundles } from './bundled-table-writes'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

// Starts either side of month ends in UTC and in the shop (UTC+8): 2025-02-28T16:30Z is 1 March 00:30 at the shop.
const STARTS = ['2025-02-27T02:00:00.000Z', '2025-02-28T16:30:00.000Z', '2025-03-05T02:00:00.000Z', '2025-03-31T15:59:00.000Z', '2025-03-31T16:00:00.000Z', '2025-04-02T02:00:00.000Z']
// Dates of weekly and monthly series that start on 5 March and 27 February, and one that is no series' date.
const SERIES_DATES = ['2025-03-05', '2025-03-12', '2025-03-06', '2025-04-05', '2025-03-11']
/** 2025-03-12T02:00Z, 2025-03-31T17:00Z (1 April at the shop) */
const DONE_STAMPS = ['1741744800000-0000-device-1', '1743440400000-0000-device-1']

const taskArbitrary: fc.Arbitrary<CareTask> = fc
  .record({
    id: fc.constantFrom('t1', 't2', 't3', 'series-1'),
    startAt: fc.constantFrom(...STARTS),
    staffId: fc.constantFrom(null, 's-a', 's-b'),
    status: fc.constantFrom('planned' as const, 'done' as const, 'missed' as const, 'cancelled' as const),
    recurrence: fc.constantFrom<CareTask['recurrence']>(
      { kind: 'none' },
      { kind: 'weekly', interval: 1, until: null },
      { kind: 'monthly', interval: 1, until: '2025-04-30' },
      { kind: 'nth-weekday', nth: -1, weekday: 1, interval: 1, until: null } as CareTask['recurrence']
    ),
    occasionKey: fc.constantFrom(null, 'birthday:c1:2025', ...SERIES_DATES.map((date) => `series:series-1:${date}`)),
    deletedAt: fc.constantFrom(null, null, '2025-03-02T00:00:00.000Z'),
    doneStamp: fc.option(fc.constantFrom(...DONE_STAMPS), { nil: undefined })
  })
  .map(({ id, startAt, staffId, status, recurrence, occasionKey, deletedAt, doneStamp }): CareTask => {
    const fieldClocks: Record<string, string> = doneStamp === undefined ? {} : { status: doneStamp }
    return { ...stamped(careTaskContent('c1', { startAt, staffId, status, recurrence, occasionKey }), id, '2025-02-01T00:00:00.000Z', deletedAt), fieldClocks }
  })

const writeArbitrary = bundledWriteArbitrary<CareTask>(
  taskArbitrary,
  ['t1', 't2', 't3', 'series-1', 't9'],
  fc.oneof(
    fc.record({ startAt: fc.constantFrom(...STARTS) }),
    fc.record({ status: fc.constantFrom('planned' as const, 'done' as const), staffId: fc.constantFrom('s-a', null) }),
    fc.record({ deletedAt: fc.constantFrom(null, '2025-03-09T00:00:00.000Z') })
  )
)

const RANGES = [
  { from: '2025-03-01', to: '2025-03-31' },
  { from: '2025-02-28', to: '2025-03-01' },
  { from: '2025-04-01', to: '2025-04-30' },
  { from: '2025-01-01', to: '2025-12-31' }
]

describe('the care tasks’ report fact bundles', () => {
  it('always hold exactly the live tasks’ facts, whatever wrote the tasks', async () => {
    await expectBundlesToFollowEveryWrite(db.careTasks, writeArbitrary, { stored: () => storedBundles(db.careTaskMonthFacts, careTaskFactStorage), expected: () => bundlesOfRecords(db.careTasks, careTaskFactBundling) }, 60)
  })

  it('give the care report the same dated contacts the calendar shows, for any period and staff member', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(taskArbitrary, { maxLength: 6, selector: (task) => task.id }),
        fc.constantFrom(...RANGES),
        fc.constantFrom(null, 's-a'),
        async (tasks, range, staffId) => {
          await db.careTasks.clear()
          await db.careTasks.bulkPut(tasks)
          const calendar = await listTaskOccurrences({ ...range, ...(staffId === null ? {} : { staffId }) })
          const shown = calendar.map(({ date, task }) => ({
            date,
            staffId: task.staffId,
            status: task.status,
            purpose: carePurposeOf(task.occasionKey),
            doneOn: task.status === 'done' && task.fieldClocks.status !== undefined ? todayInShop(new Date(Number(task.fieldClocks.status.slice(0, 13)))) : null
          }))
          const byDate = (a: { date: string; staffId: string | null; status: string }, b: typeof a): number =>
            `${a.date}${a.staffId}${a.status}`.localeCompare(`${b.date}${b.staffId}${b.status}`)
          expect([...(await listReportCareContacts({ range, staffId }))].sort(byDate)).toEqual([...shown].sort(byDate))
        }
      ),
      { numRuns: 200 }
    )
  })

  it('leave out of the period a series date whose record moved out of it', async () => {
    const series = stamped(careTaskContent('c1', { startAt: '2025-03-05T02:00:00.000Z', recurrence: { kind: 'weekly', interval: 1, until: '2025-03-19' } }), 'series-1')
    const moved = stamped(careTaskContent('c1', { startAt: '2025-04-02T02:00:00.000Z', occasionKey: 'series:series-1:2025-03-12' }), 'moved')
    await db.careTasks.bulkPut([series, moved])
    const contacts = await listReportCareContacts({ range: { from: '2025-03-01', to: '2025-03-31' }, staffId: null })
    expect(contacts.map((contact) => contact.date)).toEqual(['2025-03-05', '2025-03-19'])
  })
})
