/**
 * The one place that writes synced records. Every create, update, delete and restore
 * stamps the metadata of rule 4 (id, times, who, device, clock, field clocks, tombstone)
 * and appends an audit entry in the same transaction, so a change and its audit entry
 * are stored together or not at all. Nothing but Dexie is awaited inside.
 */
import { monotonicFactory } from 'ulid'
import type { AuditAction, AuditEntry } from '@shared/domain/audit'
import { formatStamp, tick, ZERO_CLOCK } from '@shared/domain/clock'
import { deepEqual } from '@shared/domain/deep-equal'
import { RECORD_META_KEYS, type RecordContent, type SyncedRecord } from '@shared/domain/record'
import { db, type ContentOf, type RecordOf, type SyncedTableName } from './db'
import { getDeviceId, getMeta, setMeta } from './repositories/meta'

/** Whoever is at the desk: their staff id becomes `updatedBy`; '' when nobody was chosen. */
export interface Actor {
  readonly staffId: string
}

/** Tables written through this module: all synced tables but the audit log, which it appends to itself. */
export type AuditedTableName = Exclude<SyncedTableName, 'auditLog'>

export class RecordNotFoundError extends Error {
  constructor(
    readonly table: SyncedTableName,
    readonly id: string
  ) {
    super(`No ${table} record with id ${id}`)
    this.name = 'RecordNotFoundError'
  }
}

/* Monotonic: ids made in the same millisecond still sort in the order they were made. */
const newId: () => string = monotonicFactory()

interface Stamp {
  /** Hybrid logical clock stamp of this change. */
  readonly clock: string
  /** Wall time of this change, for people to read (ISO). */
  readonly at: string
  readonly deviceId: string
}

const META_KEYS: ReadonlySet<string> = new Set(RECORD_META_KEYS)

const contentFieldsOf = (value: object): readonly string[] =>
  Object.keys(value).filter((key) => !META_KEYS.has(key))

const clocksFor = (fields: readonly string[], clock: string): Readonly<Record<string, string>> =>
  Object.fromEntries(fields.map((field) => [field, clock]))

const stampOf = (state: Parameters<typeof formatStamp>[0], deviceId: string, wallMillis: number): Stamp => ({
  clock: formatStamp(state, deviceId),
  at: new Date(wallMillis).toISOString(),
  deviceId
})

/** Ticks the device's clock (stored in meta): call inside the write's transaction. */
async function nextStamp(): Promise<Stamp> {
  const deviceId = await getDeviceId()
  const wallMillis = Date.now()
  const state = tick((await getMeta('clock')) ?? ZERO_CLOCK, wallMillis)
  await setMeta('clock', state)
  return stampOf(state, deviceId, wallMillis)
}

/**
 * A new record from its content and metadata. `Omit<T, K> & Pick<T, K>` is `T`, but
 * TypeScript cannot prove that for a generic `T`: this is the one assertion it needs.
 */
function assemble<T extends SyncedRecord>(content: RecordContent<T>, meta: SyncedRecord): T {
  return { ...content, ...meta } as T
}

/** The metadata of a record new in this change. */
function metaOf(content: object, id: string, stamp: Stamp, actor: Actor): SyncedRecord {
  return {
    id,
    createdAt: stamp.at,
    updatedAt: stamp.at,
    updatedBy: actor.staffId,
    deviceId: stamp.deviceId,
    clock: stamp.clock,
    fieldClocks: clocksFor(contentFieldsOf(content), stamp.clock),
    deletedAt: null
  }
}

function auditEntry(
  table: AuditedTableName,
  recordId: string,
  action: AuditAction,
  changedFields: readonly string[],
  actor: Actor,
  stamp: Stamp
): AuditEntry {
  const content: RecordContent<AuditEntry> = {
    at: stamp.at,
    staffId: actor.staffId,
    table,
    recordId,
    action,
    changedFields
  }
  return { ...content, ...metaOf(content, newId(), stamp, actor) }
}


const writeTables = (table: AuditedTableName) => [db.syncedTable(table), db.auditLog, db.meta]

async function requireRecord<K extends AuditedTableName>(table: K, id: string): Promise<RecordOf<K>> {
  const record = await db.syncedTable(table).get(id)
  if (record === undefined) throw new RecordNotFoundError(table, id)
  return record
}

export interface CreateOptions {
  /** Use this id instead of a new ULID: for records keyed by name, such as settings. */
  readonly id?: string
}

/** A new record stamped with `stamp`: every content field gets the change's clock. */
function newRecord<K extends AuditedTableName>(content: ContentOf<K>, id: string, stamp: Stamp, actor: Actor): RecordOf<K> {
  return assemble<RecordOf<K>>(content, metaOf(content, id, stamp, actor))
}

