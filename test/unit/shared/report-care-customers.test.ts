import { describe, expect, it } from 'vitest'
import { careByMonth, careByPurpose, careByStaff, carePurposeOf, type ReportCareContact } from '@shared/domain/report-care'
import { customersAtRisk, customersByPersonality, customersByTier, type ReportCustomer } from '@shared/domain/report-customers'
import { reportMonths } from '@shared/domain/report-range'

const TODAY = '2025-03-20'

const contact = (
  date: string,
  staffId: string | null,
  status: ReportCareContact['status'],
  purpose: ReportCareContact['purpose'] = 'birthday',
  doneOn: string | null = null
): ReportCareContact => ({ date, staffId, status, purpose, doneOn })

/*
 * By hand: staff a has 4 planned (done on its day, done two days late, missed, overdue) and one
 * cancelled: done share 2 of 4. Staff b has 2 (done the day before, with nothing telling when;
 * upcoming on the 25th): done share 1 of 1. Nobody has 1 upcoming today: no share.
 */
const CONTACTS = [
  contact('2025-03-01', 'a', 'done', 'birthday', '2025-03-01'),
  contact('2025-03-02', 'a', 'done', 'maintenance', '2025-03-04'),
  contact('2025-03-03', 'a', 'missed', 'maintenance'),
  contact('2025-03-19', 'a', 'planned', 'no-contact'),
  contact('2025-03-04', 'a', 'cancelled'),
  contact('2025-02-28', 'b', 'done', 'complaint-follow-up'),
  contact('2025-03-25', 'b', 'planned', 'complaint-follow-up'),
  contact('2025-03-20', null, 'planned', 'by-hand')
]

describe('care and visits', () => {
  it('counts each member of staff’s contacts by what became of them, the most planned first', () => {
    const table = careByStaff(CONTACTS.slice(0, 7), TODAY)
    expect(table.rows).toEqual([
      { key: 'a', values: [4, 1, 1, 1, 1, 0, 1, 0.5] },
      { key: 'b', values: [2, 1, 0, 0, 0, 1, 0, 1] }
    ])
    expect(table.total?.values).toEqual([6, 2, 1, 1, 1, 1, 1, 0.6])
  })

  it('counts a contact marked done on its day or before as on time, and one marked the day after as late', () => {
    const done = (doneOn: string | null) => contact('2025-03-10', 'a', 'done', 'birthday', doneOn)
    expect(careByStaff([done('2025-03-09'), done('2025-03-10'), done(null), done('2025-03-11')], TODAY).rows).toEqual([
      { key: 'a', values: [4, 3, 1, 0, 0, 0, 0, 1] }
    ])
  })

  it('takes today as upcoming, not overdue, and names nobody as ""', () => {
    expect(careByStaff([CONTACTS[7] as ReportCareContact], TODAY).rows).toEqual([{ key: '', values: [1, 0, 0, 0, 0, 1, 0, null] }])
  })

  it('groups by purpose in the rules’ order when the counts tie', () => {
    expect(careByPurpose(CONTACTS, TODAY).rows.map((row) => [row.key, row.values[0]])).toEqual([
      ['maintenance', 2],
      ['complaint-follow-up', 2],
      ['birthday', 1],
      ['no-contact', 1],
      ['by-hand', 1]
    ])
  })

  it('lists every month of the range, an empty one too', () => {
    const table = careByMonth(CONTACTS, reportMonths({ from: '2025-01-15', to: '2025-03-31' }), TODAY)
    expect(table.rows.map((row) => [row.key, row.values[0], row.values[1], row.values[2]])).toEqual([
      ['2025-01', 0, 0, 0],
      ['2025-02', 1, 1, 0],
      ['2025-03', 6, 1, 1]
    ])
  })

  it('has nothing to share when nothing was planned', () => {
    expect(careByStaff([], TODAY)).toMatchObject({ rows: [], total: { values: [0, 0, 0, 0, 0, 0, 0, null] } })
  })

  it('reads the purpose from the occasion key', () => {
    expect(carePurposeOf('birthday:c1:2025')).toBe('birthday')
    expect(carePurposeOf('complaint-follow-up:k1')).toBe('complaint-follow-up')
    expect(carePurposeOf('campaign:c1:2025-03-01:春季保养')).toBe('campaign')
    expect(carePurposeOf(null)).toBe('by-hand')
    expect(carePurposeOf('by-hand:x')).toBe('by-hand')
  })
})

const customer = (id: string, tier: ReportCustomer['tier'], overrides: Partial<ReportCustomer> = {}): ReportCustomer => ({
  id,
  tier,
  personality: 'unknown',
  ownerId: null,
  lastContactAt: '2025-03-01T02:00:00.000Z',
  createdAt: '2024-01-01T00:00:00.000Z',
  ...overrides
})

describe('customers', () => {
  it('shows the 80/20 picture: one A customer of five brings 80% of the spend', () => {
    const customers = [customer('a1', 'A'), customer('b1', 'B'), customer('c1', 'C'), customer('c2', 'C'), customer('d1', 'D')]
    const table = customersByTier(customers, new Map([['a1', 8000], ['b1', 1500], ['c1', 500], ['gone', 999]]))
    expect(table.rows).toEqual([
      { key: 'A', values: [1, 0.2, 8000, 0.8] },
      { key: 'B', values: [1, 0.2, 1500, 0.15] },
      { key: 'C', values: [2, 0.4, 500, 0.05] },
      { key: 'D', values: [1, 0.2, 0, 0] }
    ])
    expect(table.total?.values).toEqual([5, 1, 10000, 1])
  })

  it('counts every personality type, none left out', () => {
    const table = customersByPersonality([customer('x', 'C', { personality: 'lively' }), customer('y', 'C', { personality: 'lively' }), customer('z', 'D')])
    expect(table.rows.map((row) => [row.key, row.values[0]])).toEqual([
      ['lively', 2],
      ['powerful', 0],
      ['peaceful', 0],
      ['analytical', 0],
      ['unknown', 1]
    ])
  })

  it('lists who is at risk, an open complaint first, then the most days past their tier’s limit, and counts the rest', () => {
    const noContactDays = { A: 60, B: 120, C: 180, D: 365 }
    const customers = [
      customer('fresh', 'A'),
      customer('a-60', 'A', { lastContactAt: '2025-01-19T02:00:00.000Z' }),
      customer('a-59', 'A', { lastContactAt: '2025-01-20T02:00:00.000Z' }),
      // 200 days: 140 past A's 60.
      customer('a-200', 'A', { lastContactAt: '2024-09-01T02:00:00.000Z' }),
      // 400 days, more than a-200's, but only 35 past D's 365.
      customer('d-400', 'D', { lastContactAt: '2024-02-14T02:00:00.000Z' }),
      // 809 days: 444 past.
      customer('never', 'D', { lastContactAt: null, createdAt: '2023-01-01T00:00:00.000Z' }),
      customer('open', 'C')
    ]
    const result = customersAtRisk(customers, new Map([['open', 2]]), { today: TODAY, noContactDays, limit: 4 })
    expect(result.table.rows).toEqual([
      { key: 'open', values: [19, 2] },
      { key: 'never', values: [809, 0] },
      { key: 'a-200', values: [200, 0] },
      { key: 'd-400', values: [400, 0] }
    ])
    expect(result.more).toBe(1)
  })
})
