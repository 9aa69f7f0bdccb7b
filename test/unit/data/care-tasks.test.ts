import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Recurrence } from '@shared/domain/care-task'
import type { TaskDraft } from '@shared/domain/care-task-lifecycle'
import { seriesOccurrenceKey } from '@shared/domain/schedule'
import { db } from '@renderer/data/db'
import {
  cancelTask,
  careTasksRepository,
  completeTask,
  createTask,
  getTaskDetails,
  listTasksInRange,
  markMissed,
  rescheduleTask,
  updateTask,
  type TaskWrite
} from '@renderer/data/repositories/care-tasks'
import { applyComplaintAction, openComplaint } from '@renderer/data/repositories/complaint-intake'
import { loadCustomerTimeline } from '@renderer/data/repositories/customer-card'
import { customersRepository } from '@renderer/data/repositories/customers'
import { listReportCareContacts } from '@renderer/data/repositories/reports'
import { careTaskContent, customerContent } from '../shared/customer-record-content'
import { shopAt as at } from '../shared/schedule-fixtures'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const clerk = { staffId: 'wang' }
const NOW = new Date('2026-03-01T04:00:00.000Z')
const weekly: Recurrence = { kind: 'weekly', interval: 1, until: null }

let zhang = ''
let li = ''

beforeEach(async () => {
  zhang = (await customersRepository.create(customerContent('张伟'), clerk)).id
  li = (await customersRepository.create(customerContent('李娜'), clerk)).id
})

const draft = (overrides: Partial<TaskDraft> = {}): TaskDraft => ({
  customerId: zhang,
  purpose: '上门保养',
  method: 'visit',
  startAt: at('2026-03-02'),
  durationMinutes: 60,
  staffId: 'wang',
  recurrence: { kind: 'none' },
  notes: '',
  ...overrides
})

const value = <T>(write: TaskWrite<T>): T => {
  if (!write.ok) throw new Error(`refused: ${write.error}`)
  return write.value
}

const noCompletion = { date: null, outcome: '', notes: '', score: null, followUp: null }

describe('booking a task', () => {
  it('stores a planned task, and refuses one for a deleted customer', async () => {
    const task = value(await createTask(draft(), clerk))
    expect(await careTasksRepository.get(task.id)).toMatchObject({ status: 'planned', purpose: '上门保养', staffId: 'wang' })
    await customersRepository.remove(li, clerk)
    await expect(createTask(draft({ customerId: li }), clerk)).rejects.toThrow(/deleted or merged/)
  })

  it('refuses a clash with the same person’s booking, naming it and its customer, and writes nothing', async () => {
    const first = value(await createTask(draft(), clerk))
    const before = await db.careTasks.count()
    const refused = await createTask(draft({ customerId: li, startAt: at('2026-03-02', 10, 30) }), clerk)
    expect(refused).toEqual({
      ok: false,
      error: 'clash',
      clash: expect.objectContaining({ task: first, customerName: '张伟', startAt: at('2026-03-02'), endAt: at('2026-03-02', 11) })
    })
    expect(await db.careTasks.count()).toBe(before)
    expect((await createTask(draft({ customerId: li, startAt: at('2026-03-02', 10, 30), staffId: 'zhao' }), clerk)).ok).toBe(true)
    expect((await createTask(draft({ customerId: li, startAt: at('2026-03-02', 11) }), clerk)).ok).toBe(true)
  })

  it('refuses a clash with a date of a series that started long before', async () => {
    value(await createTask(draft({ startAt: at('2025-06-02'), recurrence: weekly, purpose: '每周回访' }), clerk))
    const refused = await createTask(draft({ customerId: li, startAt: at('2026-03-02', 10, 45) }), clerk)
    expect(refused.ok).toBe(false)
    if (refused.ok || refused.error !== 'clash') return
    expect(refused.clash.task.purpose).toBe('每周回访')
    expect(refused.clash.startAt).toBe(at('2026-03-02'))
  })

  it('passes on the draft’s refusal as a value', async () => {
    expect(await createTask(draft({ purpose: '' }), clerk)).toEqual({ ok: false, error: 'purpose-required' })
  })
})

