import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonthsClamped,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
  requireIsoDate,
  shopInstant,
  todayInShop
} from '@shared/domain/days'

/** Any valid date from 1900 to 2200, as a string. */
const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))

describe('daysInMonth', () => {
  it('gives February 29 days in leap years: every 4th year, but not centuries unless divisible by 400', () => {
    expect([2024, 2000, 1996].map((year) => daysInMonth(year, 2))).toEqual([29, 29, 29])
    expect([2025, 1900, 2100].map((year) => daysInMonth(year, 2))).toEqual([28, 28, 28])
  })

  it('gives the other months their fixed lengths', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2025, month))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    expect(daysInMonth(2025, 13)).toBeNaN()
  })
})

describe('parseIsoDate', () => {
  it('reads a yyyy-mm-dd date', () => {
    expect(parseIsoDate('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 })
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
  })

  it('rejects other shapes and days the month lacks', () => {
    for (const text of ['2026-3-9', '2026/03/09', '2026-03-09T00:00:00Z', '', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']) {
      expect(parseIsoDate(text), text).toBeNull()
    }
  })

  it('round-trips through formatIsoDate', () => {
    fc.assert(fc.property(isoDate, (date) => formatIsoDate(requireIsoDate(date)) === date))
    expect(formatIsoDate({ year: 33, month: 1, day: 2 })).toBe('0033-01-02')
  })

  it('fails loudly through requireIsoDate', () => {
    expect(() => requireIsoDate('2026-02-30')).toThrow(RangeError)
  })
})

describe('todayInShop', () => {
  it("is the shop's calendar date, not UTC's", () => {
    // 16:30 UTC on Dec 31 is already half past midnight on Jan 1 in Shanghai (UTC+8).
    expect(todayInShop(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01')
    expect(todayInShop(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31')
    expect(todayInShop(new Date('2025-12-31T16:30:00Z'), 'UTC')).toBe('2025-12-31')
  })

  it('follows daylight saving where the shop has it', () => {
    // New York is UTC-4 in July and UTC-5 in January.
    expect(todayInShop(new Date('2025-07-01T03:30:00Z'), 'America/New_York')).toBe('2025-06-30')
    expect(todayInShop(new Date('2025-07-01T04:30:00Z'), 'America/New_York')).toBe('2025-07-01')
    expect(todayInShop(new Date('2025-01-01T04:30:00Z'), 'America/New_York')).toBe('2024-12-31')
  })
})

describe('daysBetween', () => {
  it('counts whole days from the first date to the second', () => {
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1)
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1)
    expect(daysBetween('2026-03-09', '2026-03-09')).toBe(0)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1)
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366)
  })

  it('adds up along the calendar', () => {
    fc.assert(
      fc.property(isoDate, isoDate, isoDate, (a, b, c) => daysBetween(a, b) + daysBetween(b, c) === daysBetween(a, c))
    )
  })

  it('rejects what is not a date', () => {
    expect(() => daysBetween('2026-01-01', 'soon')).toThrow(RangeError)
  })
})

describe('addDays', () => {
  it('moves by days across months, leap days and years, both ways', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(addDays('2026-03-09', 0)).toBe('2026-03-09')
  })

  it('is what daysBetween counts', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: -3000, max: 3000 }), (date, days) => daysBetween(date, addDays(date, days)) === days))
  })

  it('rejects what is not a date', () => {
    expect(() => addDays('tomorrow', 1)).toThrow(RangeError)
  })
})

describe('shopInstant', () => {
  it('gives the instant of a shop date and time, Shanghai by default', () => {
    expect(shopInstant('2025-06-20', { hour: 10, minute: 0 }).toISOString()).toBe('2025-06-20T02:00:00.000Z')
    expect(shopInstant('2026-01-01', { hour: 7, minute: 30 }).toISOString()).toBe('2025-12-31T23:30:00.000Z')
    expect(shopInstant('2025-06-20', { hour: 10, minute: 0 }, 'UTC').toISOString()).toBe('2025-06-20T10:00:00.000Z')
  })

  it('is the shop date back again in todayInShop', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (date, hour, minute) =>
        ['Asia/Shanghai', 'America/New_York', 'Europe/Berlin'].every(
          (zone) => todayInShop(shopInstant(date, { hour, minute }, zone), zone) === date
        )
      )
    )
  })

  it('follows daylight saving: a time shown twice is the earlier instant, a skipped one falls after the gap', () => {
    expect(shopInstant('2025-07-01', { hour: 10, minute: 0 }, 'America/New_York').toISOString()).toBe('2025-07-01T14:00:00.000Z')
    expect(shopInstant('2025-01-02', { hour: 10, minute: 0 }, 'America/New_York').toISOString()).toBe('2025-01-02T15:00:00.000Z')
    // 01:30 happens twice on 2 November 2025 in New York, first in EDT (UTC-4).
    expect(shopInstant('2025-11-02', { hour: 1, minute: 30 }, 'America/New_York').toISOString()).toBe('2025-11-02T05:30:00.000Z')
    // 02:30 never happens on 9 March 2025 in New York, nor on 30 March 2025 in Berlin: 03:30 does.
    expect(shopInstant('2025-03-09', { hour: 2, minute: 30 }, 'America/New_York').toISOString()).toBe('2025-03-09T07:30:00.000Z')
    expect(shopInstant('2025-03-30', { hour: 2, minute: 30 }, 'Europe/Berlin').toISOString()).toBe('2025-03-30T01:30:00.000Z')
  })
})

describe('addMonthsClamped', () => {
  it('moves by calendar months, across years both ways', () => {
    expect(addMonthsClamped('2026-01-15', 1)).toBe('2026-02-15')
    expect(addMonthsClamped('2026-11-15', 3)).toBe('2027-02-15')
    expect(addMonthsClamped('2026-01-15', -1)).toBe('2025-12-15')
    expect(addMonthsClamped('2026-03-15', -15)).toBe('2024-12-15')
    expect(addMonthsClamped('2026-03-15', 0)).toBe('2026-03-15')
    expect(addMonthsClamped('2026-03-15', 24)).toBe('2028-03-15')
  })

  it("clamps to the target month's last day", () => {
    expect(addMonthsClamped('2025-01-31', 1)).toBe('2025-02-28')
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28')
    expect(addMonthsClamped('2024-02-29', -12)).toBe('2023-02-28')
    expect(addMonthsClamped('2024-02-29', 48)).toBe('2028-02-29')
    expect(addMonthsClamped('2025-03-31', -1)).toBe('2025-02-28')
    expect(addMonthsClamped('2025-05-31', 1)).toBe('2025-06-30')
  })

  it('keeps the day when the target month has it, and never leaves the target month', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const from = requireIsoDate(date)
        const to = requireIsoDate(addMonthsClamped(date, months))
        expect((to.year - from.year) * 12 + (to.month - from.month)).toBe(months)
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)))
      })
    )
  })
})
