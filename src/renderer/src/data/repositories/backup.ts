/**
 * Full backups: every synced table (records and tombstones alike: scripts, settings, staff,
 * the audit log, never-say hits, everything in SyncedTables) in one export file, and a
 * restore that replaces the whole database with a backup's content in one transaction.
 *
 * The meta table is this installation's own and is neither exported nor restored: after
 * a restore this PC keeps its device id (a restored record keeps the device id it was
 * made on), and its clock moves past the backup's, so later edits sort after everything
 * restored.
 */
import { Dexie, type Table } from 'dexie'
import { formatStamp, observe, parseStamp, ZERO_CLOCK } from '@shared/domain/clock'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { CURRENT_EXPORT_VERSION, EXPORT_FORMAT, type ExportHeader, type ExportKind } from '@shared/export-format/envelope'
import type { ExportRecord } from '@shared/export-format/reader'
import { EXPORT_TABLE_NAMES, tableCounts, type ExportTableName, type TableCounts } from '@shared/export-format/tables'
import { MAX_KEPT_BACKUPS } from '@shared/ipc/limits'
import { db } from '../db'
import { BUNDLE_TABLES, collectBundlesInstead } from '../fact-bundles-middleware'
import { LATEST_SCHEMA_VERSION, schemaVersions } from '../schema'
import {
  encodeExport,
  exportFileName,
  gzip,
  LineEncoder,
  recordBatches,
  type LoadedExport,
  type PageReader,
  type ProgressListener
} from './export-file'
import { clearHandOverWatermarks, seenByThisPc } from './hand-over-watermarks'
import { getDeviceId, getMeta, setMeta } from './meta'
import { getSetting } from './settings'

export interface ExportOptions {
  readonly now: Date
  /** The app's version, written into the file's header. */
  readonly appVersion: string
  readonly onProgress?: ProgressListener
}

/** A finished export file. */
export interface MadeExport {
  readonly header: ExportHeader
  /** gzip-compressed. (A plain ArrayBuffer under it: what IPC and Blobs take.) */
  readonly bytes: Uint8Array<ArrayBuffer>
  readonly fileName: string
}

export const syncedTables = (): readonly Table<ExportRecord, string>[] =>
  EXPORT_TABLE_NAMES.map((name) => db.table<ExportRecord, string>(name))

const pageOf =
  (table: (name: ExportTableName) => Table<ExportRecord, string> | undefined): PageReader =>
  async (name, afterId, limit) =>
    (await table(name)?.where(':id').above(afterId).limit(limit).toArray()) ?? []

async function countsOf(table: (name: ExportTableName) => Table<ExportRecord, string> | undefined): Promise<TableCounts> {
  const counts = new Map<ExportTableName, number>()
  for (const name of EXPORT_TABLE_NAMES) counts.set(name, (await table(name)?.count()) ?? 0)
  return tableCounts((name) => counts.get(name) ?? 0)
}

interface HeaderFields {
  readonly kind: ExportKind
  readonly now: Date
  readonly appVersion: string
  readonly deviceId: string
  readonly clock: string
  readonly schemaVersion: number
  readonly since: string | null
  readonly seen: Readonly<Record<string, string>>
  readonly counts: TableCounts
}

export const exportHeader = (fields: HeaderFields): ExportHeader => ({
  format: EXPORT_FORMAT,
  version: CURRENT_EXPORT_VERSION,
  kind: fields.kind,
  exportedAt: fields.now.toISOString(),
  appVersion: fields.appVersion,
  deviceId: fields.deviceId,
  schemaVersion: fields.schemaVersion,
  clock: fields.clock,
  since: fields.since,
  seen: fields.seen,
  counts: fields.counts
})

/**
 * Everything in the database as one backup file, read in one transaction so the file is a
 * consistent snapshot, a page at a time so no table is held whole. `kind` 'handover' makes
 * the same file as a hand-over packet of everything.
 */
