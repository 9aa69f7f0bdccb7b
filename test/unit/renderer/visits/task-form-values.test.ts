import { describe, expect, it } from 'vitest'
import { draftOf, newTaskValues, nthWeekdayFor, parseTimeInput, startOf, taskValues } from '@renderer/features/visits/task-form-values'
import { openDates, shownOccurrence } from '@renderer/features/visits/task-occurrence'
import { seriesOccurrenceKey } from '@shared/domain/schedule'
import { shopAt, storedTask } from '../../shared/schedule-fixtures'

describe('the task form’s values', () => {
  it('read the date and time as the shop’s clock', () => {
    expect(startOf({ date: '2026-03-02', time: '10:30' })).toBe('2026-03-02T02:30:00.000Z')
    expect(startOf({ date: '2026-02-30', time: '10:30' })).toBe('')
    expect(startOf({ date: '2026-03-02', time: '' })).toBe('')
    expect(parseTimeInput('24:00')).toBeNull()
  })

  it('become a draft: nobody for no staff, the recurrence chosen', () => {
    const values = { ...newTaskValues({ customerId: 'c1', staffId: '', date: '2026-03-10' }), purpose: '生日问候' }
    expect(draftOf(values)).toEqual({
      customerId: 'c1',
      purpose: '生日问候',
      method: 'visit',
      startAt: shopAt('2026-03-10'),
      durationMinutes: 60,
      staffId: null,
      recurrence: { kind: 'none' },
      notes: ''
    })
    expect(draftOf({ ...values, recurrenceKind: 'monthly', interval: '3', until: '2026-12-31' }).recurrence).toEqual({ kind: 'monthly', interval: 3, until: '2026-12-31' })
    // 10 March 2026 is the 2nd Tuesday.
    expect(draftOf({ ...values, recurrenceKind: 'nth-weekday' }).recurrence).toEqual({ kind: 'nth-weekday', nth: 2, weekday: 2, until: null })
  })

  it('a fifth weekday becomes "the last"', () => {
    expect(nthWeekdayFor('2026-03-31')).toEqual({ nth: -1, weekday: 2 })
  })

  it('come back from a stored task unchanged', () => {
    const task = storedTask('t1', { startAt: shopAt('2026-03-10', 15, 45), staffId: 'wang', recurrence: { kind: 'weekly', interval: 2, until: null }, notes: '带贺卡' })
    const values = taskValues(task)
    expect(values).toMatchObject({ date: '2026-03-10', time: '15:45', staffId: 'wang', recurrenceKind: 'weekly', interval: '2', until: '' })
    expect(draftOf(values).startAt).toBe(task.startAt)
    expect(draftOf(values).recurrence).toEqual(task.recurrence)
  })
})

describe('the date of a series a task page is about', () => {
  const series = storedTask('s1', { startAt: shopAt('2026-03-02'), recurrence: { kind: 'weekly', interval: 1, until: null } })
  const done = storedTask('e1', { startAt: shopAt('2026-03-09'), status: 'done', occasionKey: seriesOccurrenceKey('s1', '2026-03-09') })

  it('is the date asked for, or the next open one from today', () => {
    expect(shownOccurrence(series, [done], '2026-03-16', '2026-03-01')).toMatchObject({ date: '2026-03-16', startAt: shopAt('2026-03-16'), takenBy: null })
    expect(shownOccurrence(series, [done], null, '2026-03-05')?.date).toBe('2026-03-16')
    expect(shownOccurrence(series, [done], '2026-03-10', '2026-03-05')?.date).toBe('2026-03-16')
    expect(shownOccurrence(series, [done], '2026-03-09', '2026-03-05')?.takenBy?.id).toBe('e1')
    expect(openDates(series, [done], '2026-03-01', 3)).toEqual(['2026-03-02', '2026-03-16', '2026-03-23'])
  })

  it('is the task itself for a one-off, and nothing for a series that has ended', () => {
    const task = storedTask('t1', { startAt: shopAt('2026-03-02'), durationMinutes: 30 })
    expect(shownOccurrence(task, [], '2026-05-05', '2026-03-01')).toEqual({ date: null, startAt: shopAt('2026-03-02'), endAt: shopAt('2026-03-02', 10, 30), takenBy: null })
    expect(shownOccurrence({ ...series, recurrence: { kind: 'weekly', interval: 1, until: '2026-03-02' } }, [], null, '2026-03-05')).toBeNull()
  })
})
