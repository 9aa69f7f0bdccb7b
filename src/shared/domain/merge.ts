/**
 * Merging another PC's records into this one's, record by record and field by field.
 *
 * Every field carries the clock stamp of its last change (record.ts, clock.ts). For a record
 * both PCs hold, each field takes the value with the newer stamp; stamps embed the device
 * id after the time and counter, so two edits at the same instant are ordered by device id
 * and every PC picks the same one. The tombstone (`deletedAt`) is a field like the others: a
 * deletion beats every edit made before it, and stays when a later edit changes some other
 * field; only a later explicit restore brings the record back. Records only one side has are
 * taken as they are, stamps and all: nothing is restamped, so the same packet imported twice,
 * or A's then B's instead of B's then A's, ends in the same records.
 *
 * Field by field, the merge is a join: the higher (stamp, value) pair wins, metadata follows
 * the newer record clock, createdAt the earlier. Joins are idempotent, commutative and
 * associative, which the property tests check.
 *
 * Conflicts are for people: a field both sides changed since they last handed over, to
 * different values. The stamps still decide what is written unless the manager picks the
 * other side (applyChoices), which is then a new edit on this PC, stamped now, so the choice
 * wins everywhere it travels.
 */
import { deepEqual } from './deep-equal'
import { RECORD_META_KEYS, type SyncedRecord } from './record'

export type Side = 'mine' | 'theirs'

/**
 * What each PC had merged before this import, per device: the newest clock stamp of that
 * device's that it held. An edit stamped at or before what the other side held was seen
 * there; one after it was not. Only conflict detection uses this, never the merge itself.
 */
export interface HandOverKnowledge {
  /** This PC (its own device: its clock), from its stored hand-over watermarks. */
  readonly local: Readonly<Record<string, string>>
  /** The file's PC, from the file's header (`seen`, and its own device at the file's `clock`). */
  readonly incoming: Readonly<Record<string, string>>
}

/** Two PCs that never handed over: every field both changed to different values is a conflict. */
export const NO_HAND_OVER: HandOverKnowledge = { local: {}, incoming: {} }

export interface FieldConflict {
  readonly table: string
  readonly recordId: string
  readonly field: string
  /** This PC's value; undefined when the field is absent. */
  readonly mine: unknown
  readonly theirs: unknown
  readonly mineClock: string | null
  readonly theirsClock: string | null
  /** The side the stamps pick: written unless the manager decides otherwise. */
  readonly automatic: Side
}

export interface MergeCounts {
  /** Records this PC did not have (deleted ones too: a deletion it never saw arrives as a deleted record). */
  readonly added: number
  /** Records whose content changes (a restore included). */
  readonly updated: number
  /** Live records here that the merge deletes. */
  readonly deleted: number
  /** Records whose content stays as it is (their stamps may still move on). */
  readonly unchanged: number
}

export const NO_CHANGES: MergeCounts = { added: 0, updated: 0, deleted: 0, unchanged: 0 }

export const addCounts = (a: MergeCounts, b: MergeCounts): MergeCounts => ({
  added: a.added + b.added,
  updated: a.updated + b.updated,
  deleted: a.deleted + b.deleted,
  unchanged: a.unchanged + b.unchanged
})

export interface TableMergeOptions<T extends SyncedRecord> {
  readonly knowledge?: HandOverKnowledge
  /**
   * Recomputes fields derived from others (a customer's search keys from the name and phones).
   * Called when the merged record mixes fields of both sides, so derived values match the
   * content they come from; it keeps the stamps, and every PC derives the same values.
   */
  readonly derive?: (record: T) => T
  /** Derived fields: never reported as conflicts (their sources are). */
  readonly quietFields?: readonly string[]
}

export interface TableMergePlan<T extends SyncedRecord> {
  /** Records to store: new ones, and merged ones that differ from what this PC holds. */
  readonly toWrite: readonly T[]
  readonly counts: MergeCounts
  readonly conflicts: readonly FieldConflict[]
  /** The merged version of every record with a conflict, written or not: what a choice starts from. */
  readonly conflicted: ReadonlyMap<string, T>
}

const META_KEYS: ReadonlySet<string> = new Set(RECORD_META_KEYS)

const STAMP_PREFIX_LENGTH = '0000000000000-0000-'.length

/** The device a clock stamp came from: what follows the time and the counter. */
export const stampDevice = (stamp: string): string => stamp.slice(STAMP_PREFIX_LENGTH)

