/**
 * Helpers for the backup and hand-over tests: the whole database as plain data, and PCs
 * played one after the other on the one app database (each with its own meta: device id,
 * clock, watermarks).
 */
import { EXPORT_TABLE_NAMES } from '@shared/export-format/tables'
import { db, type MetaRow } from '@renderer/data/db'
import { inspectExportFile, type LoadedExport } from '@renderer/data/repositories/export-file'

/** Every synced table's records, by table, in id order. */
export async function snapshotTables(): Promise<Readonly<Record<string, readonly unknown[]>>> {
  const tables: Record<string, readonly unknown[]> = {}
  for (const table of EXPORT_TABLE_NAMES) tables[table] = await db.table(table).toArray()
  return tables
}

/** Everything a PC holds, meta included. */
export interface PcState {
  readonly tables: Readonly<Record<string, readonly unknown[]>>
  readonly meta: readonly MetaRow[]
}

export async function savePc(): Promise<PcState> {
  return { tables: await snapshotTables(), meta: await db.meta.toArray() }
}

/** Makes the app database hold `state` (or nothing: a new PC). */
export async function loadPc(state: PcState | null): Promise<void> {
  await db.transaction('rw', [...EXPORT_TABLE_NAMES.map((table) => db.table(table)), db.meta], async () => {
    for (const table of EXPORT_TABLE_NAMES) await db.table(table).clear()
    await db.meta.clear()
    if (state === null) return
    for (const table of EXPORT_TABLE_NAMES) await db.table(table).bulkPut([...(state.tables[table] ?? [])])
    await db.meta.bulkPut([...state.meta])
  })
}

const blobOf = (bytes: Uint8Array): Blob => new Blob([new Uint8Array(bytes)])

/** Reads export bytes as a chosen file would be; fails the test when they do not check out. */
export async function loaded(bytes: Uint8Array | string): Promise<LoadedExport> {
  const inspection = await inspectExportFile(typeof bytes === 'string' ? new Blob([bytes]) : blobOf(bytes))
  if (!inspection.ok) throw new Error(`The export does not check out: ${JSON.stringify(inspection.problem)}`)
  return inspection.file
}
