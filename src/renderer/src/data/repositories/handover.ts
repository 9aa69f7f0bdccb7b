/**
 * Hand-over packets and merging: a PC that worked offline exports its changes since its
 * last hand-over; the manager imports the packet (or another PC's whole backup), sees what
 * it would add, change and delete and which fields both sides changed, decides those, and
 * the merge is applied in one transaction.
 *
 * The merge rules are @shared/domain/merge's; this reads the records they need, writes what
 * they decide, and keeps the watermarks. Merged records keep their ids, stamps and authors:
 * audit entries are records like any other and arrive as they were written. Only a
 * manager's choice against the stamps is a new edit of this PC (stamped, with its audit entry).
 */
import { Dexie } from 'dexie'
import { monotonicFactory } from 'ulid'
import type { AuditEntry } from '@shared/domain/audit'
import { formatStamp, tick, ZERO_CLOCK } from '@shared/domain/clock'
import type { Customer } from '@shared/domain/customer'
import { withSearchFields } from '@shared/domain/customer-search'
import { latestContactAt } from '@shared/domain/last-contact'
import {
  addCounts,
  applyChoices,
  conflictKey,
  NO_CHANGES,
  planTableMerge,
  type ConflictChoices,
  type DecisionStamp,
  type FieldConflict,
  type HandOverKnowledge,
  type MergeCounts,
  type TableMergeOptions
} from '@shared/domain/merge'
import type { ExportHeader } from '@shared/export-format/envelope'
import type { ExportRecord } from '@shared/export-format/reader'
import { EXPORT_TABLE_NAMES, tableCounts, type ExportTableName } from '@shared/export-format/tables'
import { db } from '../db'
import type { Actor } from '../records'
import { LATEST_SCHEMA_VERSION, schemaVersions } from '../schema'
import { exportEverything, exportHeader, observeClock, syncedTables, type ExportOptions, type MadeExport } from './backup'
import { encodeExport, exportFileName, gzip, LineEncoder, recordBatches, type LoadedExport, type ProgressListener } from './export-file'
import {
  advancePeerWatermarks,
  getExportWatermark,
  listPeerWatermarks,
  seenByThisPc,
  setExportWatermark,
  type ExportWatermark,
  type PeerWatermark
} from './hand-over-watermarks'
import { getDeviceId, getMeta, setMeta } from './meta'

export type HandOverScope = 'since-last' | 'everything'

export interface HandOverExportOptions extends ExportOptions {
  /** 'since-last': the changes after this PC's last packet (everything, the first time). */
  readonly scope: HandOverScope
}

/**
 * This PC's changes as a hand-over packet: every record (tombstones included) whose last
 * change is newer than the last packet's clock. Records merged in from other PCs since then
 * travel on too, which is harmless: merging is idempotent. Nothing is marked as handed over
 * until markHandOverExported, once the file is safely saved.
 */
export async function exportHandOver(options: HandOverExportOptions): Promise<MadeExport> {
  const watermark = options.scope === 'since-last' ? await getHandOverWatermark() : null
  if (watermark === null) return exportEverything(options, 'handover')
  const { now, appVersion, onProgress } = options
  const deviceId = await getDeviceId()
  const since = watermark.clock
  const { header, chunks } = await db.transaction('r', [...syncedTables(), db.meta], async () => {
    const clock = formatStamp((await getMeta('clock')) ?? ZERO_CLOCK, deviceId)
    // No index holds the clock, so every table is scanned once; only the changed records are kept.
    const changed = new Map<ExportTableName, readonly ExportRecord[]>()
    for (const table of EXPORT_TABLE_NAMES) {
      changed.set(table, await db.table<ExportRecord, string>(table).filter((record) => record.clock > since).toArray())
    }
    const header = exportHeader({
      kind: 'handover',
      now,
      appVersion,
      deviceId,
      clock,
      schemaVersion: LATEST_SCHEMA_VERSION,
      since,
      seen: await seenByThisPc(deviceId, clock),
      counts: tableCounts((table) => changed.get(table)?.length ?? 0)
    })
    const encoder = new LineEncoder()
    await encodeExport(encoder, header, async (table, afterId, limit) =>
      (changed.get(table) ?? []).filter((record) => record.id > afterId).slice(0, limit)
    )
    onProgress?.('reading', 1, 1)
    return { header, chunks: encoder.finish() }
  })
  return { header, bytes: await gzip(chunks), fileName: exportFileName('handover', now, deviceId) }
}

