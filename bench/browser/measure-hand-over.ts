/**
 * Data hand-over in Chromium's IndexedDB, beside bare Dexie writes of the same rows (issue
 * goal: at least 80% of the bare rate):
 * - a spreadsheet import: the demo shop's customers as a CSV, read and dry-run, then imported
 *   as the wizard imports them (search fields, a clock stamp and an audit entry per customer);
 *   beside bare writes of the very customer records the import stored (one bulkPut), and of
 *   those with their audit entries (bulkAdds in batches);
 * - a full backup of the whole demo shop and its restore, over it (clearing what is there first)
 *   and into a new, empty database, building the report bundles either way; beside a bare bulkPut of every table in restoreBackup's
 *   batches into an empty database.
 * "Bare" is a Dexie database with the app's tables and indexes and none of its middleware.
 */
import { Dexie } from 'dexie'
import { generateDemoShop } from '@shared/demo/generate-demo-shop'
import { guessCustomerSheetMapping } from '@shared/domain/customer-sheet'
import { EXPORT_TABLE_NAMES } from '@shared/export-format/tables'
import { planCustomerImport, readTextSheet, splitHeaderRow } from '@shared/domain/sheet-import'
import { db } from '@renderer/data/db'
import { schemaVersions } from '@renderer/data/schema'
import { makeBackup, restoreBackup, syncedTables } from '@renderer/data/repositories/backup'
import { blobOf, inspectExportFile } from '@renderer/data/repositories/export-file'
import { importCustomers } from '@renderer/data/repositories/spreadsheet-import'
import { BENCH_PLAN_CONTEXT, BENCH_SHEET_LANGUAGE, benchImportContext, customerCsvBytes } from '../customer-sheet-csv'
import type { HandOverFigures } from './bench-types'
import { round, timed } from './stats'

/** restoreBackup's batch size (WRITE_BATCH in data/repositories/backup.ts); the bare imports' too. */
const BATCH = 5_000

async function emptyDatabase(): Promise<void> {
  await db.delete()
  await db.open()
}

/**
 * A new, empty database with the app's tables and indexes but none of its middleware: what
 * "bare Dexie" means here (the app's own db keeps the report bundles on every write).
 */
async function bareDatabase(): Promise<Dexie> {
  await Dexie.delete('frontdesk-bare-bench')
  const bare = new Dexie('frontdesk-bare-bench')
  const stores: Record<string, string | null> = {}
  for (const version of schemaVersions) Object.assign(stores, version.stores)
  bare.version(1).stores(stores)
  await bare.open()
  return bare
}

/** Runs the work on a bare database, and deletes that afterwards. */
async function timedBare(work: (bare: Dexie) => Promise<unknown>): Promise<number> {
  const bare = await bareDatabase()
  try {
    return (await timed(() => work(bare))).ms
  } finally {
    bare.close()
    await Dexie.delete(bare.name)
  }
}

/** bulkAdd in batches of `size`, one transaction for them all. */
const inBatches = async (rows: readonly unknown[], size: number, write: (batch: readonly unknown[]) => Promise<unknown>): Promise<void> => {
  for (let start = 0; start < rows.length; start += size) await write(rows.slice(start, start + size))
}

/** The mean of two runs. */
const meanOf = (first: number, second: number): number => round((first + second) / 2)

/*
 * Chromium's IndexedDB slows down for a while after a big database is deleted or cleared (its
 * storage tidies up in the background), so whatever runs later is handicapped. Each figure is
 * the mean of two runs in A B B A order, the app's operation first and last (A B C C B A for the
 * two kinds of restore).
 */

