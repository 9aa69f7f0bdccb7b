import { describe, expect, it } from 'vitest'
import type { CareTask, Recurrence } from '@shared/domain/care-task'
import {
  closedTask,
  completedTask,
  defaultFollowUpStart,
  endedSeries,
  followedUpTaskId,
  followUpKey,
  followUpTask,
  occurrenceToActOn,
  plannedTask,
  rescheduledTask,
  revisedTask,
  taskDraftError,
  taskInteraction,
  type ActedOccurrence,
  type Completion,
  type TaskChange,
  type TaskDraft
} from '@shared/domain/care-task-lifecycle'
import { seriesOccurrenceKey } from '@shared/domain/schedule'
import { shopAt as at, storedTask } from './schedule-fixtures'

const NOW = new Date('2026-03-01T04:00:00.000Z')

const draft = (overrides: Partial<TaskDraft> = {}): TaskDraft => ({
  customerId: 'c1',
  purpose: '  生日问候 ',
  method: 'visit',
  startAt: at('2026-03-02'),
  durationMinutes: 60,
  staffId: 'wang',
  recurrence: { kind: 'none' },
  notes: ' 带上贺卡 ',
  ...overrides
})

const value = <T>(change: TaskChange<T>): T => {
  if (!change.ok) throw new Error(`refused: ${change.error}`)
  return change.value
}

const itself = (task: CareTask): ActedOccurrence => ({ startAt: task.startAt, seriesDate: null })

const completion = (overrides: Partial<Completion> = {}): Completion => ({
  outcome: ' 客户很满意 ',
  notes: '',
  score: 4,
  followUp: null,
  ...overrides
})

const weekly: Recurrence = { kind: 'weekly', interval: 1, until: null }

describe('planning a task', () => {
  it('stores the draft trimmed, planned, with nobody for an empty staff id and the links given', () => {
    expect(value(plannedTask(draft({ staffId: '' }), { occasionKey: 'birthday:2026', complaintId: null }))).toEqual({
      customerId: 'c1',
      purpose: '生日问候',
      method: 'visit',
      startAt: at('2026-03-02'),
      durationMinutes: 60,
      staffId: null,
      status: 'planned',
      outcome: '',
      notes: '带上贺卡',
      satisfactionScore: null,
      followUpNeeded: false,
      recurrence: { kind: 'none' },
      occasionKey: 'birthday:2026',
      complaintId: null,
      rescheduleHistory: []
    })
  })

  it('refuses a draft without a customer or purpose, with a bad length, start or recurrence', () => {
    expect(taskDraftError(draft({ customerId: '' }))).toBe('customer-required')
    expect(taskDraftError(draft({ purpose: '   ' }))).toBe('purpose-required')
    expect(taskDraftError(draft({ purpose: '长'.repeat(201) }))).toBe('purpose-too-long')
    expect(taskDraftError(draft({ durationMinutes: 0 }))).toBe('duration-invalid')
    expect(taskDraftError(draft({ durationMinutes: 30.5 }))).toBe('duration-invalid')
    expect(taskDraftError(draft({ durationMinutes: 24 * 60 + 1 }))).toBe('duration-invalid')
    expect(taskDraftError(draft({ startAt: 'tomorrow' }))).toBe('start-invalid')
    expect(taskDraftError(draft({ recurrence: { kind: 'weekly', interval: 0, until: null } }))).toBe('interval-invalid')
    expect(taskDraftError(draft({ recurrence: { ...weekly, until: '2026-03-01' } }))).toBe('until-before-start')
    expect(plannedTask(draft({ purpose: '' }))).toEqual({ ok: false, error: 'purpose-required' })
  })

  it('starts an nth-weekday series on its first date on or after the day chosen, at the time chosen', () => {
    // 2026-03-02 is the 1st Monday; the 2nd Tuesday on or after it is 10 March.
    const planned = value(plannedTask(draft({ startAt: at('2026-03-02', 15), recurrence: { kind: 'nth-weekday', nth: 2, weekday: 2, until: null } })))
    expect(planned.startAt).toBe(at('2026-03-10', 15))
  })
})

describe('editing a task', () => {
  const task = storedTask('t1', { ...value(plannedTask(draft())), rescheduleHistory: [] })

  it('changes the fields and keeps the time without a reason when it did not move', () => {
    const edited = value(revisedTask(task, draft({ purpose: '上门保养', durationMinutes: 90 }), { reason: '', now: NOW }))
    expect(edited).toMatchObject({ purpose: '上门保养', durationMinutes: 90, startAt: task.startAt, rescheduleHistory: [] })
    expect(edited).not.toHaveProperty('id')
  })

  it('needs a reason to move it, and keeps the move in its history', () => {
    expect(revisedTask(task, draft({ startAt: at('2026-03-03') }), { reason: ' ', now: NOW })).toEqual({ ok: false, error: 'reason-required' })
    const moved = value(revisedTask(task, draft({ startAt: at('2026-03-03') }), { reason: '客户出差', now: NOW }))
    expect(moved.rescheduleHistory).toEqual([{ from: at('2026-03-02'), to: at('2026-03-03'), reason: '客户出差', at: NOW.toISOString() }])
  })

  it('is only for planned tasks, and a complaint’s follow-up call stays with its customer', () => {
    expect(revisedTask({ ...task, status: 'done' }, draft(), { reason: '', now: NOW })).toEqual({ ok: false, error: 'not-planned' })
    const call = { ...task, complaintId: 'k1' }
    expect(revisedTask(call, draft({ customerId: 'c2' }), { reason: '', now: NOW })).toEqual({ ok: false, error: 'complaint-follow-up' })
    expect(revisedTask(call, draft({ notes: '下午打' }), { reason: '', now: NOW }).ok).toBe(true)
  })
})