/** Records that the packet in `header` was saved: the next packet starts after it. */
export function markHandOverExported(header: ExportHeader): Promise<void> {
  return db.transaction('rw', db.meta, () => setExportWatermark({ clock: header.clock, at: header.exportedAt }))
}

export const getHandOverWatermark = (): Promise<ExportWatermark | null> => getExportWatermark()

export interface HandOverStatus {
  /** This PC's device id; null before its first write made one. */
  readonly deviceId: string | null
  /** This PC's last hand-over packet; null before the first. */
  readonly lastExport: ExportWatermark | null
  /** PCs whose files this PC has merged, the latest first. */
  readonly peers: readonly PeerWatermark[]
}

/** Read-only, so a live query can run it (getDeviceId would make the id, a write). */
export function getHandOverStatus(): Promise<HandOverStatus> {
  return db.transaction('r', db.meta, async () => ({
    deviceId: await getMeta('deviceId'),
    lastExport: await getExportWatermark(),
    peers: await listPeerWatermarks()
  }))
}

// ——— Merging ———

/** A conflict as the manager sees it: with a few words saying which record it is. */
export interface ConflictView extends FieldConflict {
  /** The record's name, number or text (this PC's version), or its id when it has none. */
  readonly label: string
}

export type TableMergeCounts = { readonly [K in ExportTableName]: MergeCounts }

export interface MergePreview {
  readonly header: ExportHeader
  readonly counts: TableMergeCounts
  readonly totals: MergeCounts
  readonly conflicts: readonly ConflictView[]
  /** The file was made on this PC: merging it brings back nothing newer than what is here. */
  readonly fromThisPc: boolean
  /**
   * A packet of changes since a point this PC has not merged up to: the file's PC made a
   * packet before this one that never came here (or went to another PC). Its changes are
   * not in this file; a packet of everything from that PC would bring them.
   */
  readonly missesEarlierChanges: boolean
}

export interface MergeResult {
  readonly counts: TableMergeCounts
  readonly totals: MergeCounts
  /** Records where the manager chose against the stamps. */
  readonly decided: number
}

/** Customer fields computed from others: recomputed on a mixed merge, never shown as conflicts. */
const CUSTOMER_DERIVED_FIELDS = ['searchKeys', 'phoneDigits', 'sortName', 'lastContactAt'] as const

/*
 * Only the customers table derives fields. The merge is generic over the record type and the
 * batch's table is a runtime value, so the customer type is restated here once.
 */
const deriveCustomer = (record: ExportRecord): ExportRecord => withSearchFields(record as Customer)

function tableOptions(table: ExportTableName, knowledge: HandOverKnowledge): TableMergeOptions<ExportRecord> {
  return table === 'customers' ? { knowledge, derive: deriveCustomer, quietFields: CUSTOMER_DERIVED_FIELDS } : { knowledge }
}

const LABEL_FIELDS = ['name', 'number', 'text', 'product', 'purpose', 'summary', 'occasionKey', 'recordId'] as const

function labelOf(record: ExportRecord | undefined, id: string): string {
  for (const field of LABEL_FIELDS) {
    const value: unknown = record === undefined ? undefined : Reflect.get(record, field)
    if (typeof value === 'string' && value.trim() !== '') return value.length > 60 ? `${value.slice(0, 59)}…` : value
  }
  return id
}

