import type { RecordContent, SyncedRecord } from './record'

export const COMPLAINT_STATUSES = ['new', 'in-progress', 'resolved', 'followed-up', 'closed'] as const
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number]

export const COMPLAINT_SEVERITIES = ['ordinary', 'serious', 'crisis'] as const
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number]

export const RESOLUTION_KINDS = ['repair', 'replacement', 'refund', 'compensation', 'apology', 'other'] as const
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number]

/** The built-in cause categories; managers add their own (stored as settings), so the field is a string. */
export const BUILT_IN_COMPLAINT_CATEGORIES = [
  'service-attitude',
  'repair-workmanship',
  'repair-price',
  'parts-quality',
  'slow-service',
  'product-quality',
  'promise-not-kept',
  'staff-skill',
  'returns-exchanges'
] as const

export interface StatusChange {
  readonly status: ComplaintStatus
  readonly at: string
  readonly by: string
  /** Why, when the change needs one: a reopened complaint says what went wrong with its resolution. */
  readonly reason?: string
}

export interface Complaint extends SyncedRecord {
  /** Readable and unique per device, e.g. TS-20261122-0001-7K3F. */
  readonly number: string
  readonly customerId: string
  readonly status: ComplaintStatus
  readonly statusHistory: readonly StatusChange[]
  readonly receivedAt: string
  readonly firstResponseAt: string | null
  readonly resolvedAt: string | null
  readonly closedAt: string | null
  readonly handlerId: string | null
  /** The wizard step the clerk last reached, so a half-done intake resumes where it stopped. */
  readonly intakeStep: string
  readonly customerWords: string
  readonly desiredRemedy: string
  readonly productId: string | null
  readonly category: string
  readonly severity: ComplaintSeverity
  readonly rootCause: string
  readonly replyDraft: string
  readonly notes: string
  readonly resolution: {
    readonly kind: ResolutionKind | null
    readonly detail: string
    readonly accepted: boolean | null
  }
  readonly escalation: {
    readonly supervisorId: string | null
    readonly reason: string
    readonly at: string | null
  }
  readonly followUpDate: string | null
  readonly satisfaction: {
    readonly score: number | null
    readonly comment: string
    readonly givenBy: 'customer' | 'clerk' | null
  }
  readonly closeReason: string
  readonly closeChecklist: readonly string[]
  /** Never-say flags the clerk marked as false positives, for the manager to review. */
  readonly dismissedFlags: readonly { readonly ruleId: string; readonly text: string; readonly by: string }[]
}

/** A complaint's fields without the record metadata: what is written, or still to be stored. */
export type ComplaintContent = RecordContent<Complaint>

/** A change to a complaint (a stored record by default), or why it may not happen. */
export type ComplaintChange<E extends string, C extends ComplaintContent = Complaint> =
  | { readonly ok: true; readonly complaint: C }
  | { readonly ok: false; readonly error: E }

/** A complaint's blanks, before anything is proposed, escalated or scored. */
export const NO_RESOLUTION: Complaint['resolution'] = { kind: null, detail: '', accepted: null }
export const NO_ESCALATION: Complaint['escalation'] = { supervisorId: null, reason: '', at: null }
export const NO_SATISFACTION: Complaint['satisfaction'] = { score: null, comment: '', givenBy: null }

/** Every status but closed: a complaint still somebody's business. */
export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = COMPLAINT_STATUSES.filter((status) => status !== 'closed')

/** Statuses in which the complaint still waits for a resolution: its resolution and severity are still being worked out. */
export const UNRESOLVED_COMPLAINT_STATUSES: readonly ComplaintStatus[] = ['new', 'in-progress']

/** Live and not closed. */
export const isOpenComplaint = (complaint: Pick<Complaint, 'status' | 'deletedAt'>): boolean =>
  complaint.deletedAt === null && OPEN_COMPLAINT_STATUSES.includes(complaint.status)
