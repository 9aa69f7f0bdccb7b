import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isInSpan,
  isReportRangePreset,
  isValidReportRange,
  presetRange,
  reportMonths,
  reportRangeDays,
  reportRangeSpan,
  spanIndexOf,
  type InstantSpan
} from '@shared/domain/report-range'

describe('presetRange', () => {
  it('counts each preset from the shop’s today, ending today when the period is still running', () => {
    const today = '2026-03-15'
    expect(presetRange('this-month', today)).toEqual({ from: '2026-03-01', to: '2026-03-15' })
    expect(presetRange('last-month', today)).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(presetRange('last-90-days', today)).toEqual({ from: '2025-12-16', to: '2026-03-15' })
    expect(presetRange('this-year', today)).toEqual({ from: '2026-01-01', to: '2026-03-15' })
    expect(presetRange('last-12-months', today)).toEqual({ from: '2025-03-16', to: '2026-03-15' })
  })

  it('gives 90 days for the last 90 days, today included', () => {
    expect(reportRangeDays(presetRange('last-90-days', '2026-03-15'))).toBe(90)
  })

  it('takes last month across a year end and in a leap year', () => {
    expect(presetRange('last-month', '2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' })
    expect(presetRange('last-month', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
  })

  it('makes the last 12 months twelve months from a leap day', () => {
    expect(presetRange('last-12-months', '2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' })
  })

  it('is a single day on the first of the month and of the year', () => {
    expect(presetRange('this-month', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-01' })
    expect(presetRange('this-year', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-01' })
  })

  it('refuses a today that is not a date', () => {
    expect(() => presetRange('this-month', '2026-02-30')).toThrow(RangeError)
  })

  it('knows its presets', () => {
    expect(isReportRangePreset('last-month')).toBe(true)
    expect(isReportRangePreset('custom')).toBe(true)
    expect(isReportRangePreset('next-month')).toBe(false)
  })
})

describe('isValidReportRange', () => {
  it('needs two real days in order; one day is a range', () => {
    expect(isValidReportRange({ from: '2026-03-01', to: '2026-03-31' })).toBe(true)
    expect(isValidReportRange({ from: '2026-03-01', to: '2026-03-01' })).toBe(true)
    expect(isValidReportRange({ from: '2026-03-02', to: '2026-03-01' })).toBe(false)
    expect(isValidReportRange({ from: '', to: '2026-03-01' })).toBe(false)
    expect(isValidReportRange({ from: '2026-02-29', to: '2026-03-01' })).toBe(false)
  })
})

describe('reportRangeSpan', () => {
  it('runs from the shop’s midnight starting the first day to the one ending the last (Shanghai, UTC+8)', () => {
    expect(reportRangeSpan({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      start: '2026-02-28T16:00:00.000Z',
      end: '2026-03-31T16:00:00.000Z'
    })
  })

  it('includes the first instant and the last millisecond, and not the next midnight', () => {
    const span = reportRangeSpan({ from: '2026-03-01', to: '2026-03-31' })
    expect(isInSpan('2026-02-28T16:00:00.000Z', span)).toBe(true)
    expect(isInSpan('2026-02-28T15:59:59.999Z', span)).toBe(false)
    expect(isInSpan('2026-03-31T15:59:59.999Z', span)).toBe(true)
    expect(isInSpan('2026-03-31T16:00:00.000Z', span)).toBe(false)
  })

  it('follows the shop’s time zone through a daylight-saving change (a 23-hour day)', () => {
    expect(reportRangeSpan({ from: '2026-03-29', to: '2026-03-29' }, 'Europe/Berlin')).toEqual({
      start: '2026-03-28T23:00:00.000Z',
      end: '2026-03-29T22:00:00.000Z'
    })
  })

  it('refuses a range that runs backwards', () => {
    expect(() => reportRangeSpan({ from: '2026-03-02', to: '2026-03-01' })).toThrow(RangeError)
  })
})

describe('reportMonths', () => {
  it('lists every month the range touches, the first and last cut to the range', () => {
    expect(reportMonths({ from: '2026-01-15', to: '2026-03-10' })).toEqual([
      { month: '2026-01', start: '2026-01-14T16:00:00.000Z', end: '2026-01-31T16:00:00.000Z' },
      { month: '2026-02', start: '2026-01-31T16:00:00.000Z', end: '2026-02-28T16:00:00.000Z' },
      { month: '2026-03', start: '2026-02-28T16:00:00.000Z', end: '2026-03-10T16:00:00.000Z' }
    ])
  })

  it('is one month for a range inside one, and crosses a year end', () => {
    expect(reportMonths({ from: '2026-03-05', to: '2026-03-05' }).map((month) => month.month)).toEqual(['2026-03'])
    expect(reportMonths({ from: '2025-11-30', to: '2026-02-01' }).map((month) => month.month)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02'
    ])
  })

  it('covers the range exactly: months follow one another without gap or overlap', () => {
    const range = { from: '2025-04-17', to: '2026-04-16' }
    const months = reportMonths(range)
    const span = reportRangeSpan(range)
    expect(months).toHaveLength(13)
    expect(months[0]?.start).toBe(span.start)
    expect(months.at(-1)?.end).toBe(span.end)
    months.slice(1).forEach((month, index) => expect(month.start).toBe(months[index]?.end))
  })
})

describe('spanIndexOf', () => {
  const months = reportMonths({ from: '2026-01-01', to: '2026-12-31' })

  it('finds the month of an instant, edges included, and nothing outside the spans', () => {
    expect(spanIndexOf('2025-12-31T16:00:00.000Z', months)).toBe(0)
    expect(spanIndexOf('2026-01-31T15:59:59.999Z', months)).toBe(0)
    expect(spanIndexOf('2026-01-31T16:00:00.000Z', months)).toBe(1)
    expect(spanIndexOf('2026-12-31T15:59:59.999Z', months)).toBe(11)
    expect(spanIndexOf('2025-12-31T15:59:59.999Z', months)).toBe(-1)
    expect(spanIndexOf('2026-12-31T16:00:00.000Z', months)).toBe(-1)
    expect(spanIndexOf('2026-06-01T00:00:00.000Z', [])).toBe(-1)
  })

  it('agrees with looking through the spans one by one', () => {
    const first = Date.parse('2025-12-01T00:00:00.000Z')
    const last = Date.parse('2027-02-01T00:00:00.000Z')
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (millis) => {
        const at = new Date(millis).toISOString()
        const linear = months.findIndex((span: InstantSpan) => isInSpan(at, span))
        expect(spanIndexOf(at, months)).toBe(linear)
      })
    )
  })
})
