import fc from 'fast-check'
import { Solar } from 'lunar-typescript'
import { describe, expect, it } from 'vitest'
import type { ImportantDate } from '@shared/domain/customer'
import { daysBetween } from '@shared/domain/days'
import {
  formatLunarDate,
  nextImportantDate,
  nextOccurrence,
  solarDateForYear,
  validateImportantDate,
  type YearlyDate
} from '@shared/domain/important-dates'

const solar = (month: number, day: number, year: number | null = null): YearlyDate => ({
  calendar: 'solar',
  year,
  month,
  day,
  leapMonth: false
})
const lunar = (month: number, day: number, leapMonth = false, year: number | null = null): YearlyDate => ({
  calendar: 'lunar',
  year,
  month,
  day,
  leapMonth
})
const next = (date: YearlyDate, today: string) => nextOccurrence(date, today)
const important = (id: string, date: YearlyDate): ImportantDate => ({ id, kind: 'birthday', label: '', ...date })

/** Dates from 1950 to 2080 as yyyy-mm-dd. */
const isoDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2080-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))

describe('nextOccurrence: solar dates', () => {
  it('is today when it falls today', () => {
    expect(next(solar(3, 9), '2026-03-09')).toEqual({ date: '2026-03-09', daysAway: 0 })
  })

  it('is later this year, or next year once this year has passed', () => {
    expect(next(solar(3, 10), '2026-03-09')).toEqual({ date: '2026-03-10', daysAway: 1 })
    expect(next(solar(3, 8), '2026-03-09')).toEqual({ date: '2027-03-08', daysAway: 364 })
  })

  it('crosses the year end: Jan 1 is one day after Dec 31', () => {
    expect(next(solar(1, 1), '2025-12-31')).toEqual({ date: '2026-01-01', daysAway: 1 })
    expect(next(solar(12, 31), '2025-12-31')).toEqual({ date: '2025-12-31', daysAway: 0 })
  })

  it('puts Feb 29 on Feb 28 in common years and on Feb 29 in leap years', () => {
    const leapDay = solar(2, 29)
    expect(next(leapDay, '2025-02-01')).toEqual({ date: '2025-02-28', daysAway: 27 })
    expect(next(leapDay, '2025-02-28')).toEqual({ date: '2025-02-28', daysAway: 0 })
    expect(next(leapDay, '2025-03-01')).toEqual({ date: '2026-02-28', daysAway: 364 })
    expect(next(leapDay, '2027-03-01')).toEqual({ date: '2028-02-29', daysAway: 365 })
    expect(next(leapDay, '2028-02-28')).toEqual({ date: '2028-02-29', daysAway: 1 })
    expect(next(leapDay, '2028-02-29')).toEqual({ date: '2028-02-29', daysAway: 0 })
    // 2100 is not a leap year.
    expect(next(leapDay, '2100-01-01')).toEqual({ date: '2100-02-28', daysAway: 58 })
  })

  it('counts only years after a known year: the first anniversary is a year on', () => {
    expect(next(solar(3, 9, 2026), '2026-03-09')).toEqual({ date: '2027-03-09', daysAway: 365 })
    expect(next(solar(3, 10, 2025), '2026-03-09')).toEqual({ date: '2026-03-10', daysAway: 1 })
    expect(next(solar(3, 9, 1980), '2026-03-09')).toEqual({ date: '2026-03-09', daysAway: 0 })
    expect(next(solar(5, 1, 2030), '2026-03-09')).toBeNull()
  })

  it('has no occurrence for a date that does not exist', () => {
    expect(next(solar(4, 31), '2026-03-09')).toBeNull()
    expect(next(solar(2, 30), '2026-03-09')).toBeNull()
    expect(next(solar(13, 1), '2026-03-09')).toBeNull()
    expect(next(solar(2, 29, 2025), '2026-03-09')).toBeNull()
  })

  it('is always on or after today, within a year, on the right month and day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), isoDate, (month, day, today) => {
        fc.pre(day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!)
        const found = next(solar(month, day), today)
        expect(found).not.toBeNull()
        expect(found!.daysAway).toBe(daysBetween(today, found!.date))
        expect(found!.daysAway).toBeGreaterThanOrEqual(0)
        expect(found!.daysAway).toBeLessThanOrEqual(366)
        const [, foundMonth, foundDay] = found!.date.split('-').map(Number)
        expect(foundMonth).toBe(month)
        expect(foundDay).toBe(month === 2 && day === 29 && foundDay === 28 ? 28 : day)
      })
    )
  })
})

