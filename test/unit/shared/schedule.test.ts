import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  occurrencesInRange,
  occurrencesOf,
  parseSeriesOccurrenceKey,
  seriesOccurrenceKey,
  shopWallClock,
  wallClockInstant
} from '@shared/domain/schedule'
import { shopAt, storedTask } from './schedule-fixtures'

const at = shopAt

describe('the shop’s wall clock', () => {
  it('reads the shop’s date and time of an instant', () => {
    expect(shopWallClock('2026-03-02T02:00:00.000Z')).toEqual({ date: '2026-03-02', hour: 10, minute: 0 })
    expect(shopWallClock('2026-03-01T16:30:00.000Z')).toEqual({ date: '2026-03-02', hour: 0, minute: 30 })
    expect(shopWallClock('2026-03-02T15:59:00.000Z')).toEqual({ date: '2026-03-02', hour: 23, minute: 59 })
    expect(shopWallClock('2026-03-02T10:00:00.000Z', 'UTC')).toEqual({ date: '2026-03-02', hour: 10, minute: 0 })
  })

  it('reads the clocks right on the days daylight saving starts and ends', () => {
    // Berlin: 30 March 2025 02:00 → 03:00; 26 October 2025 03:00 → 02:00 (the hour shown twice is left out: see shopWallClock).
    expect(shopWallClock('2025-03-30T00:30:00.000Z', 'Europe/Berlin')).toEqual({ date: '2025-03-30', hour: 1, minute: 30 })
    expect(shopWallClock('2025-03-30T01:30:00.000Z', 'Europe/Berlin')).toEqual({ date: '2025-03-30', hour: 3, minute: 30 })
    expect(shopWallClock('2025-03-30T08:00:00.000Z', 'Europe/Berlin')).toEqual({ date: '2025-03-30', hour: 10, minute: 0 })
    expect(shopWallClock('2025-10-25T23:30:00.000Z', 'Europe/Berlin')).toEqual({ date: '2025-10-26', hour: 1, minute: 30 })
    expect(shopWallClock('2025-10-26T09:00:00.000Z', 'Europe/Berlin')).toEqual({ date: '2025-10-26', hour: 10, minute: 0 })
  })

  it('and back: the instant of a wall clock reading is the one read', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }), fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York'), (seconds, zone) => {
        const instant = new Date(Math.floor(seconds / 60) * 60_000).toISOString()
        const wall = shopWallClock(instant, zone)
        expect(wallClockInstant(wall, zone) <= instant).toBe(true)
        // Only a time the clocks show twice reads back as the earlier instant.
        expect(new Date(instant).getTime() - new Date(wallClockInstant(wall, zone)).getTime()).toBeLessThanOrEqual(3_600_000)
      })
    )
  })
})

describe('occurrences', () => {
  it('a one-off task is one occurrence on its shop date, whatever its status', () => {
    const task = storedTask('t1', { startAt: at('2026-03-02'), durationMinutes: 45, status: 'done' })
    expect(occurrencesOf(task, { from: '2026-03-02', to: '2026-03-02' })).toEqual([
      { task, startAt: '2026-03-02T02:00:00.000Z', endAt: '2026-03-02T02:45:00.000Z', date: '2026-03-02', inSeries: false }
    ])
    expect(occurrencesOf(task, { from: '2026-03-03', to: '2026-03-09' })).toEqual([])
    expect(occurrencesOf({ ...task, deletedAt: '2026-03-01T00:00:00.000Z' }, { from: '2026-03-02', to: '2026-03-02' })).toEqual([])
  })

  it('a series keeps its shop time of day on every date', () => {
    const series = storedTask('s1', { startAt: at('2026-01-31', 9, 30), recurrence: { kind: 'monthly', interval: 1, until: null } })
    expect(occurrencesOf(series, { from: '2026-02-01', to: '2026-04-30' }).map((occurrence) => [occurrence.date, occurrence.startAt])).toEqual([
      ['2026-02-28', at('2026-02-28', 9, 30)],
      ['2026-03-31', at('2026-03-31', 9, 30)],
      ['2026-04-30', at('2026-04-30', 9, 30)]
    ])
  })

  it('a cancelled series has no dates left', () => {
    const series = storedTask('s1', { startAt: at('2026-03-02'), recurrence: { kind: 'weekly', interval: 1, until: null }, status: 'cancelled' })
    expect(occurrencesOf(series, { from: '2026-03-01', to: '2026-03-31' })).toEqual([])
  })

  it('a series skips the dates its exceptions took over; the exceptions show where they now are', () => {
    const series = storedTask('s1', { startAt: at('2026-03-02'), recurrence: { kind: 'weekly', interval: 1, until: null }, staffId: 'w' })
    const done = storedTask('e1', { startAt: at('2026-03-09'), status: 'done', occasionKey: seriesOccurrenceKey('s1', '2026-03-09') })
    const moved = storedTask('e2', { startAt: at('2026-03-17', 15), occasionKey: seriesOccurrenceKey('s1', '2026-03-16') })
    const deleted = storedTask('e3', { startAt: at('2026-03-23'), occasionKey: seriesOccurrenceKey('s1', '2026-03-23'), deletedAt: '2026-03-01T00:00:00.000Z' })
    const occurrences = occurrencesInRange([moved, series, done, deleted], { from: '2026-03-01', to: '2026-03-31' })
    expect(occurrences.map((occurrence) => [occurrence.task.id, occurrence.date, occurrence.inSeries])).toEqual([
      ['s1', '2026-03-02', true],
      ['e1', '2026-03-09', false],
      ['e2', '2026-03-17', false],
      ['s1', '2026-03-23', true],
      ['s1', '2026-03-30', true]
    ])
  })

  it('reads a series occasion key back, and nothing else', () => {
    expect(parseSeriesOccurrenceKey(seriesOccurrenceKey('01ABC', '2026-03-09'))).toEqual({ seriesId: '01ABC', date: '2026-03-09' })
    expect(parseSeriesOccurrenceKey('birthday:2026')).toBeNull()
    expect(parseSeriesOccurrenceKey(null)).toBeNull()
  })
})
