import { describe, expect, it } from 'vitest'
import type { CareTask } from '@shared/domain/care-task'
import type { RecordContent } from '@shared/domain/record'
import { seededScriptId } from '@shared/scripts/default-library'
import { db } from '@renderer/data/db'
import { complaintsRepository } from '@renderer/data/repositories/complaints'
import { customersRepository } from '@renderer/data/repositories/customers'
import { listCalendarPlan, listDaySheet, type SheetQuery } from '@renderer/data/repositories/day-sheet'
import { seedScriptLibrary } from '@renderer/data/script-library'
import { careTaskContent, complaintContent, customerContent, mobile, stamped } from '../shared/customer-record-content'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const clerk = { staffId: 'staff-wang' }

/* 2026-03-10 in Shanghai runs from 2026-03-09T16:00Z to 2026-03-10T16:00Z. */
const DAY = '2026-03-10'

let taskNumber = 0

async function addTask(customerId: string, overrides: Partial<RecordContent<CareTask>>, deletedAt: string | null = null): Promise<string> {
  const id = `task-${String(++taskNumber).padStart(3, '0')}`
  await db.careTasks.put(stamped(careTaskContent(customerId, overrides), id, '2026-03-01T02:00:00.000Z', deletedAt))
  return id
}

const query = (overrides: Partial<SheetQuery> = {}): SheetQuery => ({ staffId: 'staff-wang', from: DAY, days: 1, locale: 'zh-CN', ...overrides })

async function twoCustomers() {
  const zhang = await customersRepository.create(
    customerContent('张伟', { phones: [mobile('13800138000')], address: '上海市徐汇区漕溪北路 88 号', preferredChannel: 'wechat', personality: 'peaceful' }),
    clerk
  )
  const li = await customersRepository.create(customerContent('李娜', { personality: 'analytical' }), clerk)
  return { zhang, li }
}

describe('listDaySheet', () => {
  it('gives one staff member’s contacts of the shop day, by time, with their customers', async () => {
    const { zhang, li } = await twoCustomers()
    const late = await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-03-10T15:59:00.000Z', purpose: '晚间回访' })
    const first = await addTask(li.id, { staffId: 'staff-wang', startAt: '2026-03-09T16:00:00.000Z', purpose: '零点整' })
    const middle = await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-03-10T02:00:00.000Z', status: 'cancelled' })
    await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-03-10T16:00:00.000Z' }) // the next day in Shanghai
    await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-03-09T15:59:00.000Z' }) // the day before
    await addTask(zhang.id, { staffId: 'staff-li', startAt: '2026-03-10T03:00:00.000Z' }) // someone else's
    await addTask(zhang.id, { staffId: null, startAt: '2026-03-10T03:00:00.000Z' }) // nobody's yet
    await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-03-10T04:00:00.000Z' }, '2026-03-05T00:00:00.000Z') // deleted

    const entries = await listDaySheet(query())
    expect(entries.map((entry) => entry.task.id)).toEqual([first, middle, late])
    const [, , evening] = entries
    expect(evening?.customer).toEqual({
      id: zhang.id,
      name: '张伟',
      phones: [mobile('13800138000')],
      address: '上海市徐汇区漕溪北路 88 号',
      preferredChannel: 'wechat',
      personality: 'peaceful'
    })
    expect(evening?.complaint).toBeNull()
    expect(evening?.followUpPhrases).toEqual([])
  })

  it('gives everyone’s contacts, unassigned ones included, over several days', async () => {
    const { zhang } = await twoCustomers()
    const mine = await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-03-10T02:00:00.000Z' })
    const theirs = await addTask(zhang.id, { staffId: 'staff-li', startAt: '2026-03-11T03:00:00.000Z' })
    const nobodys = await addTask(zhang.id, { staffId: null, startAt: '2026-03-10T01:00:00.000Z' })
    await addTask(zhang.id, { staffId: null, startAt: '2026-03-12T01:00:00.000Z' })

    expect((await listDaySheet(query({ staffId: null, days: 2 }))).map((entry) => entry.task.id)).toEqual([nobodys, mine, theirs])
  })

  it('keeps a contact whose customer is not on this PC, without one', async () => {
    const id = await addTask('customer-from-elsewhere', { staffId: 'staff-wang', startAt: '2026-03-10T02:00:00.000Z' })
    expect(await listDaySheet(query())).toMatchObject([{ task: { id }, customer: null }])
  })

  it('suggests the library’s follow-up wording for a complaint follow-up, for the customer’s personality', async () => {
    await seedScriptLibrary()
    const { zhang, li } = await twoCustomers()
    const complaint = await complaintsRepository.create(complaintContent(zhang.id, { number: 'TS-20260301-0001-AB12', category: '' }), clerk)
    await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-03-10T02:00:00.000Z', complaintId: complaint.id, purpose: '投诉回访' })
    await addTask(li.id, { staffId: 'staff-wang', startAt: '2026-03-10T03:00:00.000Z' })

    const [followUp, other] = await listDaySheet(query())
    expect(followUp?.complaint).toEqual({ id: complaint.id, number: 'TS-20260301-0001-AB12', category: '' })
    expect(followUp?.followUpPhrases[0]?.id).toBe(seededScriptId('say.follow-up.any.peaceful.1.zh-CN'))
    expect(followUp?.followUpPhrases.every((phrase) => phrase.locale === 'zh-CN' && phrase.step === 'follow-up')).toBe(true)
    expect(other?.followUpPhrases).toEqual([])

    const [inEnglish] = await listDaySheet(query({ locale: 'en' }))
    expect(inEnglish?.followUpPhrases[0]?.id).toBe(seededScriptId('say.follow-up.any.peaceful.1.en'))
  })

  it('shows each date of a series at the series’ time, less the dates records of their own took over', async () => {
    const { zhang, li } = await twoCustomers()
    // Every Tuesday at 10:00 in Shanghai since January; 10 March is a Tuesday.
    const weekly = await addTask(zhang.id, {
      staffId: 'staff-wang',
      startAt: '2026-01-06T02:00:00.000Z',
      recurrence: { kind: 'weekly', interval: 1, until: null },
      purpose: '每周回访'
    })
    // The 2nd Tuesday of each month at 15:00, whose 10 March date was moved to 16:30 as a record of its own.
    const monthly = await addTask(li.id, {
      staffId: 'staff-wang',
      startAt: '2026-01-13T07:00:00.000Z',
      recurrence: { kind: 'nth-weekday', nth: 2, weekday: 2, until: null }
    })
    const moved = await addTask(li.id, { staffId: 'staff-wang', startAt: '2026-03-10T08:30:00.000Z', occasionKey: `series:${monthly}:${DAY}` })
    await addTask(zhang.id, { staffId: 'staff-li', startAt: '2026-01-06T03:00:00.000Z', recurrence: { kind: 'weekly', interval: 1, until: null } })
    await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-01-06T04:00:00.000Z', recurrence: { kind: 'weekly', interval: 1, until: '2026-03-09' } })
    await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-01-06T05:00:00.000Z', status: 'cancelled', recurrence: { kind: 'weekly', interval: 1, until: null } })

    const entries = await listDaySheet(query())
    expect(entries.map((entry) => [entry.task.id, entry.startAt, entry.endAt])).toEqual([
      [weekly, '2026-03-10T02:00:00.000Z', '2026-03-10T02:30:00.000Z'],
      [moved, '2026-03-10T08:30:00.000Z', '2026-03-10T09:00:00.000Z']
    ])
    expect(entries[0]?.customer?.name).toBe('张伟')
    expect((await listDaySheet(query({ staffId: null }))).map((entry) => entry.task.id)).toEqual([weekly, expect.any(String), moved])
  })
})

