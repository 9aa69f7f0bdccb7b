/**
 * Full backup and restore of the benchmark shop (the demo generator at 100,000 customers,
 * some 716,000 records in all), beside bare Dexie calls on the same rows: a bulkPut of every
 * table, in one call per table and in restoreBackup's batches (the goal: restore at 80% of
 * the bare rate or better), and a read of every table. restoreBackup's time includes
 * clearing what the database held, which the bare bulkPuts start without.
 *
 * Runs on fake-indexeddb in Node, where every stored record lives in the JavaScript heap:
 * give it room, e.g. `NODE_OPTIONS=--max-old-space-size=12288 npx vitest bench --run
 * bench/backup.bench.ts`. With less heap it falls back to 20,000 customers and says so.
 * Node's DecompressionStream is a JavaScript stream wrapper and much slower than Chromium's,
 * so "read, unpack, check" is pessimistic here. The figures, with rows per second and the
 * ratios, are written to bench/results/backup.json.
 */
import 'fake-indexeddb/auto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { getHeapStatistics } from 'node:v8'
import { afterAll, bench, describe } from 'vitest'
import { generateDemoShop } from '@shared/demo/generate-demo-shop'
import { EXPORT_TABLE_NAMES } from '@shared/export-format/tables'
import { db } from '@renderer/data/db'
import { makeBackup, restoreBackup, syncedTables, type MadeExport } from '@renderer/data/repositories/backup'
import { blobOf, inspectExportFile, type LoadedExport } from '@renderer/data/repositories/export-file'

const HEAP_FOR_FULL_SIZE = 8e9
const requested = Number(process.env.BENCH_CUSTOMERS ?? 100_000)
const customerCount = getHeapStatistics().heap_size_limit >= HEAP_FOR_FULL_SIZE ? requested : Math.min(requested, 20_000)
if (customerCount < requested) {
  console.warn(`backup.bench: ${customerCount} customers, not ${requested}: the heap is too small (see the note at the top of this file)`)
}

const now = new Date('2026-11-24T09:00:00Z')
const shop: Partial<Record<string, readonly unknown[]>> = { ...generateDemoShop({ seed: 1, customerCount, now, deviceId: 'bench' }) }
const rows = Object.values(shop).reduce((sum, records) => sum + (records?.length ?? 0), 0)
await db.delete()
await db.open()

// Each operation takes seconds to minutes at this size: run once, no warm-up (the figures are written to bench/results).
const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 }
const timings = new Map<string, number>()
/** restoreBackup's batch size (WRITE_BATCH in data/repositories/backup.ts). */
const BATCH = 5_000

async function timed(name: string, work: () => Promise<void>): Promise<void> {
  const start = performance.now()
  await work()
  timings.set(name, performance.now() - start)
}

async function clearAll(): Promise<void> {
  await db.transaction('rw', syncedTables(), async () => {
    for (const table of syncedTables()) await table.clear()
  })
}

let backup: MadeExport | null = null
let checked: LoadedExport | null = null

describe(`backup and restore, ${customerCount.toLocaleString('en')} customers (${rows.toLocaleString('en')} records)`, () => {
  bench(
    'bare Dexie bulkPut of every table (one call per table, one transaction)',
    async () => {
      await clearAll()
      await timed('bareBulkPut', () =>
        db.transaction('rw', syncedTables(), async () => {
          for (const table of EXPORT_TABLE_NAMES) await db.table(table).bulkPut([...(shop[table] ?? [])])
        })
      )
    },
    once
  )

  bench(
    `bare Dexie bulkPut of every table in batches of ${BATCH.toLocaleString('en')} (as restoreBackup writes)`,
    async () => {
      await clearAll()
      await timed('bareBatchedBulkPut', () =>
        db.transaction('rw', syncedTables(), async () => {
          for (const table of EXPORT_TABLE_NAMES) {
            const records = shop[table] ?? []
            for (let start = 0; start < records.length; start += BATCH) await db.table(table).bulkPut(records.slice(start, start + BATCH))
          }
        })
      )
      // The rows are stored now: let the generated copy go, as the app never holds a second one.
      for (const table of Object.keys(shop)) Reflect.deleteProperty(shop, table)
    },
    once
  )

  bench(
    'bare Dexie read of every table (toArray, one transaction)',
    async () => {
      await timed('bareRead', () =>
        db.transaction('r', syncedTables(), async () => {
          for (const table of syncedTables()) await table.toArray()
        })
      )
    },
    once
  )

  bench(
    'makeBackup: read every table, write the lines, gzip',
    async () => {
      await timed('backup', async () => {
        backup = await makeBackup({ now, appVersion: 'bench' })
      })
    },
    once
  )

  bench(
    'inspectExportFile: read, unpack and check every record (the preview, before confirming)',
    async () => {
      const bytes = backup?.bytes
      if (!bytes) throw new Error('makeBackup runs first')
      await timed('inspect', async () => {
        const inspection = await inspectExportFile(blobOf(bytes))
        if (!inspection.ok) throw new Error(`the backup does not check out: ${JSON.stringify(inspection.problem)}`)
        checked = inspection.file
      })
    },
    once
  )

  bench(
    'restoreBackup: clear and write every record, one transaction (after confirming)',
    async () => {
      const file = checked
      if (!file) throw new Error('inspectExportFile runs first')
      await timed('restore', async () => {
        await restoreBackup(file)
      })
      const restored = await db.transaction('r', syncedTables(), async () => {
        let count = 0
        for (const table of syncedTables()) count += await table.count()
        return count
      })
      if (restored !== rows) throw new Error(`restored ${restored} of ${rows} records`)
    },
    once
  )
})

afterAll(() => {
  const rate = (name: string): number => {
    const ms = timings.get(name)
    return ms === undefined ? Number.NaN : Math.round((rows / ms) * 1000)
  }
  const seconds = (name: string): number => Math.round((timings.get(name) ?? Number.NaN) / 100) / 10
  const results = {
    customers: customerCount,
    records: rows,
    backupBytes: backup?.bytes.byteLength ?? null,
    seconds: Object.fromEntries([...timings.keys()].map((name) => [name, seconds(name)])),
    recordsPerSecond: Object.fromEntries([...timings.keys()].map((name) => [name, rate(name)])),
    restoreVersusBareBulkPut: Math.round((rate('restore') / rate('bareBulkPut')) * 100) / 100,
    restoreVersusBareBatchedBulkPut: Math.round((rate('restore') / rate('bareBatchedBulkPut')) * 100) / 100,
    restoreWithCheckVersusBareBatchedBulkPut:
      Math.round(((timings.get('bareBatchedBulkPut') ?? Number.NaN) / ((timings.get('restore') ?? Number.NaN) + (timings.get('inspect') ?? Number.NaN))) * 100) / 100,
    restoreWithCheckVersusBareBulkPut:
      Math.round(((timings.get('bareBulkPut') ?? Number.NaN) / ((timings.get('restore') ?? Number.NaN) + (timings.get('inspect') ?? Number.NaN))) * 100) / 100,
    backupVersusBareRead: Math.round((rate('backup') / rate('bareRead')) * 100) / 100
  }
  console.log('backup.bench results', results)
  const folder = join(__dirname, 'results')
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'backup.json'), `${JSON.stringify(results, null, 2)}\n`)
})
