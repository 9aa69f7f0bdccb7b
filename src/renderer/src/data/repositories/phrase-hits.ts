/**
 * Never-say hits: stored when the wizard saves text the checker flagged, counted per staff
 * member for coaching. The rules (what counts once, how to count) are in
 * @shared/domain/phrase-hit; this reads, stamps and writes.
 */
import {
  countHitsByRule,
  countHitsByStaff,
  isInHitRange,
  newPhraseHits,
  type HitRange,
  type PhraseHit
} from '@shared/domain/phrase-hit'
import { isLive } from '@shared/domain/record'
import { db } from '../db'
import { createRecord, type Actor } from '../records'

/** What the wizard reports after a save: the never-say rules that fired on one field's text. */
export interface PhraseHitReport {
  readonly complaintId: string
  /** The complaint's free-text field, e.g. 'replyDraft', 'notes', 'customerWords'. */
  readonly field: string
  readonly ruleIds: readonly string[]
}

/**
 * Stores one hit per rule not yet recorded for this complaint, field and person at the desk,
 * in one transaction, each with its audit entry; returns how many were new. Saving the same
 * text again records nothing; the phrase in another field or complaint, or typed by someone
 * else, counts again. A tombstoned hit was taken back, so it does not stop a new one.
 */
export function recordPhraseHits(hit: PhraseHitReport, actor: Actor, now: Date): Promise<number> {
  if (hit.complaintId === '' || hit.field === '') {
    return Promise.reject(new RangeError('A never-say hit needs the complaint and the field it was typed in'))
  }
  if (hit.ruleIds.length === 0) return Promise.resolve(0)
  return db.transaction('rw', [db.phraseHits, db.auditLog, db.meta], async () => {
    const recorded = await db.phraseHits.where('[complaintId+field]').equals([hit.complaintId, hit.field]).filter(isLive).toArray()
    const fresh = newPhraseHits({ ...hit, staffId: actor.staffId, at: now.toISOString() }, recorded)
    for (const content of fresh) await createRecord('phraseHits', content, actor)
    return fresh.length
  })
}

export interface RuleHits {
  readonly ruleId: string
  /** The never-say phrase as the library words it now (retired and deleted ones too); '' if it is unknown here. */
  readonly phrase: string
  readonly count: number
}

export interface StaffHits {
  /** '' for hits made while nobody was chosen at the desk. */
  readonly staffId: string
  /** The staff member's name (former and deleted staff too: history keeps them); null for '' or an unknown id. */
  readonly staffName: string | null
  readonly total: number
  /** Most hit first. */
  readonly byRule: readonly RuleHits[]
}

export interface MostHitRule extends RuleHits {
  readonly staffCount: number
}

/*
 * The hits of the period are read whole and counted here. A shop records a handful a day (each
 * is counted once per complaint, field and person), so even "all" is thousands of small rows.
 */
async function liveHitsIn(range: HitRange): Promise<readonly PhraseHit[]> {
  const byTime = range.from === undefined ? db.phraseHits.orderBy('at') : db.phraseHits.where('at').aboveOrEqual(range.from)
  return byTime.filter((hit) => isLive(hit) && isInHitRange(hit.at, range)).toArray()
}

async function phrasesOf(ruleIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
  const scripts = await db.scripts.bulkGet([...ruleIds])
  return new Map(scripts.flatMap((script) => (script === undefined ? [] : [[script.id, script.text] as const])))
}

/** Live hits per staff member within the range (default: all time), most hits first. */
export function listStaffHitCounts(range: HitRange = {}): Promise<readonly StaffHits[]> {
  return db.transaction('r', [db.phraseHits, db.staff, db.scripts], async () => {
    const counts = countHitsByStaff(await liveHitsIn(range))
    const phrases = await phrasesOf([...new Set(counts.flatMap((staff) => staff.byRule.map((rule) => rule.ruleId)))])
    const staff = await db.staff.bulkGet(counts.map((member) => member.staffId))
    return counts.map((member, index) => ({
      staffId: member.staffId,
      staffName: staff[index]?.name ?? null,
      total: member.total,
      byRule: member.byRule.map((rule) => ({ ...rule, phrase: phrases.get(rule.ruleId) ?? '' }))
    }))
  })
}

/** The never-say rules hit most within the range (default: all time), with how many people they caught. */
export function listMostHitRules(range: HitRange = {}, limit = 10): Promise<readonly MostHitRule[]> {
  return db.transaction('r', [db.phraseHits, db.scripts], async () => {
    const top = countHitsByRule(await liveHitsIn(range)).slice(0, limit)
    const phrases = await phrasesOf(top.map((rule) => rule.ruleId))
    return top.map((rule) => ({ ...rule, phrase: phrases.get(rule.ruleId) ?? '' }))
  })
}
