import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Recurrence } from '@shared/domain/care-task'
import { addDays, daysInMonth, formatIsoDate } from '@shared/domain/days'
import {
  firstDateOnOrAfter,
  isRecurrenceDate,
  nthWeekdayOf,
  nthWeekdayOfMonth,
  recurrenceDates,
  recurrenceError,
  weekdayOf
} from '@shared/domain/recurrence'

const weekly = (interval = 1, until: string | null = null): Recurrence => ({ kind: 'weekly', interval, until })
const monthly = (interval = 1, until: string | null = null): Recurrence => ({ kind: 'monthly', interval, until })
const yearly = (interval = 1, until: string | null = null): Recurrence => ({ kind: 'yearly', interval, until })
const nth = (n: number, weekday: number, until: string | null = null): Recurrence => ({ kind: 'nth-weekday', nth: n, weekday, until })

describe('weekdays', () => {
  it('knows the day of the week', () => {
    expect(weekdayOf('1970-01-04')).toBe(0)
    expect(weekdayOf('2026-03-02')).toBe(1)
    expect(weekdayOf('1969-12-31')).toBe(3)
    expect(weekdayOf('2024-02-29')).toBe(4)
  })

  it('finds the nth and the last weekday of a month', () => {
    // March 2026 starts on a Sunday.
    expect(nthWeekdayOfMonth(2026, 3, 1, 0)).toBe('2026-03-01')
    expect(nthWeekdayOfMonth(2026, 3, 2, 2)).toBe('2026-03-10')
    expect(nthWeekdayOfMonth(2026, 3, 4, 6)).toBe('2026-03-28')
    expect(nthWeekdayOfMonth(2026, 3, -1, 2)).toBe('2026-03-31')
    expect(nthWeekdayOfMonth(2026, 3, -1, 0)).toBe('2026-03-29')
    expect(nthWeekdayOfMonth(2026, 2, -1, 6)).toBe('2026-02-28')
    expect(nthWeekdayOfMonth(2026, 3, 5, 2)).toBe('2026-03-31')
    expect(nthWeekdayOfMonth(2026, 2, 5, 1)).toBeNull()
  })

  it('tells which nth weekday a date is', () => {
    expect(nthWeekdayOf('2026-03-10')).toEqual({ nth: 2, weekday: 2, isLast: false })
    expect(nthWeekdayOf('2026-03-31')).toEqual({ nth: 5, weekday: 2, isLast: true })
    expect(nthWeekdayOf('2026-03-25')).toEqual({ nth: 4, weekday: 3, isLast: true })
  })

  it('the nth weekday is always that weekday, in that month, and n-1 weeks after the first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 2, 3, 4, -1), fc.integer({ min: 0, max: 6 }), (year, month, n, weekday) => {
        const date = nthWeekdayOfMonth(year, month, n, weekday)
        expect(date).not.toBeNull()
        if (date === null) return
        expect(weekdayOf(date)).toBe(weekday)
        expect(date.slice(0, 7)).toBe(formatIsoDate({ year, month, day: 1 }).slice(0, 7))
        if (n === -1) expect(addDays(date, 7).slice(0, 7)).not.toBe(date.slice(0, 7))
        else expect(Number(date.slice(8))).toBe(Number((nthWeekdayOfMonth(year, month, 1, weekday) ?? '').slice(8)) + (n - 1) * 7)
      })
    )
  })
})

