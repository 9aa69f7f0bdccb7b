import { describe, expect, it } from 'vitest'
import { neverSayRuleFrom, type NeverSayRule } from '@shared/domain/phrase-check'
import { exceptionProblem, flaggedOccurrence, isDismissalPending } from '@shared/domain/phrase-hit'
import { DEFAULT_SCRIPT_LIBRARY, seededScriptId } from '@shared/scripts/default-library'
import { generateDemoShop } from '@shared/demo/generate-demo-shop'

const NOW = new Date('2025-06-15T04:00:00.000Z')
const shop = generateDemoShop({ seed: 20_240_601, customerCount: 300, now: NOW, deviceId: '01JXDEVICE0000000000000000' })

/** The shipped never-say rules under the ids seeding stores them with. */
const SHIPPED_RULES: ReadonlyMap<string, NeverSayRule> = new Map(
  DEFAULT_SCRIPT_LIBRARY.filter((phrase) => phrase.kind === 'never-say').map((phrase) => {
    const id = seededScriptId(phrase.seedId)
    return [id, neverSayRuleFrom({ ...phrase, id })]
  })
)

describe('the demo shop’s never-say coaching', () => {
  it('has hits by existing staff on existing complaints, each counted once, after the complaint came in', () => {
    const complaints = new Map(shop.complaints.map((complaint) => [complaint.id, complaint]))
    const staff = new Set(shop.staff.map((member) => member.id))
    expect(shop.phraseHits.length).toBeGreaterThanOrEqual(4)
    const identities = shop.phraseHits.map((hit) => JSON.stringify([hit.complaintId, hit.field, hit.ruleId, hit.staffId]))
    expect(new Set(identities).size).toBe(identities.length)
    for (const hit of shop.phraseHits) {
      const complaint = complaints.get(hit.complaintId)
      expect(complaint).toBeDefined()
      expect(staff.has(hit.staffId)).toBe(true)
      expect(SHIPPED_RULES.has(hit.ruleId)).toBe(true)
      expect(['replyDraft', 'notes']).toContain(hit.field)
      expect(hit.at >= (complaint?.receivedAt ?? '')).toBe(true)
      expect(Date.parse(hit.at)).toBeLessThanOrEqual(NOW.getTime())
      expect(hit.createdAt).toBe(hit.at)
    }
    expect(new Set(shop.phraseHits.map((hit) => hit.staffId)).size).toBeGreaterThan(1)
  })

  it('has two dismissed flags the shipped rules still raise, each with its hit, for the manager to review', () => {
    const carriers = shop.complaints.filter((complaint) => complaint.dismissedFlags.length > 0)
    expect(carriers).toHaveLength(2)
    for (const complaint of carriers) {
      for (const dismissal of complaint.dismissedFlags) {
        const rule = SHIPPED_RULES.get(dismissal.ruleId)
        expect(isDismissalPending(complaint, dismissal, rule)).toBe(true)
        const occurrence = rule === undefined ? null : flaggedOccurrence(complaint, dismissal, rule)
        expect(dismissal.by).toBe(complaint.updatedBy)
        expect(
          shop.phraseHits.some((hit) => hit.complaintId === complaint.id && hit.ruleId === dismissal.ruleId && hit.field === occurrence?.field)
        ).toBe(true)
        // Accepting as suggested (the sentence around the text) would settle it without switching the rule off.
        if (rule !== undefined && occurrence !== null) expect(exceptionProblem(complaint, dismissal, rule, occurrence.sentence)).toBeNull()
      }
    }
    expect(carriers.flatMap((complaint) => complaint.dismissedFlags.map((flag) => flag.ruleId)).sort()).toEqual(
      [seededScriptId('never-say.company-policy.zh-CN'), seededScriptId('never-say.partly-to-blame.zh-CN')].sort()
    )
  })
})
