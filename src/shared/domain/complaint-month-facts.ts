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
import type { ReportComplaint } from './report-complaints'
import type { InstantSpan } from './report-range'

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

export const factMonthOf = (receivedAt: string): string => receivedAt.slice(0, 7)

/** The bundles a span of instants touches: every UTC month from its start's to its end's. */
export function factMonthsOf({ start, end }: InstantSpan): readonly string[] {
  const months: string[] = []
  let year = Number(start.slice(0, 4))
  let month = Number(start.slice(5, 7))
  const last = factMonthOf(end)
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
    if (key > last) break
    months.push(key)
    month = month === 12 ? 1 : month + 1
    if (month === 1) year += 1
  }
  return months
}

/** A complaint written or removed, for the bundles to follow: `before` as it was stored, `after` as it is now. */
export interface ComplaintFactChange {
  readonly id: string
  readonly before: ReportComplaint | undefined
  readonly after: ReportComplaint | undefined
}

/**
 * The bundles after the changes: `current` holds the bundles the changes touch (absent ones are
 * empty). A complaint whose receivedAt moved leaves its old month's bundle. Bundles left empty
 * are returned with no facts, for the caller to delete.
 */
export function applyFactChanges(
  current: ReadonlyMap<string, ComplaintMonthFacts>,
  changes: readonly ComplaintFactChange[]
): readonly ComplaintMonthFacts[] {
  const bundles = new Map<string, Record<string, string>>()
  const bundle = (month: string): Record<string, string> => {
    let facts = bundles.get(month)
    if (facts === undefined) {
      facts = { ...current.get(month)?.facts }
      bundles.set(month, facts)
    }
    return facts
  }
  for (const { id, before, after } of changes) {
    if (before !== undefined) delete bundle(factMonthOf(before.receivedAt))[id]
    if (after !== undefined) bundle(factMonthOf(after.receivedAt))[id] = packComplaintFact(after)
  }
  return [...bundles].map(([month, facts]) => ({ month, facts }))
}

/** The months `changes` touch: the bundles to read before applying them. */
export const monthsOfChanges = (changes: readonly ComplaintFactChange[]): readonly string[] => [
  ...new Set(changes.flatMap(({ before, after }) => [before, after].flatMap((fact) => (fact ? [factMonthOf(fact.receivedAt)] : []))))
]
