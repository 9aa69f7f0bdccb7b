import type { Complaint } from './complaint'
import type { DismissedFlag } from './complaint-intake'
import { addDays, shopInstant, todayInShop } from './days'
import { compileRules, type NeverSayRule, type PhraseMatcher } from './phrase-check'
import { isLive, type RecordContent, type SyncedRecord } from './record'
import { managerAccess, type Staff } from './staff'

/*
 * Never-say hits (for coaching) and the manager's review of flags a clerk dismissed as false
 * positives. Both are about what the checker (phrase-check.ts) raised on a complaint's text:
 * a hit is "the rule fired on what this clerk typed", a dismissal is "the clerk says it fired
 * wrongly". Pure: the repositories gather the records and store what these functions decide.
 */

// ——— Hits ———

/**
 * One never-say rule firing on what a member of staff typed into one free-text field of one
 * complaint. Counted once however often the text is saved (see newPhraseHits), so the count
 * per staff member says how many times they reached for a phrase, not how often autosave ran.
 */
export interface PhraseHit extends SyncedRecord {
  readonly complaintId: string
  /** The complaint's free-text field, e.g. 'replyDraft' or 'notes' (see COMPLAINT_TEXT_FIELDS). */
  readonly field: string
  /** The never-say script's id. */
  readonly ruleId: string
  /** Whoever was at the desk; '' when nobody was chosen. */
  readonly staffId: string
  /** When the phrase was typed (ISO instant). */
  readonly at: string
}

export type PhraseHitContent = RecordContent<PhraseHit>

/** What makes two hits the same hit: the same rule, in the same field of the same complaint, by the same person. */
export type PhraseHitIdentity = Pick<PhraseHit, 'complaintId' | 'field' | 'ruleId' | 'staffId'>

// JSON of an array: no separator character can occur inside a part and make two identities collide.
const identityKey = ({ complaintId, field, ruleId, staffId }: PhraseHitIdentity): string =>
  JSON.stringify([complaintId, field, ruleId, staffId])

export interface PhraseHitRequest {
  readonly complaintId: string
  readonly field: string
  readonly ruleIds: readonly string[]
  readonly staffId: string
  /** ISO instant. */
  readonly at: string
}

/**
 * The hits to store for the rules that fired: one per rule not already among `recorded` (the
 * hits stored for the complaint), and one per rule however often it is listed. The same phrase
 * in another field, another complaint or typed by someone else is a new hit.
 */
export function newPhraseHits(request: PhraseHitRequest, recorded: readonly PhraseHitIdentity[]): readonly PhraseHitContent[] {
  const known = new Set(recorded.map(identityKey))
  const hits: PhraseHitContent[] = []
  for (const ruleId of request.ruleIds) {
    const hit: PhraseHitContent = {
      complaintId: request.complaintId,
      field: request.field,
      ruleId,
      staffId: request.staffId,
      at: request.at
    }
    const key = identityKey(hit)
    if (known.has(key)) continue
    known.add(key)
    hits.push(hit)
  }
  return hits
}

export interface RuleHitCount {
  readonly ruleId: string
  readonly count: number
}

export interface StaffHitCount {
  /** '' for hits made while nobody was chosen at the desk. */
  readonly staffId: string
  readonly total: number
  /** Most hit first. */
  readonly byRule: readonly RuleHitCount[]
}

export interface RuleHitSummary extends RuleHitCount {
  /** How many different staff members (nobody-at-the-desk counted as one) the rule caught. */
  readonly staffCount: number
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const byCountThenId = (a: RuleHitCount, b: RuleHitCount): number => b.count - a.count || compareText(a.ruleId, b.ruleId)

function groupCount<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group === undefined) groups.set(key(item), [item])
    else group.push(item)
  }
  return groups
}

const ruleCounts = (hits: readonly Pick<PhraseHit, 'ruleId'>[]): readonly RuleHitCount[] =>
  [...groupCount(hits, (hit) => hit.ruleId)].map(([ruleId, group]) => ({ ruleId, count: group.length })).sort(byCountThenId)

/** Live hits per staff member: most hits first (then by staff id, so the order is stable). */
export function countHitsByStaff(hits: readonly PhraseHit[]): readonly StaffHitCount[] {
  return [...groupCount(hits.filter(isLive), (hit) => hit.staffId)]
    .map(([staffId, group]) => ({ staffId, total: group.length, byRule: ruleCounts(group) }))
    .sort((a, b) => b.total - a.total || compareText(a.staffId, b.staffId))
}