describe('the occurrence an action is about', () => {
  it('is the task itself for a one-off, and a date of a series for a series', () => {
    const task = storedTask('t1', { startAt: at('2026-03-02') })
    expect(value(occurrenceToActOn(task, '2026-05-05'))).toEqual({ startAt: at('2026-03-02'), seriesDate: null })
    const series = storedTask('s1', { startAt: at('2026-01-31', 9), recurrence: { kind: 'monthly', interval: 1, until: null } })
    expect(value(occurrenceToActOn(series, '2026-02-28'))).toEqual({ startAt: at('2026-02-28', 9), seriesDate: '2026-02-28' })
    expect(occurrenceToActOn(series, '2026-02-27')).toEqual({ ok: false, error: 'not-an-occurrence' })
    expect(occurrenceToActOn(series, null)).toEqual({ ok: false, error: 'not-an-occurrence' })
  })
})

describe('marking a task done', () => {
  const task = storedTask('t1', { startAt: at('2026-03-02'), staffId: 'wang', method: 'visit', purpose: '生日问候' })

  it('records the outcome, notes and score', () => {
    expect(value(completedTask(task, itself(task), completion({ notes: ' 喜欢新款 ' })))).toMatchObject({
      status: 'done',
      outcome: '客户很满意',
      notes: '喜欢新款',
      satisfactionScore: 4,
      followUpNeeded: false
    })
    expect(value(completedTask(task, itself(task), completion({ score: null }))).satisfactionScore).toBeNull()
  })

  it('takes a score of 1 to 5 only', () => {
    for (const score of [0, 6, 3.5, Number.NaN]) {
      expect(completedTask(task, itself(task), completion({ score }))).toEqual({ ok: false, error: 'score-out-of-range' })
    }
    for (const score of [1, 5]) expect(completedTask(task, itself(task), completion({ score })).ok).toBe(true)
  })

  it('is for planned tasks, not for a complaint’s follow-up call (that is recorded on the complaint)', () => {
    for (const status of ['done', 'missed', 'cancelled'] as const) {
      expect(completedTask({ ...task, status }, itself(task), completion())).toEqual({ ok: false, error: 'not-planned' })
    }
    expect(completedTask({ ...task, complaintId: 'k1' }, itself(task), completion())).toEqual({ ok: false, error: 'complaint-follow-up' })
  })

  it('with a follow-up needed, marks it so and plans the next task: same way, length and staff, pointing back', () => {
    const followUp = { startAt: at('2026-03-09'), purpose: ' 跟进：生日问候 ' }
    const done = value(completedTask(task, itself(task), completion({ followUp })))
    expect(done.followUpNeeded).toBe(true)
    const next = followUpTask({ ...task, ...done }, followUp)
    expect(next).toMatchObject({
      customerId: 'c1',
      purpose: '跟进：生日问候',
      method: 'visit',
      startAt: at('2026-03-09'),
      durationMinutes: task.durationMinutes,
      staffId: 'wang',
      status: 'planned',
      recurrence: { kind: 'none' },
      occasionKey: followUpKey('t1')
    })
    expect(followedUpTaskId(next.occasionKey)).toBe('t1')
    expect(followedUpTaskId('birthday:2026')).toBeNull()
    expect(completedTask(task, itself(task), completion({ followUp: { ...followUp, purpose: ' ' } }))).toEqual({
      ok: false,
      error: 'follow-up-purpose-required'
    })
    expect(completedTask(task, itself(task), completion({ followUp: { ...followUp, startAt: '' } }))).toEqual({
      ok: false,
      error: 'follow-up-start-invalid'
    })
  })

  it('suggests the follow-up a week on at the same time, or a week from today when done late', () => {
    expect(defaultFollowUpStart(at('2026-03-02', 14, 30), NOW)).toBe(at('2026-03-09', 14, 30))
    expect(defaultFollowUpStart(at('2026-02-20', 14, 30), NOW)).toBe(at('2026-03-08', 14, 30))
  })

  it('of a date of a series, makes a record of that date alone, naming the series and date', () => {
    const series = storedTask('s1', { startAt: at('2026-03-02'), recurrence: weekly, occasionKey: 'rule:x', rescheduleHistory: [{ from: 'a', to: 'b', reason: 'r', at: 'c' }] })
    const occurrence = value(occurrenceToActOn(series, '2026-03-16'))
    expect(value(completedTask(series, occurrence, completion()))).toMatchObject({
      startAt: at('2026-03-16'),
      status: 'done',
      recurrence: { kind: 'none' },
      occasionKey: seriesOccurrenceKey('s1', '2026-03-16'),
      rescheduleHistory: []
    })
  })

  it('leaves an interaction on the customer’s record, dated at the task or now if that is earlier', () => {
    const done = { ...task, ...value(completedTask(task, itself(task), completion())) }
    expect(taskInteraction(done, new Date('2026-03-05T00:00:00.000Z'))).toEqual({
      customerId: 'c1',
      kind: 'visit',
      occurredAt: at('2026-03-02'),
      staffId: 'wang',
      summary: '生日问候: 客户很满意',
      callOutcome: null,
      amount: null,
      productId: null,
      taskId: 't1',
      complaintId: null
    })
    expect(taskInteraction(done, NOW).occurredAt).toBe(NOW.toISOString())
    expect(taskInteraction({ ...done, method: 'call' }, NOW)).toMatchObject({ kind: 'call', callOutcome: 'reached' })
    expect(taskInteraction({ ...done, method: 'letter' }, NOW).kind).toBe('message')
    expect(taskInteraction({ ...done, method: 'gift' }, NOW).kind).toBe('visit')
  })
})

