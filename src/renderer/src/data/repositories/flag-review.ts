/**
 * The manager's review of never-say flags a clerk dismissed as false positives. A dismissal is
 * pending while the rule still flags the dismissed text on a live complaint (isDismissalPending
 * in @shared/domain/phrase-hit); each decision is one transaction that ends it: accepting adds
 * an exception to the rule, upholding takes the dismissal off the complaint so the wizard shows
 * the flag again.
 */
import type { Complaint } from '@shared/domain/complaint'
import { neverSayRuleFrom, type NeverSayRule } from '@shared/domain/phrase-check'
import {
  exceptionProblem,
  exceptionsWith,
  flaggedOccurrence,
  isDismissal,
  isDismissalPending,
  mayReviewFlags,
  type ComplaintTextField,
  type DismissalKey,
  type ExceptionProblem
} from '@shared/domain/phrase-hit'
import { isActiveScript, type ScriptPhrase } from '@shared/domain/script'
import { db } from '../db'
import { reviseRecord, type Actor } from '../records'
import { updateScript } from './scripts'

export interface PendingFlagReview extends DismissalKey {
  readonly complaintNumber: string
  /** The rule's canonical wording. */
  readonly rulePhrase: string
  /** Staff id of the clerk who dismissed the flag ('' when nobody was chosen at the desk). */
  readonly dismissedBy: string
  /** Their name (former and deleted staff too); null for '' or an unknown id. */
  readonly dismissedByName: string | null
  /** The complaint field in which the rule flags the text. */
  readonly field: ComplaintTextField
  /** The sentence around the dismissed text: the exception accepting suggests. */
  readonly sentence: string
}

export type FlagReviewError =
  /** Someone other than a manager is at the desk, and the shop has an active manager. */
  | 'not-allowed'
  /** Already decided, or the complaint, the dismissal or the rule has gone (see isDismissalPending). */
  | 'not-pending'
  | ExceptionProblem

export type FlagReviewOutcome = { readonly ok: true } | { readonly ok: false; readonly error: FlagReviewError }

const refused = (error: FlagReviewError): FlagReviewOutcome => ({ ok: false, error })

const activeRuleOf = (script: ScriptPhrase | undefined): NeverSayRule | undefined =>
  script !== undefined && script.kind === 'never-say' && isActiveScript(script) ? neverSayRuleFrom(script) : undefined

/* The staff table is a handful of rows, read whole (as the staff repository does). */
const allStaff = () => db.staff.toArray()

/**
 * Every pending dismissal, newest complaint first. Dismissals are not indexed, so this scans
 * the live complaints: a shop has thousands at most, and the page reads it while open, which
 * is acceptable; index the complaints with dismissals if that ever grows.
 */
export function listPendingFlagReviews(): Promise<readonly PendingFlagReview[]> {
  return db.transaction('r', [db.complaints, db.scripts, db.staff], async () => {
    const complaints: readonly Complaint[] = await db.complaints
      .orderBy('receivedAt')
      .reverse()
      .filter((complaint) => complaint.deletedAt === null && complaint.dismissedFlags.length > 0)
      .toArray()
    const ruleIds = [...new Set(complaints.flatMap((complaint) => complaint.dismissedFlags.map((flag) => flag.ruleId)))]
    const scripts = await db.scripts.bulkGet(ruleIds)
    const rules = new Map(ruleIds.map((id, index) => [id, activeRuleOf(scripts[index])]))
    const names = new Map((await allStaff()).map((member) => [member.id, member.name]))
    return complaints.flatMap((complaint) =>
      complaint.dismissedFlags.flatMap((flag): PendingFlagReview[] => {
        const rule = rules.get(flag.ruleId)
        if (rule === undefined || !isDismissalPending(complaint, flag, rule)) return []
        // Pending means the rule flags the text somewhere, so there is an occurrence.
        const occurrence = flaggedOccurrence(complaint, flag, rule)
        if (occurrence === null) return []
        return [
          {
            complaintId: complaint.id,
            complaintNumber: complaint.number,
            ruleId: flag.ruleId,
            rulePhrase: rule.phrase,
            text: flag.text,
            dismissedBy: flag.by,
            dismissedByName: names.get(flag.by) ?? null,
            field: occurrence.field,
            sentence: occurrence.sentence
          }
        ]
      })
    )
  })
}

interface PendingDismissal {
  readonly complaint: Complaint
  readonly script: ScriptPhrase
  readonly rule: NeverSayRule
}

/** Call inside the decision's transaction: what the decision needs, or why it may not be taken. */
async function requirePending(key: DismissalKey, actor: Actor): Promise<PendingDismissal | FlagReviewError> {
  if (!mayReviewFlags(actor.staffId, await allStaff())) return 'not-allowed'
  const complaint = await db.complaints.get(key.complaintId)
  const script = await db.scripts.get(key.ruleId)
  const rule = activeRuleOf(script)
  if (complaint === undefined || script === undefined || rule === undefined || !isDismissalPending(complaint, key, rule)) {
    return 'not-pending'
  }
  return { complaint, script, rule }
}

const decisionTables = () => [db.complaints, db.scripts, db.staff, db.auditLog, db.meta]

export interface AcceptOptions {
  /**
   * The exception to add; by default the sentence around the dismissed text. Refused when it
   * would not stop the flag, or would stop the rule flagging its own wording (exceptionProblem).
   */
  readonly exception?: string
}

/**
 * The flag was a false positive: adds the exception to the rule through the script library
 * (so its validation runs, and the change is stamped and audited), unless the rule has it.
 * The dismissal stays on the complaint as the record of what the clerk said.
 */
export function acceptFalsePositive(key: DismissalKey, actor: Actor, { exception }: AcceptOptions = {}): Promise<FlagReviewOutcome> {
  return db.transaction('rw', decisionTables(), async () => {
    const pending = await requirePending(key, actor)
    if (typeof pending === 'string') return refused(pending)
    const { complaint, script, rule } = pending
    const added = exception ?? flaggedOccurrence(complaint, key, rule)?.sentence ?? key.text
    const problem = exceptionProblem(complaint, key, rule, added)
    if (problem !== null) return refused(problem)
    await updateScript(script.id, { exceptions: exceptionsWith(script.exceptions, added) }, actor)
    return { ok: true }
  })
}

/** The flag was right: takes the dismissal off the complaint, so the wizard shows the flag again. */
export function upholdFlag(key: DismissalKey, actor: Actor): Promise<FlagReviewOutcome> {
  return db.transaction('rw', decisionTables(), async () => {
    const pending = await requirePending(key, actor)
    if (typeof pending === 'string') return refused(pending)
    await reviseRecord(
      'complaints',
      key.complaintId,
      (current) => ({ ...current, dismissedFlags: current.dismissedFlags.filter((flag) => !isDismissal(flag, key)) }),
      actor
    )
    return { ok: true }
  })
}