export async function exportEverything({ now, appVersion, onProgress }: ExportOptions, kind: ExportKind = 'backup'): Promise<MadeExport> {
  const deviceId = await getDeviceId()
  const table = (name: ExportTableName) => db.table<ExportRecord, string>(name)
  const { header, chunks } = await db.transaction('r', [...syncedTables(), db.meta], async () => {
    const clock = formatStamp((await getMeta('clock')) ?? ZERO_CLOCK, deviceId)
    const header = exportHeader({
      kind,
      now,
      appVersion,
      deviceId,
      clock,
      schemaVersion: LATEST_SCHEMA_VERSION,
      since: null,
      seen: await seenByThisPc(deviceId, clock),
      counts: await countsOf(table)
    })
    const encoder = new LineEncoder()
    await encodeExport(encoder, header, pageOf(table), (done, total) => onProgress?.('reading', done, total))
    return { header, chunks: encoder.finish() }
  })
  onProgress?.('compressing', 0, 1)
  const bytes = await gzip(chunks)
  onProgress?.('compressing', 1, 1)
  return { header, bytes, fileName: exportFileName(kind, now, deviceId) }
}

export const makeBackup = (options: ExportOptions): Promise<MadeExport> => exportEverything(options, 'backup')

export interface RestoreResult {
  /** Records restored, per table. */
  readonly counts: TableCounts
}

/** Records written per bulkPut: big enough that IndexedDB's per-call cost fades, small enough to show progress. */
const WRITE_BATCH = 5_000

/**
 * Replaces everything in the database with a checked backup's records, in one transaction:
 * either the whole backup is in afterwards, or (an error, a closed window) nothing changed.
 * Records are stored exactly as they are in the file, stamps and tombstones included. A
 * backup made before a schema upgrade gets that upgrade's data changes, as the database
 * itself did.
 */
export async function restoreBackup(file: LoadedExport, onProgress?: ProgressListener): Promise<RestoreResult> {
  if (file.header.kind !== 'backup') throw new RangeError('Only a backup can be restored; a hand-over packet is merged')
  const deviceId = await getDeviceId()
  const counts = new Map<ExportTableName, number>()
  await db.transaction('rw', [...syncedTables(), db.meta, ...BUNDLE_TABLES], async () => {
    // The report bundles are built once from the records below, not rewritten batch after batch.
    const collector = collectBundlesInstead(Dexie.currentTransaction.idbtrans)
    for (const table of syncedTables()) await table.clear()
    const total = EXPORT_TABLE_NAMES.reduce((sum, table) => sum + file.header.counts[table], 0)
    let done = 0
    for (const { table, records } of recordBatches(file, WRITE_BATCH)) {
      await db.table<ExportRecord, string>(table).bulkPut([...records])
      collector.add(table, records)
      counts.set(table, (counts.get(table) ?? 0) + records.length)
      done += records.length
      onProgress?.('writing', done, total)
    }
    for (const { table, values } of collector.finish()) await db.table(table).bulkPut([...values])
    for (const { version, upgrade } of schemaVersions) {
      if (version > file.header.schemaVersion && upgrade) await upgrade(Dexie.currentTransaction)
    }
    await clearHandOverWatermarks()
    await observeClock(file.header.clock, deviceId)
  })
  return { counts: tableCounts((table) => counts.get(table) ?? 0) }
}

/**
 * Moves this PC's clock past a stamp it has just taken in (a restored or merged file's), so
 * later local edits sort after it. Does nothing when the clock is already past it, so taking
 * in the same file twice changes nothing. Call inside a transaction that includes db.meta.
 */
export async function observeClock(stamp: string, deviceId: string): Promise<void> {
  const current = (await getMeta('clock')) ?? ZERO_CLOCK
  if (formatStamp(current, deviceId) >= stamp) return
  await setMeta('clock', observe(current, parseStamp(stamp), Date.now()))
}

