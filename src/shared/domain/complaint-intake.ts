import {
  NO_ESCALATION,
  NO_RESOLUTION,
  NO_SATISFACTION,
  UNRESOLVED_COMPLAINT_STATUSES,
  type Complaint,
  type ComplaintContent,
  type ComplaintSeverity
} from './complaint'
import type { TransitionContext } from './complaint-lifecycle'
import { COMPLAINT_INTAKE_STEPS, type ComplaintIntakeStep } from './complaint-steps'
import { parseIsoDate } from './days'

/*
 * The intake wizard's side of a complaint: what a complaint is when it is opened, and what the
 * wizard's autosave may change afterwards. The status never changes here; it changes only
 * through the lifecycle's actions (complaint-lifecycle.ts), which stamp the status history.
 */

/** What the clerk may know when the complaint is opened: at least who complains. */
export interface ComplaintOpening {
  readonly customerId: string
  readonly customerWords?: string
  readonly category?: string
  readonly severity?: ComplaintSeverity
  readonly productId?: string | null
}

/**
 * A new complaint: status new, received now, the wizard at its first step. Nobody handles it
 * yet: whoever takes it up (the lifecycle's start) becomes the handler. The category stays ''
 * until the clerk classifies it.
 */
export function openedComplaint(
  opening: ComplaintOpening,
  { number, now, staffId }: TransitionContext & { readonly number: string }
): ComplaintContent {
  return {
    number,
    customerId: opening.customerId,
    status: 'new',
    statusHistory: [{ status: 'new', at: now, by: staffId }],
    receivedAt: now,
    firstResponseAt: null,
    resolvedAt: null,
    closedAt: null,
    handlerId: null,
    intakeStep: COMPLAINT_INTAKE_STEPS[0].id,
    customerWords: opening.customerWords ?? '',
    desiredRemedy: '',
    productId: opening.productId ?? null,
    category: opening.category ?? '',
    severity: opening.severity ?? 'ordinary',
    rootCause: '',
    replyDraft: '',
    notes: '',
    resolution: NO_RESOLUTION,
    escalation: NO_ESCALATION,
    followUpDate: null,
    satisfaction: NO_SATISFACTION,
    closeReason: '',
    closeChecklist: [],
    dismissedFlags: []
  }
}

type IntakeDraftField =
  | 'customerWords'
  | 'desiredRemedy'
  | 'productId'
  | 'category'
  | 'severity'
  | 'rootCause'
  | 'replyDraft'
  | 'notes'
  | 'followUpDate'

/**
 * What the wizard autosaves; a field left out (or undefined) keeps its value. The resolution is
 * the proposal being worked out, with the customer's answer to it as the clerk heard it: the
 * answer is asked at the resolution step, but the complaint only becomes resolved through the
 * resolve action, once a supervisor has agreed where one must and a follow-up date is set.
 */
export type IntakeDraft = Partial<Pick<Complaint, IntakeDraftField>> & {
  readonly intakeStep?: ComplaintIntakeStep
  readonly resolution?: Partial<Complaint['resolution']>
}

export type IntakeDraftError =
  /** A closed complaint records a decision the customer was told of: it is not edited. */
  | 'complaint-closed'
  /**
   * Once resolved, the resolution the customer accepted and the severity that decided whether a
   * supervisor had to agree are settled; to change them, reopen the complaint.
   */
  | 'settled-by-resolution'
  | 'follow-up-date-invalid'

const changes = <T>(proposed: T | undefined, current: T): boolean => proposed !== undefined && proposed !== current

/** Why the draft may not be saved onto the complaint, or null when it may. */
export function intakeDraftError(
  complaint: Pick<Complaint, 'status' | 'severity' | 'resolution'>,
  draft: IntakeDraft
): IntakeDraftError | null {
  if (complaint.status === 'closed') return 'complaint-closed'
  const { followUpDate, severity, resolution } = draft
  if (!UNRESOLVED_COMPLAINT_STATUSES.includes(complaint.status)) {
    const current = complaint.resolution
    if (
      changes(severity, complaint.severity) ||
      changes(resolution?.kind, current.kind) ||
      changes(resolution?.detail, current.detail) ||
      changes(resolution?.accepted, current.accepted)
    ) {
      return 'settled-by-resolution'
    }
  }
  if (typeof followUpDate === 'string' && parseIsoDate(followUpDate) === null) return 'follow-up-date-invalid'
  return null
}

export type DismissedFlag = Complaint['dismissedFlags'][number]

/** The flags with this one added, unless the same rule was already dismissed for the same text. */
export function withDismissedFlag(flags: readonly DismissedFlag[], flag: DismissedFlag): readonly DismissedFlag[] {
  const known = flags.some(({ ruleId, text }) => ruleId === flag.ruleId && text === flag.text)
  return known ? flags : [...flags, flag]
}
