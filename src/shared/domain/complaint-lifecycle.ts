import {
  NO_SATISFACTION,
  OPEN_COMPLAINT_STATUSES,
  type Complaint,
  type ComplaintChange,
  type ComplaintContent,
  type ComplaintSeverity,
  type ComplaintStatus,
  type StatusChange
} from './complaint'

/*
 * The complaint's lifecycle: new → in progress → resolved → followed up → closed, one step at
 * a time, each step stamped in the status history so response and resolution times can be
 * reported. Two ways round the straight line, both deliberate:
 *
 * - Close straight from resolved. Some customers cannot be reached for the follow-up call (回访);
 *   the complaint should not stay open for ever because of it. The closing reason says why,
 *   and the missing satisfaction score shows in reports as a close without follow-up.
 * - Reopen from resolved or followed up, back to in progress, with a reason: the repair failed
 *   again, or the follow-up call found the customer still unhappy. A closed complaint is never
 *   reopened: closing records a decision the customer was told of, and the closed counts in
 *   past reports must not change. If the problem comes back, that is a new complaint, which is
 *   also how repeats show up when causes are analysed (找出共性).
 *
 * Escalation to a supervisor (必要时让上级参与) changes no status: it can happen at any point
 * while the complaint is open, and serious complaints and crises need it before they resolve.
 *
 * Everything here is pure: `now` and the member of staff come in, a new complaint goes out and
 * the one passed in is never touched. Record metadata (updatedAt, clocks) is the data layer's.
 */

export type ComplaintAction =
  /** The first response: the complaint is taken up. */
  | { readonly type: 'start' }
  | { readonly type: 'resolve'; readonly resolution: Complaint['resolution'] }
  | { readonly type: 'escalate'; readonly supervisorId: string; readonly reason: string }
  | {
      readonly type: 'record-follow-up'
      /** 1 (very unhappy) to 5 (very happy). */
      readonly score: number
      readonly comment: string
      readonly givenBy: 'customer' | 'clerk'
    }
  | { readonly type: 'close'; readonly reason: string; readonly checklist: readonly string[] }
  | { readonly type: 'reopen'; readonly reason: string }

export type ComplaintActionType = ComplaintAction['type']

export type ComplaintTransitionError =
  | 'not-allowed-from-status'
  | 'resolution-required'
  | 'resolution-not-accepted'
  | 'escalation-required'
  | 'supervisor-required'
  | 'escalation-reason-required'
  | 'score-out-of-range'
  | 'close-reason-required'
  | 'checklist-incomplete'
  | 'reopen-reason-required'

export interface TransitionContext {
  /** ISO instant of the change. */
  readonly now: string
  /** Who made it, for the status history. */
  readonly staffId: string
}

/** The outcome of a transition: a complaint of the kind passed in (a stored record, or content not yet stored). */
export type ComplaintTransition<C extends ComplaintContent = Complaint> = ComplaintChange<ComplaintTransitionError, C>

/**
 * What the clerk confirms before closing, after ISO 10002's closing of a complaint: the decision
 * is recorded, the customer has been told, and the actions taken are noted. All of it, every time.
 */
export const CLOSE_CHECKLIST = ['decision-recorded', 'customer-informed', 'actions-noted'] as const

/** The follow-up's satisfaction score: whole numbers only, so reports can count each score. */
export const SATISFACTION_SCORE_RANGE = { min: 1, max: 5 } as const

/**
 * The allowed transitions, by action: the statuses it may be taken from, and the status it
 * leads to (null when the status stays). Status by status this reads:
 * new → in-progress; in-progress → resolved; resolved → followed-up, closed or in-progress;
 * followed-up → closed or in-progress; closed → nothing.
 */
export const COMPLAINT_ACTION_RULES: Readonly<
  Record<ComplaintActionType, { readonly from: readonly ComplaintStatus[]; readonly to: ComplaintStatus | null }>