describe('nextOccurrence: lunar dates', () => {
  // Checked against published calendars: 春节 and 中秋 of 2020–2027.
  it.each([
    ['2024-01-01', '2024-09-17'],
    ['2024-09-17', '2024-09-17'],
    ['2024-09-18', '2025-10-06'],
    ['2025-10-06', '2025-10-06'],
    ['2025-10-07', '2026-09-25'],
    ['2020-09-30', '2020-10-01'],
    ['2022-01-01', '2022-09-10'],
    ['2023-09-01', '2023-09-29']
  ])('finds 中秋 (八月十五) after %s on %s', (today, expected) => {
    expect(next(lunar(8, 15), today)).toEqual({ date: expected, daysAway: daysBetween(today, expected) })
  })

  it.each([
    ['2024-12-01', '2025-01-29'],
    ['2025-01-29', '2025-01-29'],
    ['2025-01-30', '2026-02-17'],
    ['2026-02-18', '2027-02-06'],
    ['2019-12-31', '2020-01-25'],
    ['2021-01-01', '2021-02-12'],
    ['2023-01-01', '2023-01-22'],
    ['2024-01-01', '2024-02-10']
  ])('finds 春节 (正月初一) after %s on %s', (today, expected) => {
    expect(next(lunar(1, 1), today)).toEqual({ date: expected, daysAway: daysBetween(today, expected) })
  })

  it('finds a 腊月 date of the lunar year that is still running in January', () => {
    // 2026-01-01 is in lunar 2025's 冬月; 腊月廿三 (小年) of that lunar year is 2026-02-10.
    expect(next(lunar(12, 23), '2026-01-01')).toEqual({ date: '2026-02-10', daysAway: 40 })
    expect(next(lunar(12, 8), '2026-01-01')).toEqual({ date: '2026-01-26', daysAway: 25 })
  })

  it('puts the 30th on the last day of a 29-day month: 大年三十 in lunar 2024 was the 29th', () => {
    expect(next(lunar(12, 30), '2025-01-01')).toEqual({ date: '2025-01-28', daysAway: 27 })
    expect(next(lunar(12, 30), '2023-01-01')).toEqual({ date: '2023-01-21', daysAway: 20 })
  })

  it('falls in the leap month in years that have it, else in the ordinary month', () => {
    // 2020 has a leap fourth month; 2026 has none.
    expect(next(lunar(4, 8, true), '2020-05-01')).toEqual({ date: '2020-05-30', daysAway: 29 })
    expect(next(lunar(4, 8), '2020-04-01')).toEqual({ date: '2020-04-30', daysAway: 29 })
    expect(next(lunar(4, 8, true), '2026-01-01')?.date).toBe('2026-05-24')
    // 2025 has a leap sixth month.
    expect(next(lunar(6, 15, true), '2025-07-20')?.date).toBe('2025-08-08')
    expect(next(lunar(6, 15), '2025-07-01')?.date).toBe('2025-07-09')
  })

  it('reads a known year as a lunar year and counts only later lunar years', () => {
    // Born 腊月廿三 of lunar 2025 (2026-02-10): the first birthday is 腊月廿三 of lunar 2026.
    expect(next(lunar(12, 23, false, 2025), '2026-01-01')?.date).toBe('2027-01-30')
    expect(next(lunar(8, 15, false, 1980), '2026-01-01')?.date).toBe('2026-09-25')
  })

  it('has no occurrence for a date that does not exist', () => {
    expect(next(lunar(8, 31), '2026-01-01')).toBeNull()
    expect(next(lunar(0, 1), '2026-01-01')).toBeNull()
    // Lunar 2026 has no leap month, so 闰四月 of 2026 never was.
    expect(next(lunar(4, 8, true, 2026), '2026-01-01')).toBeNull()
  })

  it('is the first day from today that lunar-typescript reads as that lunar month and day', () => {
    const lunarOf = (iso: string) => {
      const [year = 0, month = 0, day = 0] = iso.split('-').map(Number)
      return Solar.fromYmd(year, month, day).getLunar()
    }
    const dayAfter = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 29 }), isoDate, (month, day, today) => {
        const found = next(lunar(month, day), today)
        expect(found).not.toBeNull()
        // An ordinary-month date never lands in the leap month of the same number.
        expect([lunarOf(found!.date).getMonth(), lunarOf(found!.date).getDay()]).toEqual([month, day])
        for (let date = today; date < found!.date; date = dayAfter(date)) {
          expect([lunarOf(date).getMonth(), lunarOf(date).getDay()]).not.toEqual([month, day])
        }
      }),
      { numRuns: 150 }
    )
  })
})