/** Clock stamps compare as strings (time, counter, device id); no stamp is older than any stamp. */
export function compareStamps(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return -1
  if (b === null) return 1
  return a < b ? -1 : 1
}

const newerStamp = (a: string | null, b: string | null): string | null => (compareStamps(a, b) >= 0 ? a : b)

/** JSON with sorted keys: the same value always gives the same text, whatever order its keys were written in. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return ''
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(Reflect.get(value, key))}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** A field's stamp; a field stored without one was never changed by a stamped write, so any stamp beats it. */
function fieldStamp(record: SyncedRecord, field: string): string | null {
  const stamp = record.fieldClocks[field]
  if (stamp !== undefined) return stamp
  return field === 'deletedAt' && record.deletedAt !== null ? record.clock : null
}

/** Which side's value a field takes: the newer stamp, then (same stamp, different values) the greater value. */
function fieldWinner(mineStamp: string | null, theirsStamp: string | null, mine: unknown, theirs: unknown): Side {
  const byStamp = compareStamps(mineStamp, theirsStamp)
  if (byStamp !== 0) return byStamp > 0 ? 'mine' : 'theirs'
  return canonicalJson(mine) >= canonicalJson(theirs) ? 'mine' : 'theirs'
}

function knows(knowledge: Readonly<Record<string, string>>, stamp: string | null): boolean {
  if (stamp === null) return true
  const upTo = knowledge[stampDevice(stamp)]
  return upTo !== undefined && stamp <= upTo
}

/** The field names of either record that a merge decides: content fields, removed ones (a stamp, no value) and the tombstone. */
function mergedFieldNames(mine: SyncedRecord, theirs: SyncedRecord): readonly string[] {
  const names = new Set<string>(['deletedAt'])
  for (const record of [mine, theirs]) {
    for (const key of Object.keys(record)) if (!META_KEYS.has(key)) names.add(key)
    for (const key of Object.keys(record.fieldClocks)) if (!META_KEYS.has(key) || key === 'deletedAt') names.add(key)
  }
  return [...names]
}

const hasOwn = (record: object, field: string): boolean => Object.prototype.hasOwnProperty.call(record, field)

export interface RecordMerge<T extends SyncedRecord> {
  readonly merged: T
  /** Some field took the other side's (different) value, or a derived field was recomputed. */
  readonly contentChanged: boolean
  readonly conflicts: readonly FieldConflict[]
}

/**
 * Merges two versions of one record (same id). `table` names the conflicts; `knowledge`
 * decides which differences are conflicts. The result does not depend on which side is
 * called `mine`, except for the conflicts' sides.
 */
export function mergeRecord<T extends SyncedRecord>(table: string, mine: T, theirs: T, options: TableMergeOptions<T> = {}): RecordMerge<T> {
  const { knowledge = NO_HAND_OVER, quietFields = [] } = options
  const merged: Record<string, unknown> = {}
  const fieldClocks: Record<string, string> = {}
  const conflicts: FieldConflict[] = []
  let tookMine = false
  let tookTheirs = false
  for (const field of mergedFieldNames(mine, theirs)) {
    const mineValue: unknown = Reflect.get(mine, field)
    const theirsValue: unknown = Reflect.get(theirs, field)
    const mineStamp = fieldStamp(mine, field)
    const theirsStamp = fieldStamp(theirs, field)
    const stamp = newerStamp(mineStamp, theirsStamp)
    if (stamp !== null) fieldClocks[field] = stamp
    const differ = hasOwn(mine, field) !== hasOwn(theirs, field) || !deepEqual(mineValue, theirsValue)
    const winner = differ ? fieldWinner(mineStamp, theirsStamp, mineValue, theirsValue) : 'mine'
    const value = winner === 'mine' ? mineValue : theirsValue
    if (hasOwn(winner === 'mine' ? mine : theirs, field)) merged[field] = value
    if (!differ) continue
    if (winner === 'mine') tookMine = true
    else tookTheirs = true
    const changedHere = mineStamp !== null && !knows(knowledge.incoming, mineStamp)
    const changedThere = theirsStamp !== null && !knows(knowledge.local, theirsStamp)
    if (changedHere && changedThere && !quietFields.includes(field)) {
      conflicts.push({ table, recordId: mine.id, field, mine: mineValue, theirs: theirsValue, mineClock: mineStamp, theirsClock: theirsStamp, automatic: winner })
    }
  }
  const newer = recordWinner(mine, theirs) === 'mine' ? mine : theirs
  const record = assemble<T>(merged, {
    id: mine.id,
    createdAt: mine.createdAt <= theirs.createdAt ? mine.createdAt : theirs.createdAt,
    updatedAt: newer.updatedAt,
    updatedBy: newer.updatedBy,
    deviceId: newer.deviceId,
    clock: newer.clock,
    fieldClocks,
    deletedAt: typeof merged.deletedAt === 'string' ? merged.deletedAt : null
  })
  const mixed = tookMine && tookTheirs
  const derived = mixed && options.derive ? options.derive(record) : record
  return { merged: derived, contentChanged: tookTheirs || derived !== record, conflicts }
}