describe('listTasksInRange', () => {
  it('gives one-offs and series dates on the shop dates asked, by start, with their customers', async () => {
    const visit = value(await createTask(draft({ startAt: at('2026-03-03', 14) }), clerk))
    const series = value(await createTask(draft({ customerId: li, startAt: at('2026-02-02', 9), recurrence: weekly, purpose: '每周回访' }), clerk))
    await careTasksRepository.create(careTaskContent(zhang, { startAt: at('2026-03-04'), status: 'done', staffId: 'zhao' }), clerk)
    const removed = value(await createTask(draft({ startAt: at('2026-03-05') }), clerk))
    await careTasksRepository.remove(removed.id, clerk)

    const week = await listTasksInRange({ from: '2026-03-02', to: '2026-03-08' })
    expect(week.map((entry) => [entry.task.id === series.id ? 'series' : entry.task.id === visit.id ? 'visit' : 'done', entry.date, entry.customer?.name])).toEqual([
      ['series', '2026-03-02', '李娜'],
      ['visit', '2026-03-03', '张伟'],
      ['done', '2026-03-04', '张伟']
    ])
    expect((await listTasksInRange({ from: '2026-03-02', to: '2026-03-08', staffId: 'zhao' })).map((entry) => entry.date)).toEqual(['2026-03-04'])
    expect(await listTasksInRange({ from: '2026-03-02', to: '2026-03-08', staffId: 'nobody' })).toEqual([])
    // A task at 00:30 shop time on the 2nd is the 2nd's, though it is still the 1st in UTC.
    value(await createTask(draft({ startAt: at('2026-03-02', 0, 30), durationMinutes: 30 }), clerk))
    expect((await listTasksInRange({ from: '2026-03-01', to: '2026-03-01' })).length).toBe(0)
    expect((await listTasksInRange({ from: '2026-03-02', to: '2026-03-02' })).length).toBe(2)
  })

  it('shows a moved date of a series where it went, and another staff member’s date on their calendar', async () => {
    const series = value(await createTask(draft({ startAt: at('2026-03-02'), recurrence: weekly }), clerk))
    const moved = value(await rescheduleTask(series.id, { date: '2026-03-09', startAt: at('2026-03-10', 15), reason: '节假日' }, clerk, NOW))
    expect(moved.occasionKey).toBe(seriesOccurrenceKey(series.id, '2026-03-09'))
    await updateTask(moved.id, { ...draft(), startAt: moved.startAt, staffId: 'zhao' }, '', clerk, NOW)
    const mine = await listTasksInRange({ from: '2026-03-01', to: '2026-03-17', staffId: 'wang' })
    expect(mine.map((entry) => entry.date)).toEqual(['2026-03-02', '2026-03-16'])
    const theirs = await listTasksInRange({ from: '2026-03-01', to: '2026-03-17', staffId: 'zhao' })
    expect(theirs.map((entry) => [entry.date, entry.inSeries])).toEqual([['2026-03-10', false]])
  })
})

