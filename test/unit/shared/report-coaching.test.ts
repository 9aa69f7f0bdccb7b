import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countHitsByRule, countHitsByStaff, type PhraseHit, type StaffHitCount } from '@shared/domain/phrase-hit'
import { flagsByStaff, TOP_PHRASE_LIMIT, topPhrases } from '@shared/domain/report-coaching'
import type { ReportTable } from '@shared/domain/report-table'

const rowsOf = (table: ReportTable) => [
  ...table.rows.map((row) => [row.key, ...row.values]),
  ...(table.total === null ? [] : [['total', ...table.total.values]])
]

/** Nine hits: staff-a 5 (r1 ×3, r2 ×2), nobody at the desk 3 (r2 ×2, r3 ×1), staff-b 1 (r1). */
const COUNTS: readonly StaffHitCount[] = [
  { staffId: 'staff-a', total: 5, byRule: [{ ruleId: 'r1', count: 3 }, { ruleId: 'r2', count: 2 }] },
  { staffId: '', total: 3, byRule: [{ ruleId: 'r2', count: 2 }, { ruleId: 'r3', count: 1 }] },
  { staffId: 'staff-b', total: 1, byRule: [{ ruleId: 'r1', count: 1 }] }
]

describe('flagsByStaff', () => {
  it('lists each person’s flags, how many phrases they came from, and their share', () => {
    expect(rowsOf(flagsByStaff(COUNTS))).toEqual([
      ['staff-a', 5, 2, 5 / 9],
      ['', 3, 2, 3 / 9],
      ['staff-b', 1, 1, 1 / 9],
      ['total', 9, 3, 1]
    ])
  })

  it('narrows to one member of staff', () => {
    expect(rowsOf(flagsByStaff(COUNTS, 'staff-a'))).toEqual([
      ['staff-a', 5, 2, 1],
      ['total', 5, 2, 1]
    ])
    expect(rowsOf(flagsByStaff(COUNTS, 'staff-z'))).toEqual([['total', 0, 0, null]])
  })

  it('is empty for no hits', () => {
    expect(rowsOf(flagsByStaff([]))).toEqual([['total', 0, 0, null]])
  })
})

describe('topPhrases', () => {
  it('adds up each phrase over everyone, with how many people it caught', () => {
    // r1: 3 + 1 = 4 by two people; r2: 2 + 2 = 4 by two; r3: 1 by one. Equal counts by rule id.
    expect(rowsOf(topPhrases(COUNTS))).toEqual([
      ['r1', 4, 2, 4 / 9],
      ['r2', 4, 2, 4 / 9],
      ['r3', 1, 1, 1 / 9],
      ['total', 9, 3, 1]
    ])
  })

  it('stops at the limit, the total still counting every flag', () => {
    expect(rowsOf(topPhrases(COUNTS, null, 2))).toEqual([
      ['r1', 4, 2, 4 / 9],
      ['r2', 4, 2, 4 / 9],
      ['total', 9, 3, 1]
    ])
  })

  it('gives one person’s phrases', () => {
    expect(rowsOf(topPhrases(COUNTS, 'staff-a'))).toEqual([
      ['r1', 3, 1, 3 / 5],
      ['r2', 2, 1, 2 / 5],
      ['total', 5, 1, 1]
    ])
  })

  it('counts as the coaching page does (countHitsByRule), from the same hits', () => {
    const hit = fc.record({ ruleId: fc.constantFrom('r1', 'r2', 'r3', 'r4'), staffId: fc.constantFrom('', 'staff-a', 'staff-b'), live: fc.boolean() })
    fc.assert(
      fc.property(fc.array(hit, { maxLength: 50 }), (drawn) => {
        const hits: PhraseHit[] = drawn.map(({ ruleId, staffId, live }, index) => ({
          id: `h${index}`,
          createdAt: '2026-03-01T00:00:00.000Z',
          updatedAt: '2026-03-01T00:00:00.000Z',
          updatedBy: staffId,
          deviceId: 'test',
          clock: '',
          fieldClocks: {},
          deletedAt: live ? null : '2026-03-02T00:00:00.000Z',
          complaintId: `c${index}`,
          field: 'replyDraft',
          ruleId,
          staffId,
          at: '2026-03-01T00:00:00.000Z'
        }))
        const table = topPhrases(countHitsByStaff(hits))
        const expected = countHitsByRule(hits).slice(0, TOP_PHRASE_LIMIT)
        expect(table.rows.map((row) => [row.key, row.values[0], row.values[1]])).toEqual(
          expected.map((rule) => [rule.ruleId, rule.count, rule.staffCount])
        )
      })
    )
  })
})