/** Whose metadata (updatedAt, updatedBy, deviceId, clock) the merged record keeps: the newer record clock's. */
function recordWinner(mine: SyncedRecord, theirs: SyncedRecord): Side {
  const byClock = compareStamps(mine.clock, theirs.clock)
  if (byClock !== 0) return byClock > 0 ? 'mine' : 'theirs'
  return canonicalJson(mine) >= canonicalJson(theirs) ? 'mine' : 'theirs'
}

/**
 * Content and metadata as one record. `T` is a record of some table whose fields were just
 * copied from two records of that same table; TypeScript cannot follow that through the
 * loop above, so this is the one assertion the merge needs.
 */
function assemble<T extends SyncedRecord>(content: Record<string, unknown>, meta: SyncedRecord): T {
  return { ...content, ...meta } as unknown as T
}

/**
 * What merging `incoming` into a table would do. `local` holds this PC's versions of (at
 * least) the incoming records' ids; records of other ids are ignored. Pure: the data layer
 * reads the local versions, stores `toWrite`, and that is the whole import.
 */
export function planTableMerge<T extends SyncedRecord>(
  table: string,
  local: Iterable<T>,
  incoming: readonly T[],
  options: TableMergeOptions<T> = {}
): TableMergePlan<T> {
  const held = new Map<string, T>()
  for (const record of local) held.set(record.id, record)
  const toWrite: T[] = []
  const conflicts: FieldConflict[] = []
  const conflicted = new Map<string, T>()
  let counts = NO_CHANGES
  for (const theirs of incoming) {
    const mine = held.get(theirs.id)
    if (mine === undefined) {
      toWrite.push(theirs)
      held.set(theirs.id, theirs)
      counts = { ...counts, added: counts.added + 1 }
      continue
    }
    const result = mergeRecord(table, mine, theirs, options)
    held.set(theirs.id, result.merged)
    if (result.conflicts.length > 0) {
      conflicts.push(...result.conflicts)
      conflicted.set(theirs.id, result.merged)
    }
    if (deepEqual(result.merged, mine)) {
      counts = { ...counts, unchanged: counts.unchanged + 1 }
      continue
    }
    toWrite.push(result.merged)
    if (mine.deletedAt === null && result.merged.deletedAt !== null) counts = { ...counts, deleted: counts.deleted + 1 }
    else if (result.contentChanged) counts = { ...counts, updated: counts.updated + 1 }
    else counts = { ...counts, unchanged: counts.unchanged + 1 }
  }
  return { toWrite: dedupeLast(toWrite), counts, conflicts, conflicted }
}

/** A record listed twice (twice in `incoming`) is written once, as it ended up. */
function dedupeLast<T extends SyncedRecord>(records: readonly T[]): readonly T[] {
  const last = new Map<string, T>()
  for (const record of records) last.set(record.id, record)
  return last.size === records.length ? records : [...last.values()]
}

/** Records by table; a table left out has none. */
export type RecordTables<M> = { readonly [K in keyof M]?: readonly M[K][] }

export interface MergePlan<M> {
  readonly toWrite: { readonly [K in keyof M]: readonly M[K][] }
  readonly counts: { readonly [K in keyof M]: MergeCounts }
  readonly conflicts: readonly FieldConflict[]
}

export interface MergeOptions<M> {
  readonly knowledge?: HandOverKnowledge
  readonly tables?: { readonly [K in keyof M]?: Omit<TableMergeOptions<M[K] & SyncedRecord>, 'knowledge'> }
}

