/**
 * The customer list over 100,000 records: the order and the filters are worked out from
 * indexes as lists of ids (a cursor over keys, no record read), and only the rows on
 * screen are read, by id. Whole records never reach React by the thousand.
 */
import { isCurrentCustomer, type Customer, type PersonalityType, type Tier } from '@shared/domain/customer'
import { noContactCutoff } from '@shared/domain/last-contact'
import { db } from '../db'
import { countOpenComplaintsByCustomer } from './complaint-list'
import { idsByIndex, idsWithAnyOf, keepListed, type SortDirection } from './id-lists'
import { tombstones } from './record-repository'

export type CustomerSortField = 'name' | 'tier' | 'lastContactAt' | 'updatedAt' | 'createdAt'

/** What narrows the list; each empty/null/false means "any". */
export interface CustomerListFilters {
  /** Empty: any tier. */
  readonly tiers: readonly Tier[]
  /** Empty: any personality. */
  readonly personalities: readonly PersonalityType[]
  readonly ownerId: string | null
  readonly tag: string | null
  /** Customers not contacted in this many days, never-contacted ones included. */
  readonly noContactForDays: number | null
  readonly openComplaintsOnly: boolean
}

export const NO_CUSTOMER_FILTERS: CustomerListFilters = {
  tiers: [],
  personalities: [],
  ownerId: null,
  tag: null,
  noContactForDays: null,
  openComplaintsOnly: false
}

export interface CustomerListQuery extends CustomerListFilters {
  readonly sort: { readonly field: CustomerSortField; readonly direction: SortDirection }
  readonly now: Date
}

/*
 * The index each sort walks. Name sorts by `sortName` (the name as pinyin), so 张 sits
 * with zhang and not where its code point would put it. Equal keys (everybody of tier
 * B) follow the primary key, which is a ULID: creation order.
 */
const SORT_INDEX: Readonly<Record<CustomerSortField, string>> = {
  name: 'sortName',
  tier: 'tier',
  lastContactAt: 'lastContactAt',
  updatedAt: 'updatedAt',
  createdAt: 'createdAt'
}

async function sortedIds({ field, direction }: CustomerListQuery['sort']): Promise<readonly string[]> {
  const ids = await idsByIndex('customers', SORT_INDEX[field], direction)
  if (field !== 'lastContactAt') return ids
  // A null key is left out of an index: customers never contacted count as the longest without contact.
  const contacted = new Set(ids)
  const neverContacted = (await db.customers.toCollection().primaryKeys()).filter((id) => !contacted.has(id))
  return direction === 'asc' ? [...neverContacted, ...ids] : [...ids, ...neverContacted]
}

async function customersWithOpenComplaints(): Promise<ReadonlySet<string>> {
  return new Set((await countOpenComplaintsByCustomer()).keys())
}

/** One id set per filter in use: a listed customer is in every one. */
function requiredIdSets(query: CustomerListQuery): readonly Promise<ReadonlySet<string>>[] {
  const sets: Promise<ReadonlySet<string>>[] = []
  if (query.tiers.length > 0) sets.push(idsWithAnyOf('customers', 'tier', query.tiers))
  if (query.personalities.length > 0) sets.push(idsWithAnyOf('customers', 'personality', query.personalities))
  if (query.ownerId !== null) sets.push(idsWithAnyOf('customers', 'ownerId', [query.ownerId]))
  if (query.tag !== null) sets.push(idsWithAnyOf('customers', 'tags', [query.tag]))
  if (query.openComplaintsOnly) sets.push(customersWithOpenComplaints())
  return sets
}

/** Deleted and merged customers, and, with the no-contact filter, those contacted since the cutoff. */
async function excludedIds(query: CustomerListQuery): Promise<ReadonlySet<string>> {
  // Only tombstones have a deletedAt key and only merged records a mergedInto key: both indexes are small.
  const lists = await Promise.all([
    tombstones('customers').primaryKeys(),
    db.customers.where('mergedInto').aboveOrEqual('').primaryKeys(),
    query.noContactForDays === null
      ? []
      : db.customers.where('lastContactAt').aboveOrEqual(noContactCutoff(query.now, query.noContactForDays)).primaryKeys()
  ])
  return new Set(lists.flat())
}

/** The ids of the live, unmerged customers the query lists, in its order. */
export function listCustomerIds(query: CustomerListQuery): Promise<readonly string[]> {
  return db.transaction('r', [db.customers, db.openComplaintFacts], async () => {
    const [ordered, excluded, ...required] = await Promise.all([
      sortedIds(query.sort),
      excludedIds(query),
      ...requiredIdSets(query)
    ])
    return keepListed(ordered, excluded, required)
  })
}

/** The records of the rows on screen, in the order asked; undefined for an id with no record. */
export function getCustomersByIds(ids: readonly string[]): Promise<readonly (Customer | undefined)[]> {
  return db.customers.bulkGet([...ids])
}

/** Every tag some current customer has, in code-point order, from the tags index. */
export async function listAllTags(): Promise<readonly string[]> {
  const tags = (await db.customers.orderBy('tags').uniqueKeys()).filter((tag): tag is string => typeof tag === 'string')
  // The index also holds deleted and merged records' tags; a tag offered as a filter must find someone.
  const inUse = await Promise.all(tags.map(async (tag) => (await db.customers.where('tags').equals(tag).filter(isCurrentCustomer).first()) !== undefined))
  return tags.filter((_, index) => inUse[index])
}