describe('listCalendarPlan', () => {
  it('gives the records starting in the range and the series still running, with the dates taken over from each', async () => {
    const { zhang } = await twoCustomers()
    const inRange = await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-03-12T02:00:00.000Z' })
    const cancelled = await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-03-13T02:00:00.000Z', status: 'cancelled' })
    const running = await addTask(zhang.id, {
      staffId: 'staff-wang',
      startAt: '2026-01-06T02:00:00.000Z',
      recurrence: { kind: 'weekly', interval: 1, until: null }
    })
    const endsInRange = await addTask(zhang.id, {
      staffId: 'staff-wang',
      startAt: '2025-12-09T02:00:00.000Z',
      recurrence: { kind: 'nth-weekday', nth: 2, weekday: 2, until: DAY }
    })
    // Dates of the weekly series dealt with on their own: one done in February, one moved within the range, one deleted.
    await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-02-03T02:00:00.000Z', status: 'done', occasionKey: `series:${running}:2026-02-03` })
    const moved = await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-03-18T06:00:00.000Z', occasionKey: `series:${running}:2026-03-17` })
    await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-03-24T02:00:00.000Z', occasionKey: `series:${running}:2026-03-24` }, '2026-03-05T00:00:00.000Z')
    await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-01-06T02:00:00.000Z', recurrence: { kind: 'monthly', interval: 1, until: '2026-03-09' } })
    await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-02-06T02:00:00.000Z' }) // once, and over
    await addTask(zhang.id, { staffId: 'staff-wang', startAt: '2026-04-10T02:00:00.000Z' }) // after the 30 days
    await addTask(zhang.id, { staffId: 'staff-li', startAt: '2026-01-06T02:00:00.000Z', recurrence: { kind: 'weekly', interval: 1, until: null } })

    const plan = await listCalendarPlan(query({ days: 30 }))
    expect(plan.map((entry) => entry.task.id)).toEqual([endsInRange, running, inRange, cancelled, moved])
    expect(plan.find((entry) => entry.task.id === running)?.skippedDates).toEqual(['2026-02-03', '2026-03-17'])
    expect(plan.find((entry) => entry.task.id === inRange)?.skippedDates).toEqual([])
    expect(plan.every((entry) => entry.customer?.name === '张伟')).toBe(true)

    expect(await listCalendarPlan(query({ staffId: null, days: 30 }))).toHaveLength(6)
  })
})