describe('completing a task', () => {
  it('tells the care report the day it was marked done: on its day on time, the next day late (a series date too)', async () => {
    // Dates after today's: the device clock never runs back behind the stamps it has already made.
    const late = value(await createTask(draft({ startAt: at('2027-03-02') }), clerk))
    const series = value(await createTask(draft({ startAt: at('2027-03-03', 15), recurrence: weekly }), clerk))
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(new Date('2027-03-03T08:00:00.000Z')) // 16:00 on 3 March at the shop
      value(await completeTask(late.id, noCompletion, clerk, new Date()))
      value(await completeTask(series.id, { ...noCompletion, date: '2027-03-03' }, clerk, new Date()))
    } finally {
      vi.useRealTimers()
    }
    const contacts = await listReportCareContacts({ range: { from: '2027-03-02', to: '2027-03-03' }, staffId: 'wang' })
    expect(contacts.map(({ date, status, doneOn }) => ({ date, status, doneOn }))).toEqual([
      { date: '2027-03-02', status: 'done', doneOn: '2027-03-03' },
      { date: '2027-03-03', status: 'done', doneOn: '2027-03-03' }
    ])
  })

  it('marks it done with the score, plans the follow-up, and the customer’s record shows it', async () => {
    const task = value(await createTask(draft(), clerk))
    const { task: done, followUp } = value(
      await completeTask(
        task.id,
        { date: null, outcome: '设备正常', notes: '客户想换新机', score: 4, followUp: { startAt: at('2026-03-09'), purpose: '跟进：上门保养' } },
        clerk,
        new Date('2026-03-02T06:00:00.000Z')
      )
    )
    expect(done).toMatchObject({ id: task.id, status: 'done', satisfactionScore: 4, outcome: '设备正常', followUpNeeded: true })
    expect(followUp).toMatchObject({ purpose: '跟进：上门保养', status: 'planned', startAt: at('2026-03-09'), staffId: 'wang', method: 'visit' })

    const timeline = await loadCustomerTimeline(zhang)
    const taskEntries = timeline.filter((entry) => entry.kind === 'task')
    expect(taskEntries).toEqual([expect.objectContaining({ id: task.id, purpose: '上门保养', outcome: '设备正常', satisfactionScore: 4 })])
    // The interaction the task left is shown once, as the task.
    expect(timeline.filter((entry) => entry.kind === 'visit')).toEqual([])
    expect((await customersRepository.get(zhang))?.lastContactAt).toBe(at('2026-03-02'))

    const details = await getTaskDetails(task.id)
    expect(details?.followUp?.id).toBe(followUp?.id)
    expect((await getTaskDetails(followUp?.id ?? ''))?.followedUp?.id).toBe(task.id)
  })

  it('refuses a follow-up that clashes, and then writes nothing at all', async () => {
    const task = value(await createTask(draft(), clerk))
    value(await createTask(draft({ customerId: li, startAt: at('2026-03-09') }), clerk))
    const interactions = await db.interactions.count()
    const refused = await completeTask(task.id, { ...noCompletion, score: 5, followUp: { startAt: at('2026-03-09', 10, 30), purpose: '跟进' } }, clerk, NOW)
    expect(refused).toMatchObject({ ok: false, error: 'clash', clash: { customerName: '李娜' } })
    expect((await careTasksRepository.get(task.id))?.status).toBe('planned')
    expect(await db.interactions.count()).toBe(interactions)
  })

  it('lets the follow-up sit on the done task’s own slot', async () => {
    const task = value(await createTask(draft(), clerk))
    const done = await completeTask(task.id, { ...noCompletion, followUp: { startAt: at('2026-03-02', 10, 30), purpose: '再聊' } }, clerk, NOW)
    expect(done.ok).toBe(true)
  })

  it('refuses a bad score and a complaint’s follow-up call, as values', async () => {
    const task = value(await createTask(draft(), clerk))
    expect(await completeTask(task.id, { ...noCompletion, score: 6 }, clerk, NOW)).toEqual({ ok: false, error: 'score-out-of-range' })
    const complaint = await openComplaint({ customerId: zhang }, clerk, NOW)
    await applyComplaintAction(complaint.id, { type: 'start' }, clerk, NOW)
    const resolved = await applyComplaintAction(complaint.id, { type: 'resolve', resolution: { kind: 'repair', detail: '上门维修', accepted: true } }, clerk, NOW)
    expect(resolved.ok).toBe(true)
    const call = await db.careTasks.where('complaintId').equals(complaint.id).first()
    expect(call).toBeDefined()
    expect(await completeTask(call?.id ?? '', noCompletion, clerk, NOW)).toEqual({ ok: false, error: 'complaint-follow-up' })
    // It can still be moved, and the complaint's own follow-up then marks it done.
    value(await rescheduleTask(call?.id ?? '', { date: null, startAt: at('2026-03-05', 15), reason: '客户下午方便' }, clerk, NOW))
    const followedUp = await applyComplaintAction(complaint.id, { type: 'record-follow-up', score: 5, comment: '满意', givenBy: 'customer' }, clerk, NOW)
    expect(followedUp.ok).toBe(true)
    expect(await db.careTasks.get(call?.id ?? '')).toMatchObject({ status: 'done', satisfactionScore: 5, startAt: at('2026-03-05', 15) })
  })

  it('of a date of a series, keeps the series going and takes that date alone', async () => {
    const series = value(await createTask(draft({ startAt: at('2026-03-02'), recurrence: weekly }), clerk))
    const { task: done } = value(await completeTask(series.id, { ...noCompletion, date: '2026-03-09', score: 5 }, clerk, NOW))
    expect(done).toMatchObject({ status: 'done', startAt: at('2026-03-09'), occasionKey: seriesOccurrenceKey(series.id, '2026-03-09') })
    expect((await careTasksRepository.get(series.id))?.status).toBe('planned')
    const dates = await listTasksInRange({ from: '2026-03-01', to: '2026-03-20' })
    expect(dates.map((entry) => [entry.date, entry.task.status])).toEqual([
      ['2026-03-02', 'planned'],
      ['2026-03-09', 'done'],
      ['2026-03-16', 'planned']
    ])
    // The same date cannot be dealt with twice, nor a day that is not one of the series'.
    expect(await completeTask(series.id, { ...noCompletion, date: '2026-03-09' }, clerk, NOW)).toEqual({ ok: false, error: 'not-an-occurrence' })
    expect(await markMissed(series.id, { date: '2026-03-10', note: '' }, clerk)).toEqual({ ok: false, error: 'not-an-occurrence' })
    expect((await getTaskDetails(series.id))?.exceptions.map((task) => task.id)).toEqual([done.id])
  })
})