/** Automatic backups kept unless the manager sets another number. */
export const DEFAULT_BACKUPS_TO_KEEP = 10

export const isBackupsToKeep = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_KEPT_BACKUPS

/** How many automatic backups the desktop app keeps in its data folder (a shop-wide setting). */
export const getBackupsToKeep = (): Promise<number> =>
  getSetting(SETTING_KEYS.backupsToKeep, DEFAULT_BACKUPS_TO_KEEP, isBackupsToKeep)

/** Records per table on this PC (tombstones included), counted on the keys. Read-only, so a live query can run it. */
export async function describeDatabase(): Promise<{ readonly counts: TableCounts }> {
  const counts = await db.transaction('r', syncedTables(), () => countsOf((name) => db.table<ExportRecord, string>(name)))
  return { counts }
}

/** A backup of an older schema version's database, made before it is upgraded (see exportBeforeMigration). */
export interface MigrationBackup extends MadeExport {
  /** The setting as that database holds it. */
  readonly backupsToKeep: number
}

/**
 * If the database on disk is of an older schema version than this app's, a backup of it
 * as it is, before the upgrade runs: null when there is no database yet, it is current,
 * or it holds no records. It opens the database without declaring any version (Dexie's
 * dynamic mode), which reads the schema stored on disk and upgrades nothing; call it
 * before anything else touches `db`.
 */
export async function exportBeforeMigration(
  { now, appVersion, onProgress }: ExportOptions,
  databaseName: string = db.name
): Promise<MigrationBackup | null> {
  if (!(await Dexie.exists(databaseName))) return null
  const stored = new Dexie(databaseName)
  await stored.open()
  try {
    if (stored.verno >= LATEST_SCHEMA_VERSION) return null
    const present = new Set(stored.tables.map((table) => table.name))
    const table = (name: ExportTableName) => (present.has(name) ? stored.table<ExportRecord, string>(name) : undefined)
    const made = await stored.transaction('r', stored.tables, async () => {
      const counts = await countsOf(table)
      if (EXPORT_TABLE_NAMES.every((name) => counts[name] === 0)) return null
      const metaTable = present.has('meta') ? stored.table<{ readonly key: string; readonly value: unknown }, string>('meta') : undefined
      const metaValue = async (key: string): Promise<unknown> => (await metaTable?.get(key))?.value
      const storedDeviceId = await metaValue('deviceId')
      const deviceId = typeof storedDeviceId === 'string' && storedDeviceId !== '' ? storedDeviceId : 'unknown-device'
      const storedClock = await metaValue('clock')
      const clock = formatStamp(isClockState(storedClock) ? storedClock : ZERO_CLOCK, deviceId)
      const header = exportHeader({
        kind: 'backup',
        now,
        appVersion,
        deviceId,
        clock,
        schemaVersion: stored.verno,
        since: null,
        seen: { [deviceId]: clock },
        counts
      })
      const encoder = new LineEncoder()
      await encodeExport(encoder, header, pageOf(table), (done, total) => onProgress?.('reading', done, total))
      const keepSetting = await table('settings')?.get(SETTING_KEYS.backupsToKeep)
      const keep: unknown = keepSetting?.deletedAt === null ? Reflect.get(keepSetting, 'value') : undefined
      return { header, chunks: encoder.finish(), backupsToKeep: isBackupsToKeep(keep) ? keep : DEFAULT_BACKUPS_TO_KEEP }
    })
    if (made === null) return null
    return {
      header: made.header,
      bytes: await gzip(made.chunks),
      fileName: exportFileName('backup', now, made.header.deviceId),
      backupsToKeep: made.backupsToKeep
    }
  } finally {
    stored.close()
  }
}

const isClockState = (value: unknown): value is { readonly millis: number; readonly counter: number } =>
  typeof value === 'object' &&
  value !== null &&
  typeof Reflect.get(value, 'millis') === 'number' &&
  typeof Reflect.get(value, 'counter') === 'number'