describe('missing, cancelling and moving', () => {
  const task = storedTask('t1', { startAt: at('2026-03-02'), outcome: '' })

  it('missed and cancelled keep a note of why, when given', () => {
    expect(value(closedTask(task, itself(task), 'missed', ' 无人在家 '))).toMatchObject({ status: 'missed', outcome: '无人在家' })
    expect(value(closedTask(task, itself(task), 'cancelled', ''))).toMatchObject({ status: 'cancelled', outcome: '' })
    expect(closedTask({ ...task, status: 'done' }, itself(task), 'missed', '')).toEqual({ ok: false, error: 'not-planned' })
    expect(closedTask({ ...task, complaintId: 'k1' }, itself(task), 'cancelled', '')).toEqual({ ok: false, error: 'complaint-follow-up' })
  })

  it('a move needs a reason and a new time, and keeps both in the history', () => {
    const change = { startAt: at('2026-03-04', 15), reason: '客户改约', now: NOW }
    expect(value(rescheduledTask(task, itself(task), change))).toMatchObject({
      startAt: at('2026-03-04', 15),
      status: 'planned',
      rescheduleHistory: [{ from: at('2026-03-02'), to: at('2026-03-04', 15), reason: '客户改约', at: NOW.toISOString() }]
    })
    expect(rescheduledTask(task, itself(task), { ...change, reason: '' })).toEqual({ ok: false, error: 'reason-required' })
    expect(rescheduledTask(task, itself(task), { ...change, startAt: task.startAt })).toEqual({ ok: false, error: 'same-time' })
    expect(rescheduledTask(task, itself(task), { ...change, startAt: 'soon' })).toEqual({ ok: false, error: 'start-invalid' })
  })

  it('a missed task moved is planned again; done and cancelled ones stay put', () => {
    const change = { startAt: at('2026-03-04'), reason: '补约', now: NOW }
    expect(value(rescheduledTask({ ...task, status: 'missed' }, itself(task), change)).status).toBe('planned')
    expect(rescheduledTask({ ...task, status: 'done' }, itself(task), change)).toEqual({ ok: false, error: 'not-planned' })
    expect(rescheduledTask({ ...task, status: 'cancelled' }, itself(task), change)).toEqual({ ok: false, error: 'not-planned' })
  })

  it('a date of a series moved becomes a record of its own; the series ends before a date, or is cancelled', () => {
    const series = storedTask('s1', { startAt: at('2026-03-02'), recurrence: weekly })
    const occurrence = value(occurrenceToActOn(series, '2026-03-09'))
    expect(value(rescheduledTask(series, occurrence, { startAt: at('2026-03-10'), reason: '节假日', now: NOW }))).toMatchObject({
      startAt: at('2026-03-10'),
      recurrence: { kind: 'none' },
      occasionKey: seriesOccurrenceKey('s1', '2026-03-09'),
      rescheduleHistory: [{ from: at('2026-03-09'), to: at('2026-03-10'), reason: '节假日' }]
    })
    expect(value(endedSeries(series, '2026-03-16')).recurrence).toEqual({ ...weekly, until: '2026-03-15' })
    expect(value(endedSeries({ ...series, recurrence: { ...weekly, until: '2026-03-10' } }, '2026-03-16')).recurrence).toEqual({ ...weekly, until: '2026-03-10' })
    expect(value(endedSeries(series, '2026-03-02'))).toMatchObject({ status: 'cancelled', recurrence: weekly })
    expect(endedSeries(task, '2026-03-02')).toEqual({ ok: false, error: 'not-an-occurrence' })
  })
})
