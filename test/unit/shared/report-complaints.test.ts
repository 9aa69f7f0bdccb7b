import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_COMPLAINT_CATEGORIES, COMPLAINT_SEVERITIES, COMPLAINT_STATUSES } from '@shared/domain/complaint'
import { DEFAULT_COMPLAINT_DEADLINES } from '@shared/domain/complaint-deadlines'
import {
  complaintsByCategory,
  complaintsByMonth,
  complaintsBySeverity,
  complaintsInScope,
  complaintTimes,
  openComplaintsByAge,
  rootCausePareto
} from '@shared/domain/report-complaints'
import { reportMonths, reportRangeSpan } from '@shared/domain/report-range'
import { columnValues, TOTAL_ROW_KEY, type ReportTable } from '@shared/domain/report-table'
import { FIXTURE, MARCH, NOW, reportComplaint } from './report-fixtures'

const march = complaintsInScope(FIXTURE, { span: reportRangeSpan(MARCH), staffId: null })

/** Rows as [key, ...values], the total last as ['total', ...values]: easy to read against the hand sums. */
const rowsOf = (table: ReportTable) => [
  ...table.rows.map((row) => [row.key, ...row.values]),
  ...(table.total === null ? [] : [['total', ...table.total.values]])
]

describe('complaintsInScope', () => {
  it('keeps the live complaints received in the range, both edges of the shop’s days included', () => {
    expect(march.map((complaint) => complaint.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c8', 'c10'])
  })

  it('narrows to the complaints one member of staff handles', () => {
    expect(complaintsInScope(FIXTURE, { span: reportRangeSpan(MARCH), staffId: 'staff-a' }).map((complaint) => complaint.id)).toEqual([
      'c1',
      'c3',
      'c8',
      'c10'
    ])
  })
})

describe('complaintsByCategory', () => {
  it('counts each category, commonest first, ties in the built-in order and unclassified last', () => {
    // repair-workmanship: c1, c8, c10; product-quality: c2, c3; service-attitude: c5; '' (not classified): c4.
    expect(rowsOf(complaintsByCategory(march))).toEqual([
      ['repair-workmanship', 3, 3 / 7],
      ['product-quality', 2, 2 / 7],
      ['service-attitude', 1, 1 / 7],
      ['', 1, 1 / 7],
      ['total', 7, 1]
    ])
  })

  it('lists a shop’s own category by its name, after built-in ones with as many complaints', () => {
    const table = complaintsByCategory([
      reportComplaint('x', { category: '安装预约' }),
      reportComplaint('y', { category: 'staff-skill' }),
      reportComplaint('z', { category: ' 安装预约 ' })
    ])
    expect(table.rows.map((row) => [row.key, row.values[0]])).toEqual([
      ['安装预约', 2],
      ['staff-skill', 1]
    ])
  })

  it('has no rows and no share for no complaints', () => {
    expect(rowsOf(complaintsByCategory([]))).toEqual([['total', 0, null]])
  })
})

describe('complaintsBySeverity', () => {
  it('lists every severity in order, zeros too', () => {
    // ordinary: c1, c4, c5, c8, c10; serious: c2; crisis: c3.
    expect(rowsOf(complaintsBySeverity(march))).toEqual([
      ['ordinary', 5, 5 / 7],
      ['serious', 1, 1 / 7],
      ['crisis', 1, 1 / 7],
      ['total', 7, 1]
    ])
    expect(rowsOf(complaintsBySeverity([]))).toEqual([
      ['ordinary', 0, null],
      ['serious', 0, null],
      ['crisis', 0, null],
      ['total', 0, null]
    ])
  })
})

describe('complaintsByMonth', () => {
  it('puts each complaint in the shop’s month it came in, empty months listed', () => {
    const range = { from: '2026-02-01', to: '2026-04-30' }
    const scoped = complaintsInScope(FIXTURE, { span: reportRangeSpan(range), staffId: null })
    // February: c6. March: the seven above (c10 came in at midnight starting 1 March). April: c9 (midnight starting 1 April).
    expect(rowsOf(complaintsByMonth(scoped, reportMonths(range)))).toEqual([
      ['2026-02', 1, 0, 0, 1],
      ['2026-03', 5, 1, 1, 7],
      ['2026-04', 1, 0, 0, 1],
      ['total', 7, 1, 1, 9]
    ])
  })

  it('lists the range’s months even with nothing in them', () => {
    expect(rowsOf(complaintsByMonth([], reportMonths({ from: '2026-01-20', to: '2026-02-10' })))).toEqual([
      ['2026-01', 0, 0, 0, 0],
      ['2026-02', 0, 0, 0, 0],
      ['total', 0, 0, 0, 0]
    ])
  })
})

describe('rootCausePareto', () => {
  it('ranks the causes with their share and running share, leaving out complaints with none yet', () => {
    // Causes: product-defect c2, c3; workmanship c1, c10; staff-conduct c5; the shop's own words c8. None yet: c4.
    // Found: 6. Ties in the built-in order (product-defect before workmanship); free text after built-in.
    const { table, withoutCause } = rootCausePareto(march)
    expect(withoutCause).toBe(1)
    expect(rowsOf(table)).toEqual([
      ['product-defect', 2, 2 / 6, 2 / 6],
      ['workmanship', 2, 2 / 6, 4 / 6],
      ['staff-conduct', 1, 1 / 6, 5 / 6],
      ['门店自己写的原因', 1, 1 / 6, 1],
      ['total', 6, 1, null]
    ])
  })

  it('is empty for no causes', () => {
    expect(rootCausePareto([reportComplaint('x')])).toEqual({
      table: expect.objectContaining({ rows: [], total: { key: TOTAL_ROW_KEY, values: [0, null, null] } }),
      withoutCause: 1
    })
  })

  it('always runs up to 100 % and never down', () => {
    const causes = ['product-defect', 'workmanship', 'delay', '  ', '', '自定义']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...causes), { maxLength: 40 }), (picked) => {
        const { table, withoutCause } = rootCausePareto(picked.map((rootCause, index) => reportComplaint(`c${index}`, { rootCause })))
        const running = columnValues(table, 'cumulative-share')
        running.slice(1).forEach((value, index) => expect(value ?? 0).toBeGreaterThanOrEqual(running[index] ?? 0))
        if (running.length > 0) expect(running.at(-1)).toBeCloseTo(1)
        expect(withoutCause + (table.total?.values[0] ?? 0)).toBe(picked.length)
      })
    )
  })
})