describe('the dates of a series', () => {
  it('a one-off task has its own date only', () => {
    expect(recurrenceDates('2026-03-02', { kind: 'none' }, '2026-03-01', '2026-03-31')).toEqual(['2026-03-02'])
    expect(recurrenceDates('2026-03-02', { kind: 'none' }, '2026-03-03', '2026-03-31')).toEqual([])
  })

  it('weekly, every n weeks, from the anchor and never before it', () => {
    expect(recurrenceDates('2026-03-02', weekly(), '2026-02-01', '2026-03-20')).toEqual(['2026-03-02', '2026-03-09', '2026-03-16'])
    expect(recurrenceDates('2026-03-02', weekly(2), '2026-03-10', '2026-04-30')).toEqual(['2026-03-16', '2026-03-30', '2026-04-13', '2026-04-27'])
  })

  it('stops after `until`, which is included', () => {
    expect(recurrenceDates('2026-03-02', weekly(1, '2026-03-16'), '2026-03-01', '2026-12-31')).toEqual(['2026-03-02', '2026-03-09', '2026-03-16'])
    expect(recurrenceDates('2026-03-02', weekly(1, '2026-03-15'), '2026-03-01', '2026-12-31')).toEqual(['2026-03-02', '2026-03-09'])
  })

  it('monthly on the 31st falls on each month’s last day, and comes back to the 31st', () => {
    expect(recurrenceDates('2026-01-31', monthly(), '2026-01-01', '2026-06-30')).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30'
    ])
    expect(recurrenceDates('2024-01-31', monthly(), '2024-02-01', '2024-02-29')).toEqual(['2024-02-29'])
  })

  it('monthly on the 30th stays on the 30th where the month has one', () => {
    expect(recurrenceDates('2026-01-30', monthly(), '2026-01-01', '2026-04-30')).toEqual(['2026-01-30', '2026-02-28', '2026-03-30', '2026-04-30'])
  })

  it('every 3 months, found from a range years after the anchor', () => {
    expect(recurrenceDates('2020-05-31', monthly(3), '2030-01-01', '2030-12-31')).toEqual(['2030-02-28', '2030-05-31', '2030-08-31', '2030-11-30'])
  })

  it('yearly on 29 February falls on 28 February in other years, and on the 29th in leap years', () => {
    expect(recurrenceDates('2024-02-29', yearly(), '2024-01-01', '2029-12-31')).toEqual([
      '2024-02-29',
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
      '2029-02-28'
    ])
    expect(recurrenceDates('2024-02-29', yearly(2), '2024-01-01', '2030-12-31')).toEqual(['2024-02-29', '2026-02-28', '2028-02-29', '2030-02-28'])
  })

  it('nth weekday: the 2nd Tuesday of each month, starting with the first on or after the anchor', () => {
    expect(recurrenceDates('2026-03-11', nth(2, 2), '2026-01-01', '2026-06-30')).toEqual(['2026-04-14', '2026-05-12', '2026-06-09'])
    expect(recurrenceDates('2026-03-10', nth(2, 2), '2026-01-01', '2026-04-30')).toEqual(['2026-03-10', '2026-04-14'])
  })

  it('nth weekday -1: the last Friday of each month, across a year end and February', () => {
    expect(recurrenceDates('2025-11-01', nth(-1, 5, '2026-03-01'), '2025-11-01', '2026-12-31')).toEqual(['2025-11-28', '2025-12-26', '2026-01-30', '2026-02-27'])
  })

  it('the first date on or after a day, and whether a date is one of them', () => {
    expect(firstDateOnOrAfter('2026-01-31', monthly(), '2026-02-01')).toBe('2026-02-28')
    expect(firstDateOnOrAfter('2026-01-31', monthly(1, '2026-02-27'), '2026-02-01')).toBeNull()
    expect(firstDateOnOrAfter('2024-02-29', yearly(4), '2024-03-01')).toBe('2028-02-29')
    expect(isRecurrenceDate('2026-01-31', monthly(), '2026-02-28')).toBe(true)
    expect(isRecurrenceDate('2026-01-31', monthly(), '2026-02-27')).toBe(false)
    expect(isRecurrenceDate('2026-03-10', nth(2, 2), '2026-04-14')).toBe(true)
  })

  it('monthly dates are each in their own month, on the anchor day or the month’s last day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 6 }), (year, month, rawDay, interval) => {
        const day = Math.min(rawDay, daysInMonth(year, month))
        const anchor = formatIsoDate({ year, month, day })
        const dates = recurrenceDates(anchor, monthly(interval), anchor, addDays(anchor, 800))
        expect(dates[0]).toBe(anchor)
        for (const date of dates) {
          const [y, m, d] = date.split('-').map(Number)
          expect(d).toBe(Math.min(day, daysInMonth(y ?? 0, m ?? 0)))
        }
        expect(new Set(dates.map((date) => date.slice(0, 7))).size).toBe(dates.length)
      })
    )
  })

  it('a range gives the same dates as the whole list cut to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 200 }), fc.constantFrom(weekly(), weekly(3), monthly(), monthly(5), yearly(), nth(3, 4), nth(-1, 1)), (offset, skip, length, recurrence) => {
        const anchor = addDays('2020-01-01', offset)
        const from = addDays(anchor, skip)
        const to = addDays(from, length)
        const all = recurrenceDates(anchor, recurrence, anchor, addDays(anchor, 700))
        expect(recurrenceDates(anchor, recurrence, from, to)).toEqual(all.filter((date) => date >= from && date <= to))
      })
    )
  })
})

describe('a recurrence that cannot be used', () => {
  it('says what is wrong with it', () => {
    expect(recurrenceError({ kind: 'none' }, '2026-03-02')).toBeNull()
    expect(recurrenceError(weekly(1), '2026-03-02')).toBeNull()
    expect(recurrenceError(weekly(0), '2026-03-02')).toBe('interval-invalid')
    expect(recurrenceError(monthly(1.5), '2026-03-02')).toBe('interval-invalid')
    expect(recurrenceError(yearly(100), '2026-03-02')).toBe('interval-invalid')
    expect(recurrenceError(nth(5, 2), '2026-03-02')).toBe('nth-invalid')
    expect(recurrenceError(nth(0, 2), '2026-03-02')).toBe('nth-invalid')
    expect(recurrenceError(nth(-1, 7), '2026-03-02')).toBe('weekday-invalid')
    expect(recurrenceError(weekly(1, '2026-02-30'), '2026-03-02')).toBe('until-invalid')
    expect(recurrenceError(weekly(1, '2026-03-01'), '2026-03-02')).toBe('until-before-start')
    expect(recurrenceError(weekly(1, '2026-03-02'), '2026-03-02')).toBeNull()
  })
})
