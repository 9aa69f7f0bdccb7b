/**
 * The reports' hand-worked fixture: March 2026 in a Shanghai shop (UTC+8), with complaints
 * either side of the month and on its very edges. Every expected figure in the report tests is
 * worked out by hand from this list; the comments give the sums.
 *
 * Deadlines are the defaults: ordinary 24 h to answer / 168 h to resolve, serious 4 / 72,
 * crisis 1 / 24.
 */
import { NO_SATISFACTION, type Complaint } from '@shared/domain/complaint'
import type { ReportComplaint } from '@shared/domain/report-complaints'

const HOUR_MS = 3_600_000
const later = (at: string, hours: number): string => new Date(Date.parse(at) + hours * HOUR_MS).toISOString()

export type FixtureComplaint = ReportComplaint & { readonly id: string }

export function reportComplaint(id: string, overrides: Partial<ReportComplaint> = {}): FixtureComplaint {
  return {
    id,
    receivedAt: '2026-03-02T02:00:00.000Z',
    category: 'repair-workmanship',
    severity: 'ordinary',
    rootCause: '',
    status: 'new',
    firstResponseAt: null,
    resolvedAt: null,
    handlerId: null,
    deletedAt: null,
    satisfaction: NO_SATISFACTION,
    ...overrides
  }
}

/** A complaint answered and resolved so many hours after it came in. */
function handled(
  id: string,
  receivedAt: string,
  responseAfter: number | null,
  resolutionAfter: number | null,
  overrides: Partial<ReportComplaint>
): FixtureComplaint {
  return reportComplaint(id, {
    receivedAt,
    firstResponseAt: responseAfter === null ? null : later(receivedAt, responseAfter),
    resolvedAt: resolutionAfter === null ? null : later(receivedAt, resolutionAfter),
    ...overrides
  })
}

export const MARCH = { from: '2026-03-01', to: '2026-03-31' } as const

/** The whole list; `c6`, `c7` (deleted) and `c9` fall outside March. */
export const FIXTURE: readonly FixtureComplaint[] = [
  // Answered in 2 h, resolved in 30 h: both on time. Scored 5 by the customer.
  handled('c1', '2026-03-02T02:00:00.000Z', 2, 30, {
    category: 'repair-workmanship',
    rootCause: 'workmanship',
    status: 'closed',
    handlerId: 'staff-a',
    satisfaction: { score: 5, comment: '', givenBy: 'customer' }
  }),
  // Serious: answered in 5 h (late, > 4), resolved in 80 h (late, > 72). Scored 2 by the clerk.
  handled('c2', '2026-03-05T01:00:00.000Z', 5, 80, {
    category: 'product-quality',
    severity: 'serious',
    rootCause: 'product-defect',
    status: 'followed-up',
    handlerId: 'staff-b',
    satisfaction: { score: 2, comment: '', givenBy: 'clerk' }
  }),
  // Crisis: answered in half an hour, resolved in 20 h: both on time. Not scored yet.
  handled('c3', '2026-03-10T03:00:00.000Z', 0.5, 20, {
    category: 'product-quality',
    severity: 'crisis',
    rootCause: 'product-defect',
    status: 'resolved',
    handlerId: 'staff-a'
  }),
  // New, not classified, nobody has taken it up.
  handled('c4', '2026-03-20T02:00:00.000Z', null, null, { category: '', status: 'new' }),
  // Answered in 30 h (late, > 24), still being worked on.
  handled('c5', '2026-03-28T02:00:00.000Z', 30, null, {
    category: 'service-attitude',
    rootCause: 'staff-conduct',
    status: 'in-progress',
    handlerId: 'staff-b'
  }),
  // February in the shop: out of March.
  handled('c6', '2026-02-27T02:00:00.000Z', null, null, { status: 'new' }),
  // Deleted: never counted.
  handled('c7', '2026-03-15T02:00:00.000Z', 1, 2, { status: 'closed', deletedAt: '2026-03-16T02:00:00.000Z' }),
  // 23:59:59.999 on 31 March in the shop: still March. A cause the shop typed itself.
  handled('c8', '2026-03-31T15:59:59.999Z', null, null, { rootCause: '门店自己写的原因', status: 'new', handlerId: 'staff-a' }),
  // Midnight starting 1 April in the shop: April.
  handled('c9', '2026-03-31T16:00:00.000Z', null, null, { status: 'new' }),
  // Midnight starting 1 March in the shop (still 28 February in UTC): March. Scored 4 by the customer.
  handled('c10', '2026-02-28T16:00:00.000Z', 1, 10, {
    rootCause: 'workmanship',
    status: 'closed',
    handlerId: 'staff-a',
    satisfaction: { score: 4, comment: '', givenBy: 'customer' }
  })
]

/** When the open-complaints figures are judged: 2 April 2026, 10:00 in the shop. */
export const NOW = '2026-04-02T02:00:00.000Z'

/** The fixture's complaints as stored records, for the data-layer tests. */
export function storedComplaint(complaint: FixtureComplaint): Complaint {
  return {
    id: complaint.id,
    createdAt: complaint.receivedAt,
    updatedAt: complaint.receivedAt,
    updatedBy: '',
    deviceId: 'test',
    clock: `0000000000000-0000-test`,
    fieldClocks: {},
    deletedAt: complaint.deletedAt,
    number: `TS-${complaint.id}`,
    customerId: 'customer-1',
    status: complaint.status,
    statusHistory: [],
    receivedAt: complaint.receivedAt,
    firstResponseAt: complaint.firstResponseAt,
    resolvedAt: complaint.resolvedAt,
    closedAt: null,
    handlerId: complaint.handlerId,
    intakeStep: 'listen',
    customerWords: '',
    desiredRemedy: '',
    productId: null,
    category: complaint.category,
    severity: complaint.severity,
    rootCause: complaint.rootCause,
    replyDraft: '',
    notes: '',
    resolution: { kind: null, detail: '', accepted: null },
    escalation: { supervisorId: null, reason: '', at: null },
    followUpDate: null,
    satisfaction: complaint.satisfaction,
    closeReason: '',
    closeChecklist: [],
    dismissedFlags: []
  }
}