/** Live hits per rule: the phrases the shop reaches for most, first. */
export function countHitsByRule(hits: readonly PhraseHit[]): readonly RuleHitSummary[] {
  return [...groupCount(hits.filter(isLive), (hit) => hit.ruleId)]
    .map(([ruleId, group]) => ({ ruleId, count: group.length, staffCount: new Set(group.map((hit) => hit.staffId)).size }))
    .sort(byCountThenId)
}

/** The coaching page's periods. */
export const HIT_PERIODS = ['30-days', '90-days', 'all'] as const
export type HitPeriod = (typeof HIT_PERIODS)[number]

/** Instants as ISO strings: `from` included, `to` excluded; either left out for no bound. */
export interface HitRange {
  readonly from?: string
  readonly to?: string
}

const PERIOD_DAYS: Readonly<Record<Exclude<HitPeriod, 'all'>, number>> = { '30-days': 30, '90-days': 90 }

/**
 * The range of a period ending now: "last 30 days" is today and the 29 days before it on the
 * shop's calendar, from midnight, so the count does not change with the time of day.
 */
export function hitRangeOf(period: HitPeriod, now: Date): HitRange {
  if (period === 'all') return {}
  const firstDay = addDays(todayInShop(now), -(PERIOD_DAYS[period] - 1))
  return { from: shopInstant(firstDay, { hour: 0, minute: 0 }).toISOString() }
}

export const isInHitRange = (at: string, { from, to }: HitRange): boolean =>
  (from === undefined || at >= from) && (to === undefined || at < to)

// ——— Review of dismissed flags ———

/** What names one dismissal: the complaint, the rule, and the text the clerk said was wrongly flagged. */
export interface DismissalKey {
  readonly complaintId: string
  readonly ruleId: string
  readonly text: string
}

export const isDismissal = (flag: DismissedFlag, key: Pick<DismissalKey, 'ruleId' | 'text'>): boolean =>
  flag.ruleId === key.ruleId && flag.text === key.text

type ComplaintText = Pick<
  Complaint,
  'customerWords' | 'desiredRemedy' | 'rootCause' | 'replyDraft' | 'notes' | 'resolution' | 'escalation' | 'satisfaction' | 'closeReason'
>

/** Every free-text field of a complaint, by the name a hit records: where a flag can be raised. */
export const COMPLAINT_TEXT_FIELDS = [
  'customerWords',
  'desiredRemedy',
  'rootCause',
  'replyDraft',
  'notes',
  'resolution.detail',
  'escalation.reason',
  'satisfaction.comment',
  'closeReason'
] as const
export type ComplaintTextField = (typeof COMPLAINT_TEXT_FIELDS)[number]

export function complaintText(complaint: ComplaintText, field: ComplaintTextField): string {
  switch (field) {
    case 'resolution.detail':
      return complaint.resolution.detail
    case 'escalation.reason':
      return complaint.escalation.reason
    case 'satisfaction.comment':
      return complaint.satisfaction.comment
    default:
      return complaint[field]
  }
}

/* One matcher per rule object: a review list checks the same rule on many complaints. */
const matchers = new WeakMap<NeverSayRule, PhraseMatcher>()

function matcherOf(rule: NeverSayRule): PhraseMatcher {
  let matcher = matchers.get(rule)
  if (matcher === undefined) {
    matcher = compileRules([rule])
    matchers.set(rule, matcher)
  }
  return matcher
}

/** Where a dismissed flag stands in the complaint's text. */
export interface FlaggedOccurrence {
  readonly field: ComplaintTextField
  /** The sentence around the dismissed text, as typed: what an exception for it would name. */
  readonly sentence: string
}

const SENTENCE_BREAK = /[。！？!?；;\n\r]/

