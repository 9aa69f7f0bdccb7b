/**
 * Big lists as lists of ids, worked out from indexes: a cursor over keys, no record read.
 * The customer and complaint lists sort and filter this way, then read only the rows on screen.
 */
import type { IndexableType } from 'dexie'
import { db, type SyncedTableName } from '../db'

export type SortDirection = 'asc' | 'desc'

/** Every id in the index's order; equal keys follow the primary key, a ULID: creation order. */
export function idsByIndex(table: SyncedTableName, index: string, direction: SortDirection): Promise<readonly string[]> {
  const byIndex = db.syncedTable(table).orderBy(index)
  return (direction === 'desc' ? byIndex.reverse() : byIndex).primaryKeys()
}

/**
 * The ids whose key is one of `values`, in the order of `values` (reversed for 'desc'), equal
 * keys in creation order: for an order the index cannot give, such as statuses in lifecycle order.
 */
export async function idsInValueOrder(
  table: SyncedTableName,
  index: string,
  values: readonly IndexableType[],
  direction: SortDirection
): Promise<readonly string[]> {
  const ordered = direction === 'desc' ? [...values].reverse() : values
  const lists = await Promise.all(
    ordered.map((value) => {
      const withValue = db.syncedTable(table).where(index).equals(value)
      return (direction === 'desc' ? withValue.reverse() : withValue).primaryKeys()
    })
  )
  return lists.flat()
}

/*
 * One equals() per value rather than anyOf(): each is a plain key range that IndexedDB
 * answers in one getAllKeys, where anyOf needs a cursor hopping from key to key (fine in
 * Chromium, but quadratic in fake-indexeddb, which the tests and benchmarks run on).
 */
export async function idsWithAnyOf(
  table: SyncedTableName,
  index: string,
  values: readonly IndexableType[]
): Promise<ReadonlySet<string>> {
  const lists = await Promise.all(values.map((value) => db.syncedTable(table).where(index).equals(value).primaryKeys()))
  return new Set(lists.flat())
}

/** The ids of `ordered`, in order, that are in every required set and not excluded. */
export const keepListed = (
  ordered: readonly string[],
  excluded: ReadonlySet<string>,
  required: readonly ReadonlySet<string>[]
): readonly string[] => ordered.filter((id) => !excluded.has(id) && required.every((ids) => ids.has(id)))