/** What this PC and the file's PC had each merged, for telling conflicts from edits one side had already seen. */
async function knowledgeFor(header: ExportHeader, deviceId: string): Promise<HandOverKnowledge> {
  const ownClock = formatStamp((await getMeta('clock')) ?? ZERO_CLOCK, deviceId)
  return { local: await seenByThisPc(deviceId, ownClock), incoming: { ...header.seen, [header.deviceId]: header.clock } }
}

const READ_BATCH = 2_000

const emptyCounts = (): Map<ExportTableName, MergeCounts> => new Map(EXPORT_TABLE_NAMES.map((table) => [table, NO_CHANGES]))

function summarise(counts: ReadonlyMap<ExportTableName, MergeCounts>): { readonly counts: TableMergeCounts; readonly totals: MergeCounts } {
  const byTable = Object.fromEntries(EXPORT_TABLE_NAMES.map((table) => [table, counts.get(table) ?? NO_CHANGES] as const))
  return {
    counts: byTable as Record<ExportTableName, MergeCounts>, // every table is in the entries
    totals: [...counts.values()].reduce(addCounts, NO_CHANGES)
  }
}

/**
 * What merging a checked file would do, changing nothing: counts per table of records to
 * add, update and delete, and every conflict. Reads this PC's versions a batch at a time.
 */
export async function previewMerge(file: LoadedExport, onProgress?: ProgressListener): Promise<MergePreview> {
  const deviceId = await getDeviceId()
  const knowledge = await db.transaction('r', db.meta, () => knowledgeFor(file.header, deviceId))
  const counts = emptyCounts()
  const conflicts: ConflictView[] = []
  for (const { table, records } of recordBatches(file, READ_BATCH, (done, total) => onProgress?.('checking', done, total))) {
    const local = await db.table<ExportRecord, string>(table).bulkGet(records.map((record) => record.id))
    const held = local.filter((record): record is ExportRecord => record !== undefined)
    const plan = planTableMerge(table, held, records, tableOptions(table, knowledge))
    counts.set(table, addCounts(counts.get(table) ?? NO_CHANGES, plan.counts))
    const byId = new Map(held.map((record) => [record.id, record]))
    for (const conflict of plan.conflicts) conflicts.push({ ...conflict, label: labelOf(byId.get(conflict.recordId), conflict.recordId) })
  }
  const { since, deviceId: from } = file.header
  const mergedUpTo = knowledge.local[from]
  return {
    header: file.header,
    ...summarise(counts),
    conflicts,
    fromThisPc: from === deviceId,
    missesEarlierChanges: from !== deviceId && since !== null && (mergedUpTo === undefined || mergedUpTo < since)
  }
}

const newAuditId: () => string = monotonicFactory()

/**
 * Merges a checked file in one transaction, with the manager's choices for conflicts (by
 * conflictKey; a conflict left out keeps the side its stamps pick). All of it is stored or,
 * on any error, none of it. Importing the same file again writes nothing.
 */