describe('moving, missing and cancelling', () => {
  it('a move keeps the reason, refuses a clash at the new time, and needs a reason', async () => {
    const task = value(await createTask(draft(), clerk))
    value(await createTask(draft({ customerId: li, startAt: at('2026-03-03') }), clerk))
    expect(await rescheduleTask(task.id, { date: null, startAt: at('2026-03-03', 10, 30), reason: '改约' }, clerk, NOW)).toMatchObject({
      ok: false,
      error: 'clash'
    })
    expect(await rescheduleTask(task.id, { date: null, startAt: at('2026-03-04'), reason: '' }, clerk, NOW)).toEqual({ ok: false, error: 'reason-required' })
    // Moving half an hour later on the same day overlaps only itself.
    const moved = value(await rescheduleTask(task.id, { date: null, startAt: at('2026-03-02', 10, 30), reason: '客户晚到' }, clerk, NOW))
    expect(moved.rescheduleHistory).toEqual([{ from: at('2026-03-02'), to: at('2026-03-02', 10, 30), reason: '客户晚到', at: NOW.toISOString() }])
  })

  it('an edit that moves the task asks for a reason and checks for clashes', async () => {
    const task = value(await createTask(draft(), clerk))
    value(await createTask(draft({ customerId: li, startAt: at('2026-03-03') }), clerk))
    expect(await updateTask(task.id, draft({ startAt: at('2026-03-03') }), '', clerk, NOW)).toEqual({ ok: false, error: 'reason-required' })
    expect(await updateTask(task.id, draft({ startAt: at('2026-03-03') }), '客户要求', clerk, NOW)).toMatchObject({ ok: false, error: 'clash' })
    expect(value(await updateTask(task.id, draft({ durationMinutes: 90, notes: '带配件' }), '', clerk, NOW))).toMatchObject({ durationMinutes: 90, notes: '带配件' })
  })

  it('missed and cancelled tasks free their slot and stay off the timeline', async () => {
    const missed = value(await createTask(draft(), clerk))
    expect(value(await markMissed(missed.id, { date: null, note: '无人在家' }, clerk))).toMatchObject({ status: 'missed', outcome: '无人在家' })
    const cancelled = value(await createTask(draft(), clerk))
    expect(value(await cancelTask(cancelled.id, { date: null, note: '' }, clerk)).status).toBe('cancelled')
    expect((await createTask(draft(), clerk)).ok).toBe(true)
    expect((await loadCustomerTimeline(zhang)).filter((entry) => entry.kind === 'task')).toEqual([])
  })

  it('cancelling a series from a date ends it there; from its first date, cancels it', async () => {
    const series = value(await createTask(draft({ startAt: at('2026-03-02'), recurrence: weekly }), clerk))
    const ended = value(await cancelTask(series.id, { date: '2026-03-16', note: '', wholeSeries: true }, clerk))
    expect(ended.recurrence).toEqual({ ...weekly, until: '2026-03-15' })
    expect((await listTasksInRange({ from: '2026-03-01', to: '2026-04-30' })).map((entry) => entry.date)).toEqual(['2026-03-02', '2026-03-09'])
    const other = value(await createTask(draft({ startAt: at('2026-03-03'), recurrence: weekly }), clerk))
    expect(value(await cancelTask(other.id, { date: '2026-03-03', note: '', wholeSeries: true }, clerk)).status).toBe('cancelled')
    // Cancelling one date only leaves a record of it.
    const third = value(await createTask(draft({ startAt: at('2026-03-04'), recurrence: weekly }), clerk))
    const one = value(await cancelTask(third.id, { date: '2026-03-11', note: '' }, clerk))
    expect(one).toMatchObject({ status: 'cancelled', startAt: at('2026-03-11') })
  })
})