/**
 * What merging every table of `incoming` into `local` would do: per table, the records to
 * store and the counts; and every conflict, for the manager.
 */
export function planMerge<M extends { readonly [K in keyof M]: SyncedRecord }>(
  tableNames: readonly (keyof M & string)[],
  local: RecordTables<M>,
  incoming: RecordTables<M>,
  options: MergeOptions<M> = {}
): MergePlan<M> {
  const toWrite: Partial<Record<keyof M, readonly SyncedRecord[]>> = {}
  const counts: Partial<Record<keyof M, MergeCounts>> = {}
  const conflicts: FieldConflict[] = []
  for (const table of tableNames) {
    const plan = planTableMerge<M[typeof table]>(table, local[table] ?? [], incoming[table] ?? [], {
      ...options.tables?.[table],
      ...(options.knowledge ? { knowledge: options.knowledge } : {})
    })
    toWrite[table] = plan.toWrite
    counts[table] = plan.counts
    conflicts.push(...plan.conflicts)
  }
  // Every table in `tableNames` was filled in above.
  return { toWrite: toWrite as MergePlan<M>['toWrite'], counts: counts as MergePlan<M>['counts'], conflicts }
}

/** A conflict's key in the manager's choices. */
export const conflictKey = (conflict: Pick<FieldConflict, 'table' | 'recordId' | 'field'>): string =>
  JSON.stringify([conflict.table, conflict.recordId, conflict.field])

/** The manager's side per conflict (by conflictKey); a conflict left out keeps its automatic side. */
export type ConflictChoices = ReadonlyMap<string, Side>

/** This PC's stamp for the manager's decisions: one local edit, made now. */
export interface DecisionStamp {
  readonly clock: string
  readonly at: string
  readonly deviceId: string
  readonly staffId: string
}

export interface DecidedRecord {
  readonly recordId: string
  /** The fields set against the stamps' pick. */
  readonly fields: readonly string[]
}

export interface ChoicesApplied<T extends SyncedRecord> {
  readonly toWrite: readonly T[]
  readonly decided: readonly DecidedRecord[]
}

/**
 * Applies the manager's choices to a table's plan. A choice of the side the stamps picked
 * changes nothing; a choice of the other side sets that value as a new edit of this PC
 * (`stamp`), so it wins wherever the records go next, and the record joins `toWrite`.
 */
export function applyChoices<T extends SyncedRecord>(
  plan: TableMergePlan<T>,
  choices: ConflictChoices,
  stamp: DecisionStamp,
  derive?: (record: T) => T
): ChoicesApplied<T> {
  const overrides = new Map<string, FieldConflict[]>()
  for (const conflict of plan.conflicts) {
    const choice = choices.get(conflictKey(conflict))
    if (choice === undefined || choice === conflict.automatic) continue
    overrides.set(conflict.recordId, [...(overrides.get(conflict.recordId) ?? []), conflict])
  }
  if (overrides.size === 0) return { toWrite: plan.toWrite, decided: [] }
  const decidedRecords = new Map<string, T>()
  const decided: DecidedRecord[] = []
  for (const [recordId, fieldConflicts] of overrides) {
    const merged = plan.conflicted.get(recordId)
    if (merged === undefined) continue
    const content: Record<string, unknown> = Object.fromEntries(Object.entries(merged))
    const fieldClocks: Record<string, string> = { ...merged.fieldClocks }
    for (const conflict of fieldConflicts) {
      const value = conflict.automatic === 'mine' ? conflict.theirs : conflict.mine
      if (value === undefined) Reflect.deleteProperty(content, conflict.field)
      else content[conflict.field] = value
      fieldClocks[conflict.field] = stamp.clock
    }
    const record = assemble<T>(content, {
      id: merged.id,
      createdAt: merged.createdAt,
      updatedAt: stamp.at,
      updatedBy: stamp.staffId,
      deviceId: stamp.deviceId,
      clock: stamp.clock,
      fieldClocks,
      deletedAt: typeof content.deletedAt === 'string' ? content.deletedAt : null
    })
    decidedRecords.set(recordId, derive ? derive(record) : record)
    decided.push({ recordId, fields: fieldConflicts.map((conflict) => conflict.field) })
  }
  const toWrite = plan.toWrite.filter((record) => !decidedRecords.has(record.id))
  return { toWrite: [...toWrite, ...decidedRecords.values()], decided }
}