describe('solarDateForYear', () => {
  it('gives the solar date of a lunar date in a solar year', () => {
    expect(solarDateForYear(lunar(8, 15), 2026)).toBe('2026-09-25')
    expect(solarDateForYear(lunar(1, 1), 2027)).toBe('2027-02-06')
    expect(solarDateForYear(lunar(12, 23), 2026)).toBe('2026-02-10')
  })

  it('gives the first of two when a lunar date falls twice in the year', () => {
    // 冬月二十 of lunar 2025 is 2026-01-08, of lunar 2026 is 2026-12-28.
    expect(solarDateForYear(lunar(11, 20), 2026)).toBe('2026-01-08')
  })

  it('is null when a lunar date skips the solar year', () => {
    // 腊月初一 of lunar 2024 is 2024-12-31, of lunar 2025 is 2026-01-19: none in 2025.
    expect(solarDateForYear(lunar(12, 1), 2025)).toBeNull()
  })

  it('gives a solar date in its year, Feb 29 on Feb 28 in common years', () => {
    expect(solarDateForYear(solar(3, 9), 2031)).toBe('2031-03-09')
    expect(solarDateForYear(solar(2, 29), 2026)).toBe('2026-02-28')
    expect(solarDateForYear(solar(2, 29), 2028)).toBe('2028-02-29')
  })

  it('is null for a date that does not exist', () => {
    expect(solarDateForYear(solar(6, 31), 2026)).toBeNull()
  })
})

describe('formatLunarDate', () => {
  it("uses the lunar calendar's names for months and days", () => {
    expect(formatLunarDate(1, 1, false)).toBe('正月初一')
    expect(formatLunarDate(4, 8, true)).toBe('闰四月初八')
    expect(formatLunarDate(8, 15, false)).toBe('八月十五')
    expect(formatLunarDate(11, 20, false)).toBe('冬月二十')
    expect(formatLunarDate(12, 23, false)).toBe('腊月廿三')
    expect(formatLunarDate(10, 10, false)).toBe('十月初十')
    expect(formatLunarDate(3, 30, false)).toBe('三月三十')
    expect(formatLunarDate(6, 21, true)).toBe('闰六月廿一')
  })

  it('shows out-of-range values as numbers rather than hiding them', () => {
    expect(formatLunarDate(13, 1, false)).toBe('13月1日')
    expect(formatLunarDate(1, 31, true)).toBe('闰1月31日')
    expect(formatLunarDate(0, 0, false)).toBe('0月0日')
  })
})