describe('complaintTimes', () => {
  it('averages the hours to answer and to resolve, and the share within the deadlines, per severity and overall', () => {
    // Ordinary: answered c1 2 h, c5 30 h (late), c10 1 h → 33 / 3 = 11 h, 2 of 3 on time;
    //           resolved c1 30 h, c10 10 h → 20 h, both on time.
    // Serious:  c2 answered in 5 h (late), resolved in 80 h (late).
    // Crisis:   c3 answered in 0.5 h, resolved in 20 h, both on time.
    // Overall:  answered 5: 38.5 / 5 = 7.7 h, 3 on time; resolved 4: 140 / 4 = 35 h, 3 on time.
    expect(rowsOf(complaintTimes(march, DEFAULT_COMPLAINT_DEADLINES))).toEqual([
      ['ordinary', 5, 3, 11, 2 / 3, 2, 20, 1],
      ['serious', 1, 1, 5, 0, 1, 80, 0],
      ['crisis', 1, 1, 0.5, 1, 1, 20, 1],
      ['total', 7, 5, 7.7, 3 / 5, 4, 35, 3 / 4]
    ])
  })

  it('counts exactly at the deadline as on time', () => {
    const onTheHour = reportComplaint('x', {
      severity: 'serious',
      firstResponseAt: '2026-03-02T06:00:00.000Z',
      resolvedAt: '2026-03-05T02:00:00.000Z'
    })
    const table = complaintTimes([onTheHour], DEFAULT_COMPLAINT_DEADLINES)
    expect(table.rows[1]?.values).toEqual([1, 1, 4, 1, 1, 72, 1])
  })

  it('has no averages for nothing answered or resolved', () => {
    expect(rowsOf(complaintTimes([], DEFAULT_COMPLAINT_DEADLINES)).at(-1)).toEqual(['total', 0, 0, null, null, 0, null, null])
    expect(rowsOf(complaintTimes([reportComplaint('x')], DEFAULT_COMPLAINT_DEADLINES)).at(-1)).toEqual([
      'total',
      1,
      0,
      null,
      null,
      0,
      null,
      null
    ])
  })
})

