import { describe, expect, it } from 'vitest'
import { datesOf, stepFocus, viewRange, weekStart } from '@renderer/features/visits/calendar-range'
import { dayHours, placeTasks } from '@renderer/features/visits/calendar-day-layout'
import { formatDateRange, formatShopTime } from '@renderer/features/visits/calendar-format'
import type { ScheduledTask } from '@renderer/data/repositories/care-tasks'
import { endOf } from '@shared/domain/schedule'
import { shopAt, storedTask } from '../../shared/schedule-fixtures'

describe('calendar ranges', () => {
  it('weeks start on Monday', () => {
    expect(weekStart('2026-03-02')).toBe('2026-03-02')
    expect(weekStart('2026-03-08')).toBe('2026-03-02')
    expect(weekStart('2026-03-04')).toBe('2026-03-02')
  })

  it('each view shows its dates around the focus', () => {
    expect(viewRange('day', '2026-03-04')).toEqual({ from: '2026-03-04', to: '2026-03-04' })
    expect(viewRange('week', '2026-03-04')).toEqual({ from: '2026-03-02', to: '2026-03-08' })
    // March 2026 runs Sunday 1st to Tuesday 31st: whole weeks from Monday 23 Feb to Sunday 5 April.
    expect(viewRange('month', '2026-03-17')).toEqual({ from: '2026-02-23', to: '2026-04-05' })
    expect(viewRange('agenda', '2026-03-04')).toEqual({ from: '2026-03-04', to: '2026-03-17' })
    expect(datesOf(viewRange('week', '2026-03-04'))).toHaveLength(7)
    expect(datesOf(viewRange('month', '2026-02-10')).length % 7).toBe(0)
  })

  it('previous and next move by the view’s length; a month keeps the day where it can', () => {
    expect(stepFocus('day', '2026-03-01', -1)).toBe('2026-02-28')
    expect(stepFocus('week', '2026-03-04', 1)).toBe('2026-03-11')
    expect(stepFocus('month', '2026-01-31', 1)).toBe('2026-02-28')
    expect(stepFocus('agenda', '2026-03-04', 1)).toBe('2026-03-18')
  })
})

const scheduled = (id: string, startAt: string, durationMinutes = 60): ScheduledTask => {
  const task = storedTask(id, { startAt, durationMinutes })
  return { task, startAt, endAt: endOf(startAt, durationMinutes), date: '2026-03-02', inSeries: false, customer: null }
}

describe('the day grid', () => {
  it('shows 8:00 to 20:00, widened for earlier or later tasks', () => {
    expect(dayHours('2026-03-02', [])).toEqual({ first: 8, last: 20 })
    expect(dayHours('2026-03-02', [scheduled('a', shopAt('2026-03-02', 7, 30)), scheduled('b', shopAt('2026-03-02', 20, 30))])).toEqual({
      first: 7,
      last: 22
    })
  })

  it('puts overlapping tasks side by side and a lone task full width', () => {
    const placed = placeTasks(
      '2026-03-02',
      [scheduled('a', shopAt('2026-03-02', 9)), scheduled('b', shopAt('2026-03-02', 9, 30)), scheduled('c', shopAt('2026-03-02', 14))],
      8
    )
    expect(placed.map(({ top, height, lane, lanes }) => ({ top, height, lane, lanes }))).toEqual([
      { top: 60, height: 60, lane: 0, lanes: 2 },
      { top: 90, height: 60, lane: 1, lanes: 2 },
      { top: 360, height: 60, lane: 0, lanes: 1 }
    ])
  })
})

describe('calendar formats', () => {
  it('show the shop’s time of day, whatever zone the PC is in', () => {
    expect(formatShopTime('2026-03-02T02:00:00.000Z', 'zh-CN')).toBe('10:00')
    expect(formatShopTime('2026-03-02T06:30:00.000Z', 'en')).toBe('2:30 PM')
  })

  it('write a range of dates readably in both languages', () => {
    expect(formatDateRange('2026-03-02', '2026-03-08', 'en')).toMatch(/^March 2\s–\s8, 2026$/)
    expect(formatDateRange('2026-03-02', '2026-03-08', 'zh-CN')).toMatch(/^2026年3月2日.+3月8日$|^2026年3月2日至8日$/)
    expect(formatDateRange('2026-03-02', '2026-03-02', 'zh-CN')).toBe('2026年3月2日')
  })
})
