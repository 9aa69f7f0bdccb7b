import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CareTask, Recurrence } from '@shared/domain/care-task'
import { addDays } from '@shared/domain/days'
import { seriesOccurrenceKey } from '@shared/domain/schedule'
import { findTaskClash, type ClashCandidate } from '@shared/domain/task-clash'
import { shopAt, storedTask as stored } from './schedule-fixtures'

const at = shopAt

/** Stored tasks here last an hour, like the bookings. */
const storedTask = (id: string, overrides: Partial<CareTask> = {}): CareTask => stored(id, { durationMinutes: 60, ...overrides })

const booking = (startAt: string, overrides: Partial<ClashCandidate> = {}): ClashCandidate => ({
  startAt,
  durationMinutes: 60,
  staffId: 'wang',
  status: 'planned',
  recurrence: { kind: 'none' },
  ...overrides
})

const weekly: Recurrence = { kind: 'weekly', interval: 1, until: null }

describe('a clash', () => {
  const visit = storedTask('visit', { startAt: at('2026-03-02'), durationMinutes: 60, staffId: 'wang', customerId: 'zhang' })

  it('is an overlap with the same person’s planned task, explained by that task and both times', () => {
    expect(findTaskClash(booking(at('2026-03-02', 10, 30)), [visit])).toEqual({
      task: visit,
      startAt: at('2026-03-02'),
      endAt: at('2026-03-02', 11),
      candidateStartAt: at('2026-03-02', 10, 30),
      candidateEndAt: at('2026-03-02', 11, 30)
    })
    expect(findTaskClash(booking(at('2026-03-02', 9, 30)), [visit])?.task.id).toBe('visit')
    expect(findTaskClash(booking(at('2026-03-02', 9), { durationMinutes: 180 }), [visit])?.task.id).toBe('visit')
  })

  it('is not back to back: ending at 10:00 or starting at 11:00 is fine', () => {
    expect(findTaskClash(booking(at('2026-03-02', 9)), [visit])).toBeNull()
    expect(findTaskClash(booking(at('2026-03-02', 11)), [visit])).toBeNull()
  })

  it('needs the same member of staff, and nobody assigned books nobody', () => {
    expect(findTaskClash(booking(at('2026-03-02'), { staffId: 'li' }), [visit])).toBeNull()
    expect(findTaskClash(booking(at('2026-03-02'), { staffId: null }), [visit])).toBeNull()
    expect(findTaskClash(booking(at('2026-03-02')), [{ ...visit, staffId: null }])).toBeNull()
  })

  it('ignores done, missed, cancelled and deleted tasks, and the task itself', () => {
    for (const status of ['done', 'missed', 'cancelled'] as const) {
      expect(findTaskClash(booking(at('2026-03-02')), [{ ...visit, status }])).toBeNull()
    }
    expect(findTaskClash(booking(at('2026-03-02')), [{ ...visit, deletedAt: '2026-03-01T00:00:00.000Z' }])).toBeNull()
    expect(findTaskClash(booking(at('2026-03-02', 10, 30), { id: 'visit' }), [visit])).toBeNull()
    expect(findTaskClash(booking(at('2026-03-02'), { status: 'done' }), [visit])).toBeNull()
  })

  it('is found with an occurrence of a recurring task, far from its first date', () => {
    const series = storedTask('series', { startAt: at('2025-01-06'), recurrence: weekly, staffId: 'wang' })
    // 2026-03-02 is a Monday, like 2025-01-06.
    const clash = findTaskClash(booking(at('2026-03-02', 10, 30)), [series])
    expect(clash?.task.id).toBe('series')
    expect(clash?.startAt).toBe(at('2026-03-02'))
    expect(findTaskClash(booking(at('2026-03-03', 10, 30)), [series])).toBeNull()
  })

  it('is not found on a date the series gave up to an exception, but is with the exception where it went', () => {
    const series = storedTask('series', { startAt: at('2026-02-02'), recurrence: weekly, staffId: 'wang' })
    const moved = storedTask('moved', { startAt: at('2026-03-03', 15), staffId: 'wang', occasionKey: seriesOccurrenceKey('series', '2026-03-02') })
    expect(findTaskClash(booking(at('2026-03-02')), [series, moved])).toBeNull()
    expect(findTaskClash(booking(at('2026-03-03', 15, 30)), [series, moved])?.task.id).toBe('moved')
  })

  it('leaves out the occurrence being moved away from', () => {
    const series = storedTask('series', { startAt: at('2026-02-02'), recurrence: weekly, staffId: 'wang' })
    expect(findTaskClash(booking(at('2026-03-02', 10, 30)), [series], { ignore: { taskId: 'series', date: '2026-03-02' } })).toBeNull()
  })

  it('of a recurring booking, is its first occurrence that meets another booking, within the horizon', () => {
    const later = storedTask('later', { startAt: at('2026-04-13', 10, 30), staffId: 'wang' })
    const clash = findTaskClash(booking(at('2026-03-02'), { recurrence: weekly }), [later])
    expect(clash?.task.id).toBe('later')
    expect(clash?.candidateStartAt).toBe(at('2026-04-13'))
    const farAway = storedTask('far', { startAt: at('2027-04-12'), staffId: 'wang' })
    expect(findTaskClash(booking(at('2026-03-02'), { recurrence: weekly }), [farAway])).toBeNull()
    expect(findTaskClash(booking(at('2026-03-02'), { recurrence: { ...weekly, until: '2026-04-12' } }), [later])).toBeNull()
  })

  it('between two series that meet only every few weeks', () => {
    const everyThird = storedTask('third', { startAt: at('2026-03-02'), recurrence: { kind: 'weekly', interval: 3, until: null }, staffId: 'wang' })
    const clash = findTaskClash(booking(at('2026-03-09', 10, 30), { recurrence: { kind: 'weekly', interval: 2, until: null } }), [everyThird])
    // Mondays 9, 23 Mar, 6, 20 Apr… against 2, 23 Mar, 13 Apr…: first together on 23 March.
    expect(clash?.candidateStartAt).toBe(at('2026-03-23', 10, 30))
  })

  it('with a task running past midnight on the day before', () => {
    const night = storedTask('night', { startAt: at('2026-03-01', 23), durationMinutes: 120, staffId: 'wang' })
    expect(findTaskClash(booking(at('2026-03-02', 0, 30)), [night])?.task.id).toBe('night')
  })

  it('exists exactly when the two one-off intervals overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 48 * 60 }), fc.integer({ min: 1, max: 600 }), fc.integer({ min: 0, max: 48 * 60 }), fc.integer({ min: 1, max: 600 }), (a, aLength, b, bLength) => {
        const base = new Date(at('2026-03-02', 0)).getTime()
        const instant = (minutes: number) => new Date(base + minutes * 60_000).toISOString()
        const other = storedTask('other', { startAt: instant(a), durationMinutes: aLength, staffId: 'wang' })
        const clash = findTaskClash(booking(instant(b), { durationMinutes: bLength }), [other])
        expect(clash !== null).toBe(a < b + bLength && b < a + aLength)
      })
    )
  })

  it('works for tasks with no other booking nearby at all', () => {
    const tasks: CareTask[] = Array.from({ length: 30 }, (_, index) =>
      storedTask(`t${index}`, { startAt: at(addDays('2026-03-02', index), 14), staffId: 'wang' })
    )
    expect(findTaskClash(booking(at('2026-03-10', 9), { recurrence: { kind: 'monthly', interval: 1, until: null } }), tasks)).toBeNull()
  })
})