export async function applyMerge(
  file: LoadedExport,
  choices: ConflictChoices,
  actor: Actor,
  onProgress?: ProgressListener
): Promise<MergeResult> {
  const deviceId = await getDeviceId()
  const { header } = file
  const counts = emptyCounts()
  let decided = 0
  await db.transaction('rw', [...syncedTables(), db.meta], async () => {
    const knowledge = await knowledgeFor(header, deviceId)
    // Local edits from now on, the manager's choices first, must sort after everything the file brings.
    await observeClock(header.clock, deviceId)
    let decision: DecisionStamp | null = null
    const decisionStamp = async (): Promise<DecisionStamp> => {
      if (decision !== null) return decision
      const state = tick((await getMeta('clock')) ?? ZERO_CLOCK, Date.now())
      await setMeta('clock', state)
      decision = { clock: formatStamp(state, deviceId), at: new Date().toISOString(), deviceId, staffId: actor.staffId }
      return decision
    }
    const added = new Set<string>()
    const touchedCustomers = new Set<string>()
    const total = EXPORT_TABLE_NAMES.reduce((sum, table) => sum + header.counts[table], 0)
    let done = 0
    for (const { table, records } of recordBatches(file, READ_BATCH)) {
      const store = db.table<ExportRecord, string>(table)
      const local = (await store.bulkGet(records.map((record) => record.id))).filter(
        (record): record is ExportRecord => record !== undefined
      )
      const options = tableOptions(table, knowledge)
      const plan = planTableMerge(table, local, records, options)
      const overridden = plan.conflicts.some((conflict) => {
        const choice = choices.get(conflictKey(conflict))
        return choice !== undefined && choice !== conflict.automatic
      })
      const applied = overridden ? applyChoices(plan, choices, await decisionStamp(), options.derive) : { toWrite: plan.toWrite, decided: [] }
      if (applied.toWrite.length > 0) await store.bulkPut([...applied.toWrite])
      if (applied.decided.length > 0) {
        const stamp = await decisionStamp()
        await db.auditLog.bulkAdd(applied.decided.map(({ recordId, fields }) => decisionAudit(table, recordId, fields, stamp)))
        decided += applied.decided.length
      }
      counts.set(table, addCounts(counts.get(table) ?? NO_CHANGES, plan.counts))
      noteCustomers(table, local, applied.toWrite, added, touchedCustomers)
      done += records.length
      onProgress?.('writing', done, total)
    }
    await refreshLastContact([...touchedCustomers].filter((id) => !added.has(id)))
    for (const { version, upgrade } of schemaVersions) {
      if (version > header.schemaVersion && upgrade) await upgrade(Dexie.currentTransaction)
    }
    // A packet holds only changes, so it vouches for its own PC only; a backup holds everything its PC had merged.
    const vouched = header.since === null ? { ...header.seen, [header.deviceId]: header.clock } : { [header.deviceId]: header.clock }
    await advancePeerWatermarks(vouched, deviceId, new Date().toISOString())
  })
  return { ...summarise(counts), decided }
}

/** Customers whose lastContactAt may no longer match their interactions after this batch; and which customers are new. */
function noteCustomers(
  table: ExportTableName,
  local: readonly ExportRecord[],
  written: readonly ExportRecord[],
  added: Set<string>,
  touched: Set<string>
): void {
  if (table !== 'customers' && table !== 'interactions') return
  const held = new Set(local.map((record) => record.id))
  for (const record of written) {
    if (table === 'customers') {
      if (!held.has(record.id)) added.add(record.id)
      touched.add(record.id)
    } else {
      const customerId: unknown = Reflect.get(record, 'customerId')
      if (typeof customerId === 'string') touched.add(customerId)
    }
  }
}

/**
 * lastContactAt is derived from the customer's interactions (see interactions.ts). After a
 * merge brought interactions or customer versions from elsewhere, it is worked out again
 * from what is stored now. Like the search fields it is derived data: set without a new
 * stamp or audit entry, and every PC derives the same value from the same records.
 */
async function refreshLastContact(customerIds: readonly string[]): Promise<void> {
  for (const customerId of customerIds) {
    const customer = await db.customers.get(customerId)
    if (customer === undefined) continue
    const interactions = await db.interactions
      .where('[customerId+occurredAt]')
      .between([customerId, Dexie.minKey], [customerId, Dexie.maxKey])
      .toArray()
    const latest = latestContactAt(interactions)
    if (latest !== customer.lastContactAt) await db.customers.put({ ...customer, lastContactAt: latest })
  }
}

function decisionAudit(table: string, recordId: string, fields: readonly string[], stamp: DecisionStamp): AuditEntry {
  const content = { at: stamp.at, staffId: stamp.staffId, table, recordId, action: 'update', changedFields: fields } as const
  return {
    ...content,
    id: newAuditId(),
    createdAt: stamp.at,
    updatedAt: stamp.at,
    updatedBy: stamp.staffId,
    deviceId: stamp.deviceId,
    clock: stamp.clock,
    fieldClocks: Object.fromEntries(Object.keys(content).map((field) => [field, stamp.clock])),
    deletedAt: null
  }
}
