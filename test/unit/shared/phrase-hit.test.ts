import { describe, expect, it } from 'vitest'
import type { Complaint } from '@shared/domain/complaint'
import { neverSayRuleFrom, type NeverSayRule } from '@shared/domain/phrase-check'
import {
  countHitsByRule,
  countHitsByStaff,
  exceptionProblem,
  exceptionsWith,
  flaggedOccurrence,
  hitRangeOf,
  isDismissalPending,
  isInHitRange,
  mayReviewFlags,
  newPhraseHits,
  wordingsSilencedBy,
  type PhraseHit
} from '@shared/domain/phrase-hit'
import type { Staff } from '@shared/domain/staff'
import { DEFAULT_SCRIPT_LIBRARY } from '@shared/scripts/default-library'
import { complaintContent } from './customer-record-content'

const shippedRule = (seedId: string): NeverSayRule => {
  const phrase = DEFAULT_SCRIPT_LIBRARY.find((entry) => entry.seedId === seedId)
  if (phrase === undefined) throw new Error(`no shipped phrase ${seedId}`)
  return neverSayRuleFrom({ ...phrase, id: seedId })
}

const COMPANY_POLICY = shippedRule('never-say.company-policy.zh-CN')
const NOTHING_CAN_BE_DONE = shippedRule('never-say.nothing-can-be-done.zh-CN')
const POLICY_EN = shippedRule('never-say.company-policy.en')

const META = {
  id: 'x',
  createdAt: '2025-06-01T00:00:00.000Z',
  updatedAt: '2025-06-01T00:00:00.000Z',
  updatedBy: '',
  deviceId: 'device',
  clock: '',
  fieldClocks: {},
  deletedAt: null
} as const

const hit = (staffId: string, ruleId: string, fields: Partial<PhraseHit> = {}): PhraseHit => ({
  ...META,
  complaintId: 'c1',
  field: 'notes',
  ruleId,
  staffId,
  at: '2025-06-10T02:00:00.000Z',
  ...fields
})

const complaint = (fields: Partial<Complaint> = {}): Complaint => ({ ...META, id: 'c1', ...complaintContent('customer-1'), ...fields })

describe('newPhraseHits', () => {
  const request = { complaintId: 'c1', field: 'replyDraft', staffId: 's1', at: '2025-06-10T02:00:00.000Z' }

  it('makes one hit per rule, however often the rule is listed', () => {
    const hits = newPhraseHits({ ...request, ruleIds: ['r1', 'r2', 'r1'] }, [])
    expect(hits).toEqual([
      { complaintId: 'c1', field: 'replyDraft', ruleId: 'r1', staffId: 's1', at: request.at },
      { complaintId: 'c1', field: 'replyDraft', ruleId: 'r2', staffId: 's1', at: request.at }
    ])
  })

  it('leaves out rules already recorded for the same complaint, field and person only', () => {
    const recorded = [
      { complaintId: 'c1', field: 'replyDraft', ruleId: 'r1', staffId: 's1' },
      { complaintId: 'c1', field: 'notes', ruleId: 'r2', staffId: 's1' },
      { complaintId: 'c1', field: 'replyDraft', ruleId: 'r3', staffId: 's2' }
    ]
    expect(newPhraseHits({ ...request, ruleIds: ['r1', 'r2', 'r3'] }, recorded).map((made) => made.ruleId)).toEqual(['r2', 'r3'])
  })

  it('does not confuse identities whose parts run together', () => {
    const recorded = [{ complaintId: 'c1', field: 'a', ruleId: 'b|r', staffId: 's1' }]
    expect(newPhraseHits({ complaintId: 'c1', field: 'a|b', ruleIds: ['r'], staffId: 's1', at: request.at }, recorded)).toHaveLength(1)
  })
})

describe('counting hits', () => {
  const hits = [
    hit('s1', 'policy'),
    hit('s1', 'policy', { complaintId: 'c2' }),
    hit('s1', 'busy'),
    hit('s2', 'busy'),
    hit('', 'policy'),
    hit('s2', 'policy', { deletedAt: '2025-06-11T00:00:00.000Z' })
  ]

  it('per staff member: total and per rule, most first, tombstones left out', () => {
    expect(countHitsByStaff(hits)).toEqual([
      { staffId: 's1', total: 3, byRule: [{ ruleId: 'policy', count: 2 }, { ruleId: 'busy', count: 1 }] },
      { staffId: '', total: 1, byRule: [{ ruleId: 'policy', count: 1 }] },
      { staffId: 's2', total: 1, byRule: [{ ruleId: 'busy', count: 1 }] }
    ])
  })

  it('per rule, with how many people it caught', () => {
    expect(countHitsByRule(hits)).toEqual([
      { ruleId: 'policy', count: 3, staffCount: 2 },
      { ruleId: 'busy', count: 2, staffCount: 2 }
    ])
  })
})

describe('hit periods', () => {
  it('start at midnight in the shop, today and the days before counted', () => {
    // 01:00 on 15 June in Shanghai is still 14 June in UTC.
    const now = new Date('2025-06-14T17:00:00.000Z')
    expect(hitRangeOf('30-days', now)).toEqual({ from: '2025-05-16T16:00:00.000Z' })
    expect(hitRangeOf('90-days', now)).toEqual({ from: '2025-03-17T16:00:00.000Z' })
    expect(hitRangeOf('all', now)).toEqual({})
  })

  it('include from and exclude to', () => {
    const range = { from: '2025-06-01T00:00:00.000Z', to: '2025-06-02T00:00:00.000Z' }
    expect(isInHitRange('2025-06-01T00:00:00.000Z', range)).toBe(true)
    expect(isInHitRange('2025-06-02T00:00:00.000Z', range)).toBe(false)
    expect(isInHitRange('2025-05-31T23:59:59.999Z', range)).toBe(false)
    expect(isInHitRange('1999-01-01T00:00:00.000Z', {})).toBe(true)
  })
})

