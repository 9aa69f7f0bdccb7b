/**
 * The complaint list, built like the customer list: order and filters from indexes as lists
 * of ids, then only the rows on screen read by id. The one filter no index answers is
 * "overdue", which depends on `now`: it reads the complaints still waiting for a resolution,
 * which are few (resolved and closed ones are most of a shop's history and are never overdue).
 */
import {
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  UNRESOLVED_COMPLAINT_STATUSES,
  type Complaint,
  type ComplaintSeverity,
  type ComplaintStatus
} from '@shared/domain/complaint'
import { overdueState, type ComplaintDeadlines } from '@shared/domain/complaint-deadlines'
import { openComplaintsByCustomer } from '@shared/domain/open-complaint-facts'
import { isLive } from '@shared/domain/record'
import { db } from '../db'
import { idsByIndex, idsInValueOrder, idsWithAnyOf, keepListed, type SortDirection } from './id-lists'
import { tombstones } from './record-repository'

export type ComplaintSortField = 'receivedAt' | 'status' | 'severity' | 'updatedAt'

/** What narrows the list; each empty/null/false means "any". */
export interface ComplaintListFilters {
  /** Empty: any status. */
  readonly statuses: readonly ComplaintStatus[]
  /** Only complaints past their response or resolution deadline. */
  readonly overdueOnly: boolean
  /** Empty: any category. */
  readonly categories: readonly string[]
  /** Empty: any severity. */
  readonly severities: readonly ComplaintSeverity[]
  readonly handlerId: string | null
}

export const NO_COMPLAINT_FILTERS: ComplaintListFilters = {
  statuses: [],
  overdueOnly: false,
  categories: [],
  severities: [],
  handlerId: null
}

export interface ComplaintListQuery extends ComplaintListFilters {
  readonly sort: { readonly field: ComplaintSortField; readonly direction: SortDirection }
  /** Used by the overdue filter only. */
  readonly now: Date
  /** Used by the overdue filter only. */
  readonly deadlines: ComplaintDeadlines
}

/**
 * Status and severity sort in the domain's order (new before in progress, ordinary before
 * crisis), not the alphabetical order of their indexes; equal keys in creation order, which
 * for complaints is the order they were received.
 */
function sortedIds({ field, direction }: ComplaintListQuery['sort']): Promise<readonly string[]> {
  switch (field) {
    case 'status':
      return idsInValueOrder('complaints', 'status', COMPLAINT_STATUSES, direction)
    case 'severity':
      return idsInValueOrder('complaints', 'severity', COMPLAINT_SEVERITIES, direction)
    case 'receivedAt':
    case 'updatedAt':
      return idsByIndex('complaints', field, direction)
  }
}

/** Live complaints in these statuses, through the status index. */
async function liveComplaintsIn(statuses: readonly ComplaintStatus[]): Promise<readonly Complaint[]> {
  const lists = await Promise.all(statuses.map((status) => db.complaints.where('status').equals(status).toArray()))
  return lists.flat().filter(isLive)
}

/** How many complaints each customer has open (live, not closed), from their bundles (open-complaint-facts). */
export async function countOpenComplaintsByCustomer(): Promise<ReadonlyMap<string, number>> {
  return openComplaintsByCustomer(await db.openComplaintFacts.toArray())
}

/*
 * Only complaints still waiting for a resolution can be overdue: one resolved or later has
 * had its first response too (the lifecycle's start comes before any resolution).
 */
async function overdueIds(now: Date, deadlines: ComplaintDeadlines): Promise<ReadonlySet<string>> {
  const at = now.toISOString()
  const waiting = await liveComplaintsIn(UNRESOLVED_COMPLAINT_STATUSES)
  return new Set(waiting.filter((complaint) => overdueState(complaint, deadlines, at).overdue).map((complaint) => complaint.id))
}

/** One id set per filter in use: a listed complaint is in every one. */
function requiredIdSets(query: ComplaintListQuery): readonly Promise<ReadonlySet<string>>[] {
  const sets: Promise<ReadonlySet<string>>[] = []
  if (query.statuses.length > 0) sets.push(idsWithAnyOf('complaints', 'status', query.statuses))
  if (query.categories.length > 0) sets.push(idsWithAnyOf('complaints', 'category', query.categories))
  if (query.severities.length > 0) sets.push(idsWithAnyOf('complaints', 'severity', query.severities))
  if (query.handlerId !== null) sets.push(idsWithAnyOf('complaints', 'handlerId', [query.handlerId]))
  if (query.overdueOnly) sets.push(overdueIds(query.now, query.deadlines))
  return sets
}

/** The ids of the live complaints the query lists, in its order. */
export function listComplaintIds(query: ComplaintListQuery): Promise<readonly string[]> {
  return db.transaction('r', db.complaints, async () => {
    const [ordered, deleted, ...required] = await Promise.all([
      sortedIds(query.sort),
      tombstones('complaints').primaryKeys(),
      ...requiredIdSets(query)
    ])
    return keepListed(ordered, new Set(deleted), required)
  })
}

/** The records of the rows on screen, in the order asked; undefined for an id with no record. */
export function getComplaintsByIds(ids: readonly string[]): Promise<readonly (Complaint | undefined)[]> {
  return db.complaints.bulkGet([...ids])
}

/** The customer's live complaints, the most recently received first. */
export async function listComplaintsForCustomer(customerId: string): Promise<readonly Complaint[]> {
  const complaints = await db.complaints.where('customerId').equals(customerId).reverse().sortBy('receivedAt')
  return complaints.filter(isLive)
}
