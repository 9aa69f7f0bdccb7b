import { describe, expect, it } from 'vitest'
import {
  careAssignee,
  contactDay,
  dismissProblem,
  METHOD_FOR_CHANNEL,
  plannedCareTask,
  planSlots,
  snoozeProblem,
  type BusySpan
} from '@shared/domain/care-planning'

const at = (iso: string): number => Date.parse(iso)
const span = (start: string, minutes: number): BusySpan => ({ start: at(start), end: at(start) + minutes * 60_000 })
/** Shanghai is UTC+8: 10:00 there is 02:00Z. */
const EARLY = { earliest: at('2026-06-01T00:00:00.000Z') }

describe('planSlots', () => {
  it('starts at 10:00 shop time on the day when the member of staff is free', () => {
    expect(planSlots([{ staffId: 's1', minutes: 30, fromDate: '2026-06-12' }], new Map(), EARLY)).toEqual(['2026-06-12T02:00:00.000Z'])
  })

  it('takes the next free slot around other tasks, and never books the same person twice', () => {
    const busy = new Map([['s1', [span('2026-06-12T02:00:00.000Z', 60)]]])
    const starts = planSlots(
      [
        { staffId: 's1', minutes: 30, fromDate: '2026-06-12' },
        { staffId: 's1', minutes: 30, fromDate: '2026-06-12' },
        { staffId: 's2', minutes: 30, fromDate: '2026-06-12' }
      ],
      busy,
      EARLY
    )
    expect(starts).toEqual(['2026-06-12T03:00:00.000Z', '2026-06-12T03:30:00.000Z', '2026-06-12T02:00:00.000Z'])
  })

  it('fills the day (10:00 to closing, then the early slots) and spills into the next', () => {
    const requests = Array.from({ length: 19 }, () => ({ staffId: 's1', minutes: 30, fromDate: '2026-06-12' }))
    const starts = planSlots(requests, new Map(), EARLY)
    expect(new Set(starts).size).toBe(19)
    expect(starts[15]).toBe('2026-06-12T09:30:00.000Z') // 17:30, the last slot before 18:00
    expect(starts[16]).toBe('2026-06-12T01:00:00.000Z') // 09:00
    expect(starts[17]).toBe('2026-06-12T01:30:00.000Z')
    expect(starts[18]).toBe('2026-06-13T02:00:00.000Z')
  })

  it('plans nothing in the past: today, the first free slot from now', () => {
    const now = { earliest: at('2026-06-12T05:10:00.000Z') } // 13:10 in the shop
    expect(planSlots([{ staffId: 's1', minutes: 30, fromDate: '2026-06-12' }], new Map(), now)).toEqual(['2026-06-12T05:30:00.000Z'])
    const evening = { earliest: at('2026-06-12T11:00:00.000Z') } // 19:00: the shop has closed
    expect(planSlots([{ staffId: 's1', minutes: 30, fromDate: '2026-06-12' }], new Map(), evening)).toEqual(['2026-06-13T02:00:00.000Z'])
  })

  it('puts unassigned tasks at the first slot: nobody can be double-booked', () => {
    const starts = planSlots(
      [
        { staffId: null, minutes: 60, fromDate: '2026-06-12' },
        { staffId: null, minutes: 60, fromDate: '2026-06-12' }
      ],
      new Map(),
      EARLY
    )
    expect(starts).toEqual(['2026-06-12T02:00:00.000Z', '2026-06-12T02:00:00.000Z'])
  })

  it('keeps a long task inside opening hours', () => {
    const busy = new Map([['s1', [span('2026-06-12T02:00:00.000Z', 7 * 60)]]]) // 10:00–17:00
    expect(planSlots([{ staffId: 's1', minutes: 120, fromDate: '2026-06-12' }], busy, EARLY)).toEqual(['2026-06-13T02:00:00.000Z'])
    expect(planSlots([{ staffId: 's1', minutes: 60, fromDate: '2026-06-12' }], busy, EARLY)).toEqual(['2026-06-12T09:00:00.000Z'])
  })
})

describe('planning a task', () => {
  it('reaches the customer the way they prefer', () => {
    expect(METHOD_FOR_CHANNEL).toEqual({ phone: 'call', sms: 'message', wechat: 'message', email: 'message', letter: 'letter', visit: 'visit' })
  })

  it('gives it to the owner, or to whoever is at the desk when the owner has left or there is none', () => {
    const active = new Set(['s1', 's2'])
    expect(careAssignee('s1', active, 's2')).toBe('s1')
    expect(careAssignee('gone', active, 's2')).toBe('s2')
    expect(careAssignee(null, active, 's2')).toBe('s2')
    expect(careAssignee(null, active, '')).toBeNull()
  })

  it('contacts a missed occasion today, a coming one on its day', () => {
    expect(contactDay('2026-06-05', '2026-06-10')).toBe('2026-06-10')
    expect(contactDay('2026-06-13', '2026-06-10')).toBe('2026-06-13')
  })

  it('makes a planned task for the occasion with nothing done yet', () => {
    expect(
      plannedCareTask({ customerId: 'c1', purpose: '生日问候', method: 'visit', startAt: '2026-06-12T02:00:00.000Z', staffId: 's1', occasionKey: 'birthday:c1:2026' })
    ).toEqual({
      customerId: 'c1',
      purpose: '生日问候',
      method: 'visit',
      startAt: '2026-06-12T02:00:00.000Z',
      durationMinutes: 60,
      staffId: 's1',
      status: 'planned',
      outcome: '',
      notes: '',
      satisfactionScore: null,
      followUpNeeded: false,
      recurrence: { kind: 'none' },
      occasionKey: 'birthday:c1:2026',
      complaintId: null,
      rescheduleHistory: []
    })
  })

  it('wants a snooze to name a later day and a dismissal to say why', () => {
    expect(snoozeProblem('2026-06-11', '2026-06-10')).toBeNull()
    expect(snoozeProblem('2026-06-10', '2026-06-10')).toBe('until-not-after-today')
    expect(snoozeProblem('', '2026-06-10')).toBe('until-invalid')
    expect(dismissProblem('  ')).toBe('reason-required')
    expect(dismissProblem('客户已婉拒')).toBeNull()
  })
})