describe('flaggedOccurrence and isDismissalPending', () => {
  const notes = '客户很生气。上次店员跟他说“这是公司的规定”，他觉得被敷衍了！已道歉。'
  const dismissed = { ruleId: COMPANY_POLICY.id, text: '这是公司的规定', by: 's1' }
  const quoted = complaint({ notes, dismissedFlags: [dismissed] })

  it('finds the field and the sentence around the dismissed text', () => {
    expect(flaggedOccurrence(quoted, dismissed, COMPANY_POLICY)).toEqual({
      field: 'notes',
      sentence: '上次店员跟他说“这是公司的规定”，他觉得被敷衍了'
    })
  })

  it('accepts a dismissal of a longer stretch around the flagged words', () => {
    const longer = { ...dismissed, text: '店员跟他说“这是公司的规定”' }
    expect(flaggedOccurrence(quoted, longer, COMPANY_POLICY)?.field).toBe('notes')
  })

  it('is pending while the rule still flags the text on a live complaint that keeps the dismissal', () => {
    expect(isDismissalPending(quoted, dismissed, COMPANY_POLICY)).toBe(true)
    expect(isDismissalPending({ ...quoted, deletedAt: '2025-06-12T00:00:00.000Z' }, dismissed, COMPANY_POLICY)).toBe(false)
    expect(isDismissalPending({ ...quoted, dismissedFlags: [] }, dismissed, COMPANY_POLICY)).toBe(false)
    expect(isDismissalPending(quoted, dismissed, undefined)).toBe(false)
    expect(isDismissalPending({ ...quoted, notes: '客户很生气，已道歉。' }, dismissed, COMPANY_POLICY)).toBe(false)
  })

  it('is no longer pending once an exception covers the text where it stands', () => {
    const excepted = { ...COMPANY_POLICY, exceptions: ['店员跟他说“这是公司的规定”'] }
    expect(isDismissalPending(quoted, dismissed, excepted)).toBe(false)
  })

  it('is not pending when the rule’s shipped exceptions already excuse the text', () => {
    const serviceNote = complaint({ notes: '这项业务本柜台没法办理。', dismissedFlags: [{ ruleId: NOTHING_CAN_BE_DONE.id, text: '没法办', by: 's1' }] })
    expect(isDismissalPending(serviceNote, { ruleId: NOTHING_CAN_BE_DONE.id, text: '没法办' }, NOTHING_CAN_BE_DONE)).toBe(false)
  })
})

describe('mayReviewFlags', () => {
  const member = (id: string, role: Staff['role'], fields: Partial<Staff> = {}): Staff => ({ ...META, id, name: id, role, active: true, ...fields })

  it('lets a manager at the desk decide, and nobody else while there is an active manager', () => {
    const staff = [member('m1', 'manager'), member('c1', 'clerk')]
    expect(mayReviewFlags('m1', staff)).toBe(true)
    expect(mayReviewFlags('c1', staff)).toBe(false)
    expect(mayReviewFlags('', staff)).toBe(false)
  })

  it('lets anyone decide when the shop has no active manager', () => {
    expect(mayReviewFlags('c1', [member('c1', 'clerk')])).toBe(true)
    expect(mayReviewFlags('', [])).toBe(true)
    expect(mayReviewFlags('c1', [member('m1', 'manager', { active: false }), member('c1', 'clerk')])).toBe(true)
    expect(mayReviewFlags('c1', [member('m1', 'manager', { deletedAt: '2025-06-01T00:00:00.000Z' }), member('c1', 'clerk')])).toBe(true)
  })
})

describe('exceptions', () => {
  it('are added once, ignoring surrounding spaces, and stored trimmed', () => {
    expect(exceptionsWith(['没法办理'], ' 没法办理 ')).toEqual(['没法办理'])
    expect(exceptionsWith(['没法办理'], ' 店员说这是公司的规定 ')).toEqual(['没法办理', '店员说这是公司的规定'])
  })

  it('may not silence the rule’s own wording', () => {
    expect(wordingsSilencedBy(COMPANY_POLICY, '这是公司的规定')).toContain('这是公司的规定。')
    expect(wordingsSilencedBy(COMPANY_POLICY, '规定就是规定')).toEqual(['规定就是规定'])
    expect(wordingsSilencedBy(COMPANY_POLICY, '店员跟他说“这是公司的规定”')).toEqual([])
    expect(wordingsSilencedBy(POLICY_EN, "That's company policy")).toContain("That's company policy.")
    expect(wordingsSilencedBy(POLICY_EN, 'the clerk told him that is our policy')).toEqual([])
  })

  it('must cover the dismissed text where it stands, and not be blank', () => {
    const notes = '上次店员跟他说“这是公司的规定”，他觉得被敷衍了。'
    const quoted = complaint({ notes })
    const dismissal = { text: '这是公司的规定' }
    expect(exceptionProblem(quoted, dismissal, COMPANY_POLICY, '店员跟他说“这是公司的规定”')).toBeNull()
    expect(exceptionProblem(quoted, dismissal, COMPANY_POLICY, '  ')).toBe('exception-empty')
    expect(exceptionProblem(quoted, dismissal, COMPANY_POLICY, '这是公司的规定')).toBe('exception-silences-rule')
    expect(exceptionProblem(quoted, dismissal, COMPANY_POLICY, '他觉得被敷衍了')).toBe('exception-does-not-cover')
  })
})
