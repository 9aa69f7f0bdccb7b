/**
 * What the complaint and satisfaction reports read of a complaint (ReportComplaint), kept apart
 * from the complaint in monthly bundles so a year's report reads twelve records instead of
 * every complaint of the year (a busy centre has 100,000): reading a record costs IndexedDB
 * the same whether it is big or small, and a whole complaint (texts, status history) is big.
 *
 * A bundle holds the facts of the complaints received in one calendar month of UTC, by
 * complaint id, each packed as one JSON array: a string costs structured cloning almost
 * nothing, an object costs it per property.
 */
import type { Complaint } from './complaint'
import { factMonthOf, type BundleFacts, type FactBundleStorage, type FactBundling } from './fact-bundles'
import type { ReportComplaint } from './report-complaints'

export interface ComplaintMonthFacts {
  /** 'yyyy-mm' of receivedAt, in UTC (receivedAt is an ISO instant). */
  readonly month: string
  /** Packed facts by complaint id. */
  readonly facts: Readonly<Record<string, string>>
}

type PackedFact = [
  receivedAt: string,
  category: string,
  severity: Complaint['severity'],
  rootCause: string,
  status: Complaint['status'],
  firstResponseAt: string | null,
  resolvedAt: string | null,
  handlerId: string | null,
  deletedAt: string | null,
  score: number | null,
  comment: string,
  givenBy: Complaint['satisfaction']['givenBy']
]

export function packComplaintFact(complaint: ReportComplaint): string {
  const { satisfaction } = complaint
  const packed: PackedFact = [
    complaint.receivedAt,
    complaint.category,
    complaint.severity,
    complaint.rootCause,
    complaint.status,
    complaint.firstResponseAt,
    complaint.resolvedAt,
    complaint.handlerId,
    complaint.deletedAt,
    satisfaction.score,
    satisfaction.comment,
    satisfaction.givenBy
  ]
  return JSON.stringify(packed)
}

/** A complaint as the reports read it, with its id. */
export type ComplaintFact = ReportComplaint & Pick<Complaint, 'id'>

export function unpackComplaintFact(id: string, text: string): ComplaintFact {
  const [receivedAt, category, severity, rootCause, status, firstResponseAt, resolvedAt, handlerId, deletedAt, score, comment, givenBy] =
    JSON.parse(text) as PackedFact
  return {
    id,
    receivedAt,
    category,
    severity,
    rootCause,
    status,
    firstResponseAt,
    resolvedAt,
    handlerId,
    deletedAt,
    satisfaction: { score, comment, givenBy }
  }
}

/** Complaints go in the bundle of the month they came in; a complaint whose receivedAt moved leaves its old month's. */
export const complaintFactBundling: FactBundling<ReportComplaint> = {
  bundleOf: (complaint) => factMonthOf(complaint.receivedAt),
  pack: packComplaintFact
}

export const complaintFactStorage: FactBundleStorage<ReportComplaint, ComplaintMonthFacts> = {
  bundling: complaintFactBundling,
  keyOf: (bundle) => bundle.month,
  factsOf: (bundle): BundleFacts => new Map(Object.entries(bundle.facts)),
  stored: (month, facts) => ({ month, facts: Object.fromEntries(facts) })
}