describe('nextImportantDate', () => {
  it('is the soonest of the dates, and the first listed on a tie', () => {
    const birthday = important('a', solar(12, 1))
    const midAutumn = important('b', lunar(8, 15))
    const sameDay = important('c', solar(9, 25))
    expect(nextImportantDate([birthday, midAutumn, sameDay], '2026-09-01')).toEqual({ date: midAutumn, on: '2026-09-25', daysAway: 24 })
    expect(nextImportantDate([birthday, sameDay, midAutumn], '2026-09-01')).toEqual({ date: sameDay, on: '2026-09-25', daysAway: 24 })
    expect(nextImportantDate([birthday, midAutumn], '2026-09-26')).toEqual({ date: birthday, on: '2026-12-01', daysAway: 66 })
  })

  it('skips dates without an occurrence and is null without any', () => {
    expect(nextImportantDate([important('x', solar(4, 31))], '2026-01-01')).toBeNull()
    expect(nextImportantDate([], '2026-01-01')).toBeNull()
  })
})

describe('validateImportantDate', () => {
  const today = '2026-03-09'
  const check = (date: YearlyDate, kind: ImportantDate['kind'] = 'birthday', label = '') =>
    validateImportantDate({ ...date, kind, label }, today)

  it('accepts real dates', () => {
    expect(check(solar(2, 29))).toEqual([])
    expect(check(solar(2, 29, 2024))).toEqual([])
    expect(check(solar(12, 31, 1980))).toEqual([])
    expect(check(solar(3, 9, 2026))).toEqual([])
    expect(check(lunar(12, 30))).toEqual([])
    expect(check(lunar(4, 8, true))).toEqual([])
    expect(check(lunar(4, 8, true, 2020))).toEqual([])
    expect(check(lunar(12, 30, false, 2023))).toEqual([])
  })

  it('finds months and days out of range, including blanks read as NaN', () => {
    expect(check(solar(0, 1))).toEqual(['month-out-of-range'])
    expect(check(solar(13, 1))).toEqual(['month-out-of-range'])
    expect(check(solar(Number.NaN, 1))).toEqual(['month-out-of-range'])
    expect(check(solar(1.5, 1))).toEqual(['month-out-of-range'])
    expect(check(solar(1, 0))).toEqual(['day-out-of-range'])
    expect(check(solar(1, 32))).toEqual(['day-out-of-range'])
    expect(check(lunar(1, 31))).toEqual(['day-out-of-range'])
    expect(check(solar(Number.NaN, Number.NaN))).toEqual(['month-out-of-range', 'day-out-of-range'])
  })

  it('finds days the month never has, or lacks in the given year', () => {
    expect(check(solar(4, 31))).toEqual(['impossible-date'])
    expect(check(solar(2, 30))).toEqual(['impossible-date'])
    expect(check(solar(2, 29, 2025))).toEqual(['impossible-date'])
    expect(check(solar(2, 29, 1900))).toEqual(['impossible-date'])
    // Lunar 2024's 腊月 had 29 days; lunar 2026 has no leap month.
    expect(check(lunar(12, 30, false, 2024))).toEqual(['impossible-date'])
    expect(check(lunar(4, 8, true, 2026))).toEqual(['impossible-date'])
  })

  it('finds years out of range and dates in the future', () => {
    expect(check(solar(1, 1, 198))).toEqual(['year-out-of-range'])
    expect(check(solar(1, 1, Number.NaN))).toEqual(['year-out-of-range'])
    expect(check(solar(1, 1, 1980.5))).toEqual(['year-out-of-range'])
    expect(check(solar(3, 10, 2026))).toEqual(['in-the-future'])
    expect(check(solar(1, 1, 2027))).toEqual(['in-the-future'])
    // 正月初一 of lunar 2026 was 2026-02-17; 八月十五 is still to come.
    expect(check(lunar(1, 1, false, 2026))).toEqual([])
    expect(check(lunar(8, 15, false, 2026))).toEqual(['in-the-future'])
  })

  it('finds a leap month on a solar date', () => {
    expect(check({ ...solar(4, 8), leapMonth: true })).toEqual(['leap-month-on-solar-date'])
  })

  it('requires a label on a custom date only', () => {
    expect(check(solar(5, 20), 'custom', ' ')).toEqual(['label-required'])
    expect(check(solar(5, 20), 'custom', '结婚纪念日')).toEqual([])
    expect(check(solar(5, 20), 'purchase-anniversary', '')).toEqual([])
  })
})
