import type { Collection } from 'dexie'
import { isLive, type SyncedRecord } from '@shared/domain/record'
import { db, type ContentOf, type RecordOf, type SyncedTableName } from '../db'
import {
  createRecord,
  removeRecord,
  restoreRecord,
  reviseRecord,
  withoutUndefined,
  type Actor,
  type AuditedTableName
} from '../records'

export interface PageRequest {
  /** An index of the table (default: the id, i.e. creation order). */
  readonly orderBy?: string
  readonly reverse?: boolean
  readonly offset?: number
  readonly limit?: number
}

const DEFAULT_PAGE_SIZE = 100

/** What every table's repository offers; `Input` is what callers give (derived fields left out). */
export interface RecordRepository<T extends SyncedRecord, Input = Omit<T, keyof SyncedRecord>> {
  /** The record, tombstoned or not; undefined when there is none. */
  get(id: string): Promise<T | undefined>
  create(input: Input, actor: Actor): Promise<T>
  /** Fields left out of the patch (or undefined) keep their value. */
  update(id: string, patch: Partial<Input>, actor: Actor): Promise<T>
  /** Sets the tombstone; nothing is hard-deleted. */
  remove(id: string, actor: Actor): Promise<T>
  restore(id: string, actor: Actor): Promise<T>
  /** Live (not tombstoned) records, one page in index order. */
  listLive(page?: PageRequest): Promise<readonly T[]>
  countLive(): Promise<number>
}

/** Tombstones are the only records with a `deletedAt` key (see schema.ts). */
export const tombstones = <K extends SyncedTableName>(table: K): Collection<RecordOf<K>, string> =>
  db.syncedTable(table).where('deletedAt').aboveOrEqual('')

export function countLive<K extends SyncedTableName>(table: K): Promise<number> {
  return db.transaction('r', db.syncedTable(table), async () => {
    const [all, deleted] = await Promise.all([db.syncedTable(table).count(), tombstones(table).count()])
    return all - deleted
  })
}

/**
 * One page of live records. With no tombstones in the table (the usual case) the page is
 * cut by the index itself; otherwise tombstones are filtered out as the cursor walks, so
 * a deep page costs a walk past the records before it.
 */
export function listLive<K extends SyncedTableName>(
  table: K,
  { orderBy = 'id', reverse = false, offset = 0, limit = DEFAULT_PAGE_SIZE }: PageRequest = {}
): Promise<readonly RecordOf<K>[]> {
  return db.transaction('r', db.syncedTable(table), async () => {
    const ordered = db.syncedTable(table).orderBy(orderBy)
    const directed = reverse ? ordered.reverse() : ordered
    const hasTombstones = (await tombstones(table).count()) > 0
    const live = hasTombstones ? directed.filter(isLive) : directed
    return live.offset(offset).limit(limit).toArray()
  })
}

/** The generic repository of one table; specific repositories add their own queries beside it. */
export function createRecordRepository<K extends AuditedTableName>(
  table: K
): RecordRepository<RecordOf<K>, ContentOf<K>> {
  return {
    get: (id) => db.syncedTable(table).get(id),
    create: (content, actor) => createRecord(table, content, actor),
    update: (id, patch, actor) =>
      reviseRecord(table, id, (current) => ({ ...current, ...withoutUndefined(patch) }), actor),
    remove: (id, actor) => removeRecord(table, id, actor),
    restore: (id, actor) => restoreRecord(table, id, actor),
    listLive: (page) => listLive(table, page),
    countLive: () => countLive(table)
  }
}
