/**
 * A customer's history as one list, newest first: calls, visits, messages, purchases and
 * notes, complaints, care tasks that were carried out, and edits of the record and of
 * the products the customer owns.
 */
import type { AuditAction, AuditEntry } from './audit'
import type { CareMethod, CareTask } from './care-task'
import type { Complaint, ComplaintSeverity, ComplaintStatus } from './complaint'
import { CUSTOMER_SEARCH_FIELDS } from './customer-search'
import type { CallOutcome, Interaction, InteractionKind } from './interaction'
import { isLive } from './record'

interface TimelineBase {
  /** The id of the record the entry shows (interactions, complaints, tasks and audit entries have ULIDs). */
  readonly id: string
  /** ISO instant. */
  readonly at: string
  /** Who did it, when known. */
  readonly staffId: string | null
}

export interface InteractionEntry extends TimelineBase {
  readonly kind: InteractionKind
  readonly summary: string
  readonly callOutcome: CallOutcome | null
  /** Purchases: the amount paid. */
  readonly amount: number | null
  readonly productId: string | null
  readonly complaintId: string | null
}

export interface ComplaintEntry extends TimelineBase {
  readonly kind: 'complaint'
  readonly number: string
  readonly status: ComplaintStatus
  readonly severity: ComplaintSeverity
  readonly category: string
  /** What the customer said. */
  readonly summary: string
  readonly satisfactionScore: number | null
}

export interface TaskEntry extends TimelineBase {
  readonly kind: 'task'
  readonly purpose: string
  readonly method: CareMethod
  readonly status: 'done'
  readonly outcome: string
  readonly satisfactionScore: number | null
  readonly followUpNeeded: boolean
}

export interface EditEntry extends TimelineBase {
  readonly kind: 'edit'
  /** 'customers' for the record itself, 'ownedProducts' for one of the customer's products. */
  readonly table: string
  readonly recordId: string
  /** 'create' reads as "record created". */
  readonly action: AuditAction
  /** The fields a person changed; empty for a creation. */
  readonly changedFields: readonly string[]
}

export type TimelineEntry = InteractionEntry | ComplaintEntry | TaskEntry | EditEntry

export interface TimelineSources {
  readonly interactions: readonly Interaction[]
  readonly complaints: readonly Complaint[]
  readonly careTasks: readonly CareTask[]
  /** Audit entries of the customer record and of its products. */
  readonly audit: readonly AuditEntry[]
}

/*
 * Fields the data layer derives, not a person: an edit that changed only these (a call
 * logged moves lastContactAt) is not history worth showing.
 */
const DERIVED_FIELDS: ReadonlySet<string> = new Set([...CUSTOMER_SEARCH_FIELDS, 'lastContactAt'])

const compareDescending = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0)

const staffOrNull = (staffId: string): string | null => (staffId === '' ? null : staffId)

function editEntry(entry: AuditEntry): EditEntry | null {
  const changedFields = entry.action === 'create' ? [] : entry.changedFields.filter((field) => !DERIVED_FIELDS.has(field))
  if (entry.action === 'update' && changedFields.length === 0) return null
  return {
    id: entry.id,
    at: entry.at,
    staffId: staffOrNull(entry.staffId),
    kind: 'edit',
    table: entry.table,
    recordId: entry.recordId,
    action: entry.action,
    changedFields
  }
}

/**
 * The timeline, newest first; entries at the same instant by id, so the order never
 * depends on the order the records came in. Deleted records are left out, and of the
 * care tasks only those carried out (planned or cancelled ones are not history). A
 * done task's own interaction (its taskId) is shown once, as the task.
 */
export function buildCustomerTimeline({ interactions, complaints, careTasks, audit }: TimelineSources): readonly TimelineEntry[] {
  const doneTasks = careTasks.filter((task) => isLive(task) && task.status === 'done')
  const shownTaskIds = new Set(doneTasks.map((task) => task.id))
  const entries: TimelineEntry[] = []
  for (const interaction of interactions) {
    if (!isLive(interaction) || (interaction.taskId !== null && shownTaskIds.has(interaction.taskId))) continue
    entries.push({
      id: interaction.id,
      at: interaction.occurredAt,
      staffId: interaction.staffId,
      kind: interaction.kind,
      summary: interaction.summary,
      callOutcome: interaction.callOutcome,
      amount: interaction.amount,
      productId: interaction.productId,
      complaintId: interaction.complaintId
    })
  }
  for (const complaint of complaints.filter(isLive)) {
    entries.push({
      id: complaint.id,
      at: complaint.receivedAt,
      staffId: complaint.handlerId,
      kind: 'complaint',
      number: complaint.number,
      status: complaint.status,
      severity: complaint.severity,
      category: complaint.category,
      summary: complaint.customerWords,
      satisfactionScore: complaint.satisfaction.score
    })
  }
  for (const task of doneTasks) {
    entries.push({
      id: task.id,
      at: task.startAt,
      staffId: task.staffId,
      kind: 'task',
      purpose: task.purpose,
      method: task.method,
      status: 'done',
      outcome: task.outcome,
      satisfactionScore: task.satisfactionScore,
      followUpNeeded: task.followUpNeeded
    })
  }
  for (const entry of audit) {
    const edit = editEntry(entry)
    if (edit !== null) entries.push(edit)
  }
  return entries.sort((a, b) => compareDescending(a.at, b.at) || compareDescending(a.id, b.id))
}

/** The customer's newest satisfaction score: from a complaint's follow-up or a care task carried out. */
export interface Satisfaction {
  readonly score: number
  readonly at: string
  readonly source: 'complaint' | 'visit'
}

/* A complaint's score is given at the follow-up call; older records may lack that step. */
const followUpTime = (complaint: Complaint): string =>
  complaint.statusHistory.find((change) => change.status === 'followed-up')?.at ?? complaint.closedAt ?? complaint.updatedAt

const SOURCE_ORDER: Readonly<Record<Satisfaction['source'], number>> = { complaint: 0, visit: 1 }

/**
 * The newest score given at or before `now`, or null. Two at the same instant (rare):
 * the complaint's first, then the lower, so the answer never depends on input order.
 */
export function latestSatisfaction(
  { complaints, careTasks }: Pick<TimelineSources, 'complaints' | 'careTasks'>,
  now: Date
): Satisfaction | null {
  const scores: Satisfaction[] = []
  for (const complaint of complaints) {
    const { score } = complaint.satisfaction
    if (isLive(complaint) && score !== null) scores.push({ score, at: followUpTime(complaint), source: 'complaint' })
  }
  for (const task of careTasks) {
    const score = task.satisfactionScore
    if (isLive(task) && task.status === 'done' && score !== null) scores.push({ score, at: task.startAt, source: 'visit' })
  }
  const cutoff = now.toISOString()
  const [latest] = scores
    .filter((satisfaction) => satisfaction.at <= cutoff)
    .sort(
      (a, b) => compareDescending(a.at, b.at) || SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || a.score - b.score
    )
  return latest ?? null
}