/** The sentence of `text` around [start, end), without its closing punctuation. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && !SENTENCE_BREAK.test(text.charAt(from - 1))) from--
  let to = end
  while (to < text.length && !SENTENCE_BREAK.test(text.charAt(to))) to++
  return text.slice(from, to).trim()
}

function occurrences(text: string, part: string): readonly number[] {
  const found: number[] = []
  if (part === '') return found
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) found.push(at)
  return found
}

/**
 * Where the rule, as it stands, still flags the dismissed text in the complaint: the first
 * field in which one of its flags lies within an occurrence of the text. The clerk may have
 * dismissed the flagged words alone or a longer stretch around them; either way the flag must
 * lie inside what was dismissed. Null when the rule no longer flags it anywhere (the text was
 * edited away, or an exception now covers it).
 */
export function flaggedOccurrence(
  complaint: ComplaintText,
  dismissal: Pick<DismissedFlag, 'text'>,
  rule: NeverSayRule
): FlaggedOccurrence | null {
  for (const field of COMPLAINT_TEXT_FIELDS) {
    const text = complaintText(complaint, field)
    const starts = occurrences(text, dismissal.text)
    if (starts.length === 0) continue
    for (const flag of matcherOf(rule).check(text)) {
      const start = starts.find((at) => at <= flag.start && flag.end <= at + dismissal.text.length)
      if (start !== undefined) return { field, sentence: sentenceAround(text, start, start + dismissal.text.length) }
    }
  }
  return null
}

/**
 * Whether a dismissal still waits for the manager: it is on a live complaint, its rule is
 * active (`rule` is undefined for a retired, deleted or unknown one), and the rule still flags
 * the dismissed text where it stands. So both decisions end it by what they change: upholding
 * removes the dismissal, accepting adds an exception that stops the flag. And nothing stays
 * pending that the clerk can no longer see flagged.
 */
export function isDismissalPending(
  complaint: ComplaintText & Pick<Complaint, 'deletedAt' | 'dismissedFlags'>,
  dismissal: Pick<DismissalKey, 'ruleId' | 'text'>,
  rule: NeverSayRule | undefined
): boolean {
  if (rule === undefined || rule.id !== dismissal.ruleId || complaint.deletedAt !== null) return false
  if (!complaint.dismissedFlags.some((flag) => isDismissal(flag, dismissal))) return false
  return flaggedOccurrence(complaint, dismissal, rule) !== null
}

/** Reviewing false positives is a manager's decision (see managerAccess). */
export const mayReviewFlags = (staffId: string, staff: readonly Pick<Staff, 'id' | 'role' | 'active' | 'deletedAt'>[]): boolean =>
  managerAccess(staff, staffId) !== 'read-only'

/** The rule's exceptions with one more, unless an equal one (ignoring surrounding spaces) is there. */
export function exceptionsWith(exceptions: readonly string[], exception: string): readonly string[] {
  const added = exception.trim()
  return exceptions.some((known) => known.trim() === added) ? exceptions : [...exceptions, added]
}

const withException = (rule: NeverSayRule, exception: string): NeverSayRule => ({
  ...rule,
  exceptions: exceptionsWith(rule.exceptions, exception)
})

/**
 * The rule's own wordings (phrase and variants) that the exception would stop it flagging. An
 * exception that names the flagged words alone (这是公司的规定) would switch that wording off
 * everywhere, not excuse one harmless use of it: a false positive is excused by the words
 * around it (店员上次说"这是公司的规定"，客户很不满).
 */
export function wordingsSilencedBy(rule: NeverSayRule, exception: string): readonly string[] {
  const excepted = matcherOf(withException(rule, exception))
  return [rule.phrase, ...rule.variants].filter((wording) => matcherOf(rule).check(wording).length > 0 && excepted.check(wording).length === 0)
}

export type ExceptionProblem =
  | 'exception-empty'
  /** With the exception the rule would still flag the dismissed text: the decision would change nothing. */
  | 'exception-does-not-cover'
  /** The exception would stop the rule flagging its own wording (see wordingsSilencedBy). */
  | 'exception-silences-rule'

/** Why `exception` cannot settle the dismissal as a false positive of `rule`, or null when it can. */
export function exceptionProblem(
  complaint: ComplaintText,
  dismissal: Pick<DismissedFlag, 'text'>,
  rule: NeverSayRule,
  exception: string
): ExceptionProblem | null {
  if (exception.trim() === '') return 'exception-empty'
  if (wordingsSilencedBy(rule, exception).length > 0) return 'exception-silences-rule'
  if (flaggedOccurrence(complaint, dismissal, withException(rule, exception)) !== null) return 'exception-does-not-cover'
  return null
}