> = {
  start: { from: ['new'], to: 'in-progress' },
  resolve: { from: ['in-progress'], to: 'resolved' },
  escalate: { from: OPEN_COMPLAINT_STATUSES, to: null },
  'record-follow-up': { from: ['resolved'], to: 'followed-up' },
  close: { from: ['resolved', 'followed-up'], to: 'closed' },
  reopen: { from: ['resolved', 'followed-up'], to: 'in-progress' }
}

/** Severities that need a supervisor involved before they can be resolved. */
const ESCALATED_SEVERITIES: readonly ComplaintSeverity[] = ['serious', 'crisis']

const isBlank = (text: string): boolean => text.trim() === ''

const isEscalated = ({ supervisorId, reason }: Complaint['escalation']): boolean =>
  supervisorId !== null && !isBlank(supervisorId) && !isBlank(reason)

/** The fields an action changes, and the reason to note in the history; or why it may not happen. */
type ActionOutcome = { readonly changes: Partial<ComplaintContent>; readonly reason?: string } | ComplaintTransitionError

function outcomeOf(complaint: ComplaintContent, action: ComplaintAction, { now, staffId }: TransitionContext): ActionOutcome {
  switch (action.type) {
    case 'start':
      // Whoever responds first takes the complaint on, unless someone was already assigned.
      return { changes: { firstResponseAt: complaint.firstResponseAt ?? now, handlerId: complaint.handlerId ?? staffId } }
    case 'resolve': {
      const { kind, detail, accepted } = action.resolution
      if (kind === null) return 'resolution-required'
      // 寻求双方认可: a resolution the customer has not accepted does not settle anything.
      if (accepted !== true) return 'resolution-not-accepted'
      if (ESCALATED_SEVERITIES.includes(complaint.severity) && !isEscalated(complaint.escalation)) return 'escalation-required'
      return { changes: { resolution: { kind, detail, accepted }, resolvedAt: now } }
    }
    case 'escalate':
      if (isBlank(action.supervisorId)) return 'supervisor-required'
      if (isBlank(action.reason)) return 'escalation-reason-required'
      return { changes: { escalation: { supervisorId: action.supervisorId, reason: action.reason.trim(), at: now } } }
    case 'record-follow-up': {
      const { score, comment, givenBy } = action
      const { min, max } = SATISFACTION_SCORE_RANGE
      if (!Number.isInteger(score) || score < min || score > max) return 'score-out-of-range'
      return { changes: { satisfaction: { score, comment, givenBy } } }
    }
    case 'close':
      if (isBlank(action.reason)) return 'close-reason-required'
      if (!CLOSE_CHECKLIST.every((item) => action.checklist.includes(item))) return 'checklist-incomplete'
      return { changes: { closeReason: action.reason.trim(), closeChecklist: [...action.checklist], closedAt: now } }
    case 'reopen':
      if (isBlank(action.reason)) return 'reopen-reason-required'
      // The resolution did not hold: it must be accepted again, and the old follow-up score
      // described the failed resolution, so neither may count towards the final outcome.
      return {
        changes: { resolvedAt: null, resolution: { ...complaint.resolution, accepted: null }, satisfaction: NO_SATISFACTION },
        reason: action.reason.trim()
      }
  }
}

/**
 * Applies one action, or says why it may not happen; the complaint passed in is left as it was.
 * It may be content not yet stored: the demo generator plays its complaints' stories through here.
 */
export function transitionComplaint<C extends ComplaintContent>(
  complaint: C,
  action: ComplaintAction,
  context: TransitionContext
): ComplaintTransition<C> {
  const rule = COMPLAINT_ACTION_RULES[action.type]
  if (!rule.from.includes(complaint.status)) return { ok: false, error: 'not-allowed-from-status' }
  const outcome = outcomeOf(complaint, action, context)
  if (typeof outcome === 'string') return { ok: false, error: outcome }
  const changed: C = { ...complaint, ...outcome.changes }
  if (rule.to === null) return { ok: true, complaint: changed }
  const change: StatusChange = {
    status: rule.to,
    at: context.now,
    by: context.staffId,
    ...(outcome.reason === undefined ? {} : { reason: outcome.reason })
  }
  return { ok: true, complaint: { ...changed, status: rule.to, statusHistory: [...complaint.statusHistory, change] } }
}
