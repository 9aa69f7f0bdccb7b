import type { StaffHitCount } from './phrase-hit'
import { countInto, rankedCounts, shareOf, totalRow, type ReportTable } from './report-table'

/*
 * Coaching (该说和不该说的): the never-say flags each member of staff raised in the range, and
 * the phrases the shop reaches for most. Both start from the hits counted per staff member
 * (phrase-hit.ts's countHitsByStaff, which the coaching page reads too), so the report and the
 * coaching page cannot disagree about who was flagged how often.
 */

const forStaff = (counts: readonly StaffHitCount[], staffId: string | null): readonly StaffHitCount[] =>
  staffId === null ? counts : counts.filter((member) => member.staffId === staffId)

/**
 * Flags per member of staff: the hits, how many different phrases they came from, and each
 * person's share of all the hits listed. In the order given (countHitsByStaff's: most first).
 */
export function flagsByStaff(counts: readonly StaffHitCount[], staffId: string | null = null): ReportTable {
  const listed = forStaff(counts, staffId)
  const total = listed.reduce((sum, member) => sum + member.total, 0)
  const phrases = new Set(listed.flatMap((member) => member.byRule.map((rule) => rule.ruleId)))
  return {
    rowKind: 'staff',
    columns: [
      { id: 'flags', kind: 'count' },
      { id: 'phrases', kind: 'count' },
      { id: 'share', kind: 'share' }
    ],
    rows: listed.map((member) => ({ key: member.staffId, values: [member.total, member.byRule.length, shareOf(member.total, total)] })),
    total: totalRow([total, phrases.size, shareOf(total, total)])
  }
}

/** How many phrases the top list shows: enough to coach on; a long tail of one-offs helps nobody. */
export const TOP_PHRASE_LIMIT = 10

/**
 * The never-say phrases hit most (keyed by rule id), with how many people each caught: everyone's,
 * or one person's. The list stops at `limit`; the total row counts every hit, listed or not, so
 * the shares add up to what was left off.
 */
export function topPhrases(counts: readonly StaffHitCount[], staffId: string | null = null, limit = TOP_PHRASE_LIMIT): ReportTable {
  const listed = forStaff(counts, staffId)
  const hits = new Map<string, number>()
  const people = new Map<string, number>()
  for (const member of listed) {
    for (const rule of member.byRule) {
      countInto(hits, rule.ruleId, rule.count)
      countInto(people, rule.ruleId)
    }
  }
  const total = listed.reduce((sum, member) => sum + member.total, 0)
  return {
    rowKind: 'phrase',
    columns: [
      { id: 'flags', kind: 'count' },
      { id: 'staff', kind: 'count' },
      { id: 'share', kind: 'share' }
    ],
    rows: rankedCounts(hits)
      .slice(0, limit)
      .map(([ruleId, count]) => ({ key: ruleId, values: [count, people.get(ruleId) ?? 0, shareOf(count, total)] })),
    total: totalRow([total, listed.length, shareOf(total, total)])
  }
}