/** Stores a new record: every content field gets this change's clock stamp. */
export function createRecord<K extends AuditedTableName>(
  table: K,
  content: ContentOf<K>,
  actor: Actor,
  { id = newId() }: CreateOptions = {}
): Promise<RecordOf<K>> {
  return db.transaction('rw', writeTables(table), async () => {
    const stamp = await nextStamp()
    const record = newRecord<K>(content, id, stamp, actor)
    await db.syncedTable(table).add(record)
    await db.auditLog.add(auditEntry(table, id, 'create', contentFieldsOf(content), actor, stamp))
    return record
  })
}

/**
 * Stores many new records as createRecord stores one (a clock stamp each, in order, and an
 * audit entry each), with one write per table: what an import of thousands of rows needs.
 */
export function createRecords<K extends AuditedTableName>(table: K, contents: readonly ContentOf<K>[], actor: Actor): Promise<readonly RecordOf<K>[]> {
  return db.transaction('rw', writeTables(table), async () => {
    const deviceId = await getDeviceId()
    let state = (await getMeta('clock')) ?? ZERO_CLOCK
    const records: RecordOf<K>[] = []
    const audits: AuditEntry[] = []
    for (const content of contents) {
      const wallMillis = Date.now()
      state = tick(state, wallMillis)
      const stamp = stampOf(state, deviceId, wallMillis)
      const record = newRecord<K>(content, newId(), stamp, actor)
      records.push(record)
      audits.push(auditEntry(table, record.id, 'create', contentFieldsOf(content), actor, stamp))
    }
    await db.syncedTable(table).bulkAdd(records)
    await db.auditLog.bulkAdd(audits)
    await setMeta('clock', state)
    return records
  })
}

/** Content fields whose value differs (deeply) between two versions of a record. */
function changedContentFields(before: object, after: object): readonly string[] {
  const fields = new Set([...contentFieldsOf(before), ...contentFieldsOf(after)])
  return [...fields].filter((field) => !deepEqual(Reflect.get(before, field), Reflect.get(after, field)))
}

/**
 * Applies `revise` to the stored record. Only fields whose value really changed get the
 * new clock stamp; a revision that changes nothing writes nothing (no stamp, no audit)
 * and returns the stored record. Metadata in the revised record is ignored.
 */
export function reviseRecord<K extends AuditedTableName>(
  table: K,
  id: string,
  revise: (current: RecordOf<K>) => RecordOf<K>,
  actor: Actor
): Promise<RecordOf<K>> {
  return db.transaction('rw', writeTables(table), async () => {
    const current = await requireRecord(table, id)
    const revised = revise(current)
    const changed = changedContentFields(current, revised)
    if (changed.length === 0) return current
    const stamp = await nextStamp()
    const record: RecordOf<K> = {
      ...revised,
      id: current.id,
      createdAt: current.createdAt,
      updatedAt: stamp.at,
      updatedBy: actor.staffId,
      deviceId: stamp.deviceId,
      clock: stamp.clock,
      fieldClocks: { ...current.fieldClocks, ...clocksFor(changed, stamp.clock) },
      deletedAt: current.deletedAt
    }
    await db.syncedTable(table).put(record)
    await db.auditLog.add(auditEntry(table, id, 'update', changed, actor, stamp))
    return record
  })
}

/*
 * Delete and restore set or clear the tombstone; nothing is ever hard-deleted, so the
 * deletion travels with an export. `deletedAt` gets a field clock like any field, so a
 * merge can tell which of a deletion and a later restore came last.
 */
function setTombstone<K extends AuditedTableName>(
  table: K,
  id: string,
  action: 'delete' | 'restore',
  actor: Actor
): Promise<RecordOf<K>> {
  return db.transaction('rw', writeTables(table), async () => {
    const current = await requireRecord(table, id)
    const isDeleted = current.deletedAt !== null
    if (isDeleted === (action === 'delete')) return current
    const stamp = await nextStamp()
    const record: RecordOf<K> = {
      ...current,
      updatedAt: stamp.at,
      updatedBy: actor.staffId,
      deviceId: stamp.deviceId,
      clock: stamp.clock,
      fieldClocks: { ...current.fieldClocks, deletedAt: stamp.clock },
      deletedAt: action === 'delete' ? stamp.at : null
    }
    await db.syncedTable(table).put(record)
    await db.auditLog.add(auditEntry(table, id, action, ['deletedAt'], actor, stamp))
    return record
  })
}

export const removeRecord = <K extends AuditedTableName>(table: K, id: string, actor: Actor): Promise<RecordOf<K>> =>
  setTombstone(table, id, 'delete', actor)

export const restoreRecord = <K extends AuditedTableName>(table: K, id: string, actor: Actor): Promise<RecordOf<K>> =>
  setTombstone(table, id, 'restore', actor)

/**
 * A copy without the keys whose value is `undefined`: in a patch, `undefined` means
 * "leave this field alone", never "store undefined".
 */
export function withoutUndefined<T extends object>(patch: T): T {
  const copy = { ...patch }
  const entries: readonly (readonly [string, unknown])[] = Object.entries(copy)
  for (const [key, value] of entries) if (value === undefined) Reflect.deleteProperty(copy, key)
  return copy
}
