import { describe, expect, it } from 'vitest'
import { complaintsInScope } from '@shared/domain/report-complaints'
import { reportMonths, reportRangeSpan } from '@shared/domain/report-range'
import {
  NOBODY,
  satisfactionByCategory,
  satisfactionByMonth,
  satisfactionByStaff,
  satisfactionGivenBy
} from '@shared/domain/report-satisfaction'
import type { ReportTable } from '@shared/domain/report-table'
import { FIXTURE, MARCH, reportComplaint } from './report-fixtures'

/*
 * March's scores: c1 5 (customer, staff-a, repair-workmanship), c2 2 (clerk, staff-b,
 * product-quality), c10 4 (customer, staff-a, repair-workmanship). Overall 11 / 3.
 */
const march = complaintsInScope(FIXTURE, { span: reportRangeSpan(MARCH), staffId: null })

const rowsOf = (table: ReportTable) => [
  ...table.rows.map((row) => [row.key, ...row.values]),
  ...(table.total === null ? [] : [['total', ...table.total.values]])
]

const scored = (id: string, score: number, overrides: Parameters<typeof reportComplaint>[1] = {}) =>
  reportComplaint(id, { satisfaction: { score, comment: '', givenBy: 'customer' }, ...overrides })

describe('satisfactionByMonth', () => {
  it('averages each month’s scores, months without any listed with no average', () => {
    const range = { from: '2026-02-01', to: '2026-04-30' }
    const scoped = complaintsInScope(FIXTURE, { span: reportRangeSpan(range), staffId: null })
    expect(rowsOf(satisfactionByMonth(scoped, reportMonths(range)))).toEqual([
      ['2026-02', 0, null],
      ['2026-03', 3, 11 / 3],
      ['2026-04', 0, null],
      ['total', 3, 11 / 3]
    ])
  })

  it('has nothing to average with no scores', () => {
    expect(rowsOf(satisfactionByMonth([reportComplaint('x')], reportMonths(MARCH)))).toEqual([
      ['2026-03', 0, null],
      ['total', 0, null]
    ])
  })
})

describe('satisfactionByStaff', () => {
  it('averages per handler, best first', () => {
    // staff-a: 5 and 4 → 4.5; staff-b: 2.
    expect(rowsOf(satisfactionByStaff(march))).toEqual([
      ['staff-a', 2, 4.5],
      ['staff-b', 1, 2],
      ['total', 3, 11 / 3]
    ])
  })

  it('keeps a complaint nobody handled under NOBODY, and puts more scores first among equal averages', () => {
    const table = satisfactionByStaff([scored('x', 4), scored('y', 4, { handlerId: 'staff-c' }), scored('z', 4, { handlerId: 'staff-c' })])
    expect(rowsOf(table)).toEqual([
      ['staff-c', 2, 4],
      [NOBODY, 1, 4],
      ['total', 3, 4]
    ])
  })

  it('lists nobody without scores', () => {
    expect(rowsOf(satisfactionByStaff([]))).toEqual([['total', 0, null]])
  })
})

describe('satisfactionByCategory', () => {
  it('averages per category, best first; equal averages and counts in the built-in order', () => {
    expect(rowsOf(satisfactionByCategory(march))).toEqual([
      ['repair-workmanship', 2, 4.5],
      ['product-quality', 1, 2],
      ['total', 3, 11 / 3]
    ])
    const tied = satisfactionByCategory([scored('x', 3, { category: 'staff-skill' }), scored('y', 3, { category: 'service-attitude' })])
    expect(tied.rows.map((row) => row.key)).toEqual(['service-attitude', 'staff-skill'])
  })
})

describe('satisfactionGivenBy', () => {
  it('shares the scores between the customer and the clerk, with each one’s average', () => {
    expect(rowsOf(satisfactionGivenBy(march))).toEqual([
      ['customer', 2, 2 / 3, 4.5],
      ['clerk', 1, 1 / 3, 2],
      ['total', 3, 1, 11 / 3]
    ])
  })

  it('lists "not stated" only for scores that lack who gave them', () => {
    const table = satisfactionGivenBy([reportComplaint('x', { satisfaction: { score: 3, comment: '', givenBy: null } })])
    expect(rowsOf(table)).toEqual([
      ['customer', 0, 0, null],
      ['clerk', 0, 0, null],
      ['unknown', 1, 1, 3],
      ['total', 1, 1, 3]
    ])
  })

  it('has no shares for no scores', () => {
    expect(rowsOf(satisfactionGivenBy([]))).toEqual([
      ['customer', 0, null, null],
      ['clerk', 0, null, null],
      ['total', 0, null, null]
    ])
  })
})