describe('openComplaintsByAge', () => {
  it('bands the complaints still open by age, with how many are overdue', () => {
    // Open at 2 April 10:00: c2 (28 days), c3 (23 days 23 h), c4 (13 days), c5 (5 days), c8 (1.4 days); c1, c10 closed.
    // Overdue: c4 (never answered, 24 h long gone), c8 (never answered, due 1 April 23:59). c5 was answered and has 7 days to resolve.
    expect(rowsOf(openComplaintsByAge(march, DEFAULT_COMPLAINT_DEADLINES, NOW))).toEqual([
      ['under-1-day', 0, 0, 0],
      ['1-3-days', 1, 1, 0],
      ['3-7-days', 1, 0, 1],
      ['7-14-days', 1, 1, 0],
      ['14-30-days', 2, 0, 2],
      ['over-30-days', 0, 0, 0],
      ['total', 5, 2, 3]
    ])
  })

  it('puts a complaint exactly a band’s age into that band', () => {
    const receivedAt = '2026-03-01T02:00:00.000Z'
    const bandAt = (now: string): string | undefined =>
      openComplaintsByAge([reportComplaint('x', { receivedAt })], DEFAULT_COMPLAINT_DEADLINES, now).rows.find((row) => row.values[0] === 1)?.key
    expect(bandAt('2026-03-02T01:59:59.999Z')).toBe('under-1-day')
    expect(bandAt('2026-03-02T02:00:00.000Z')).toBe('1-3-days')
    expect(bandAt('2026-03-31T02:00:00.000Z')).toBe('over-30-days')
    // A complaint stamped after `now` (a clock set wrong) is the youngest, not lost.
    expect(bandAt('2026-02-28T02:00:00.000Z')).toBe('under-1-day')
  })

  it('leaves out closed and deleted complaints', () => {
    const table = openComplaintsByAge(
      [reportComplaint('x', { status: 'closed' }), reportComplaint('y', { deletedAt: '2026-03-03T00:00:00.000Z' })],
      DEFAULT_COMPLAINT_DEADLINES,
      NOW
    )
    expect(table.total?.values).toEqual([0, 0, 0])
  })

  it('rejects a now that is not an instant', () => {
    expect(() => openComplaintsByAge([], DEFAULT_COMPLAINT_DEADLINES, 'today')).toThrow(RangeError)
  })
})

describe('the complaint tables together', () => {
  const arbitraryComplaint = fc.record({
    day: fc.integer({ min: 0, max: 89 }),
    category: fc.constantFrom(...BUILT_IN_COMPLAINT_CATEGORIES, '', '安装预约'),
    severity: fc.constantFrom(...COMPLAINT_SEVERITIES),
    status: fc.constantFrom(...COMPLAINT_STATUSES)
  })
  const range = { from: '2026-01-01', to: '2026-03-31' }

  it('count every complaint of the range once, however they are cut', () => {
    fc.assert(
      fc.property(fc.array(arbitraryComplaint, { maxLength: 60 }), (drawn) => {
        const complaints = drawn.map(({ day, category, severity, status }, index) =>
          reportComplaint(`c${index}`, {
            receivedAt: new Date(Date.parse('2025-12-31T16:00:00.000Z') + day * 86_400_000 + index * 1000).toISOString(),
            category,
            severity,
            status
          })
        )
        const scoped = complaintsInScope(complaints, { span: reportRangeSpan(range), staffId: null })
        expect(scoped).toHaveLength(complaints.length)
        const sum = (values: readonly (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0)
        expect(sum(columnValues(complaintsByCategory(scoped), 'complaints'))).toBe(complaints.length)
        expect(sum(columnValues(complaintsBySeverity(scoped), 'complaints'))).toBe(complaints.length)
        expect(sum(columnValues(complaintsByMonth(scoped, reportMonths(range)), 'complaints'))).toBe(complaints.length)
        expect(complaintTimes(scoped, DEFAULT_COMPLAINT_DEADLINES).total?.values[0]).toBe(complaints.length)
      })
    )
  })
})