async function measureImport(count: number, now: Date): Promise<HandOverFigures['import']> {
  const { customers } = generateDemoShop({ seed: 1, customerCount: count, now, deviceId: 'bench' })
  const bytes = customerCsvBytes(customers)
  const dryRun = await timed(async () => {
    const split = splitHeaderRow(readTextSheet(bytes).rows)
    if (split === null) throw new Error('The benchmark CSV has no data rows')
    return planCustomerImport(split.data, guessCustomerSheetMapping(split.headers, [BENCH_SHEET_LANGUAGE]), BENCH_PLAN_CONTEXT)
  })
  const runImport = async () => {
    await emptyDatabase()
    return timed(() => importCustomers(dryRun.value, benchImportContext(now), { staffId: '' }))
  }
  const firstImport = await runImport()
  const stored = { customers: await db.customers.toArray(), audits: await db.auditLog.toArray() }
  await emptyDatabase()
  const bulkPut = () => timedBare((bare) => bare.transaction('rw', bare.table('customers'), () => bare.table('customers').bulkPut(stored.customers)))
  const withAudit = () =>
    timedBare((bare) =>
      bare.transaction('rw', [bare.table('customers'), bare.table('auditLog')], async () => {
        await inBatches(stored.customers, BATCH, (batch) => bare.table('customers').bulkAdd(batch))
        await inBatches(stored.audits, BATCH, (batch) => bare.table('auditLog').bulkAdd(batch))
      })
    )
  const bulkPutMs = [await bulkPut()]
  const withAuditMs = [await withAudit(), await withAudit()]
  bulkPutMs.push(await bulkPut())
  const secondImport = await runImport()
  return {
    rows: count,
    csvBytes: bytes.byteLength,
    created: secondImport.value.created,
    dryRunMs: round(dryRun.ms),
    importMs: meanOf(firstImport.ms, secondImport.ms),
    bareBulkPutMs: meanOf(bulkPutMs[0] ?? Number.NaN, bulkPutMs[1] ?? Number.NaN),
    bareBatchedWithAuditMs: meanOf(withAuditMs[0] ?? Number.NaN, withAuditMs[1] ?? Number.NaN)
  }
}

async function measureBackupAndRestore(count: number, now: Date): Promise<HandOverFigures['restore']> {
  const shop: Partial<Record<string, readonly unknown[]>> = { ...generateDemoShop({ seed: 1, customerCount: count, now, deviceId: 'bench' }) }
  const records = EXPORT_TABLE_NAMES.reduce((sum, table) => sum + (shop[table]?.length ?? 0), 0)
  await emptyDatabase()
  await db.transaction('rw', syncedTables(), async () => {
    for (const table of EXPORT_TABLE_NAMES) await inBatches(shop[table] ?? [], BATCH, (batch) => db.table(table).bulkPut(batch))
  })
  const backup = await timed(() => makeBackup({ now, appVersion: 'bench' }))
  const inspected = await timed(() => inspectExportFile(blobOf(backup.value.bytes)))
  if (!inspected.value.ok) throw new Error(`the backup does not check out: ${JSON.stringify(inspected.value.problem)}`)
  const file = inspected.value.file
  /** Restores the file over what the database holds, or into a new, empty one. */
  const restore = async (into: 'over' | 'empty'): Promise<number> => {
    if (into === 'empty') await emptyDatabase()
    const { ms } = await timed(() => restoreBackup(file))
    const stored = await db.transaction('r', syncedTables(), async () => {
      let total = 0
      for (const table of syncedTables()) total += await table.count()
      return total
    })
    if (stored !== records) throw new Error(`restored ${stored} of ${records} records`)
    return ms
  }
  const bare = () =>
    timedBare((database) =>
      database.transaction('rw', [...EXPORT_TABLE_NAMES], async () => {
        for (const table of EXPORT_TABLE_NAMES) await inBatches(shop[table] ?? [], BATCH, (batch) => database.table(table).bulkPut(batch))
      })
    )
  const overMs = [await restore('over')]
  const emptyMs = [await restore('empty')]
  const bareMs = [await bare(), await bare()]
  emptyMs.push(await restore('empty'))
  overMs.push(await restore('over'))
  return {
    records,
    backupBytes: backup.value.bytes.byteLength,
    bareBatchedBulkPutMs: meanOf(bareMs[0] ?? Number.NaN, bareMs[1] ?? Number.NaN),
    backupMs: round(backup.ms),
    inspectMs: round(inspected.ms),
    restoreMs: meanOf(overMs[0] ?? Number.NaN, overMs[1] ?? Number.NaN),
    restoreIntoEmptyMs: meanOf(emptyMs[0] ?? Number.NaN, emptyMs[1] ?? Number.NaN)
  }
}

export async function measureHandOver(count: number, now: Date): Promise<HandOverFigures> {
  const imported = await measureImport(count, now)
  const restore = await measureBackupAndRestore(count, now)
  await emptyDatabase()
  return { import: imported, restore }
}
