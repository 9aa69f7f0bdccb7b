/**
 * Importing customers from a spreadsheet at benchmark scale: a CSV of 100,000 customers (the
 * demo shop's, exported with the customer sheet's columns) read and dry-run, then imported,
 * beside a bare Dexie bulkPut of the very customer records the import stored, and of those with
 * their audit entries. The import saves each customer as the customer form does (field clocks,
 * an audit entry, the device clock): the first ratio shows what that bookkeeping costs, the
 * second what the import's own code costs beyond writing the same rows. Then the same file a
 * second time with the 'update' policy: every row now updates the customer with its phone, and
 * updates are written one at a time (customersRepository.update), so that figure is reported
 * beside the first import's. Runs on fake-indexeddb in Node: treat the figures as relative.
 * BENCH_ROWS sets the size.
 *
 *   NODE_OPTIONS=--max-old-space-size=8192 npx vitest bench --run bench/spreadsheet-import.bench.ts
 */
import 'fake-indexeddb/auto'
import { afterAll, bench, describe } from 'vitest'
import { generateDemoShop } from '@shared/demo/generate-demo-shop'
import { guessCustomerSheetMapping } from '@shared/domain/customer-sheet'
import type { AuditEntry } from '@shared/domain/audit'
import type { Customer } from '@shared/domain/customer'
import { phoneDigitsOfNumber } from '@shared/domain/customer-search'
import { planCustomerImport, readTextSheet, splitHeaderRow, type PlannedRow } from '@shared/domain/sheet-import'
import { db } from '@renderer/data/db'
import { findCustomersByPhones, importCustomers } from '@renderer/data/repositories/spreadsheet-import'
import { BENCH_PLAN_CONTEXT as planContext, BENCH_SHEET_LANGUAGE as language, benchImportContext, customerCsvBytes } from './customer-sheet-csv'

const rowCount = Number(process.env.BENCH_ROWS ?? 100_000)
const now = new Date('2026-11-24T09:00:00Z')
const { customers } = generateDemoShop({ seed: 1, customerCount: rowCount, now, deviceId: 'bench' })
const bytes = customerCsvBytes(customers)

const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 }
const importContext = benchImportContext(now)
const timings = new Map<string, number>()
let plan: readonly PlannedRow[] = []
let updatePlan: readonly PlannedRow[] = []
/** What the import stored, to write again bare: the same records, byte for byte. */
let stored: { customers: readonly Customer[]; audits: readonly AuditEntry[] } = { customers: [], audits: [] }

async function timed(name: string, work: () => Promise<void>): Promise<void> {
  const start = performance.now()
  await work()
  timings.set(name, performance.now() - start)
}

async function emptyDatabase(): Promise<void> {
  await db.delete()
  await db.open()
}

describe(`spreadsheet import, ${rowCount.toLocaleString('en')} rows (${(bytes.length / 1024 / 1024).toFixed(1)} MB of CSV)`, () => {
  bench(
    'read and dry run: decode, parse, guess the columns, plan every row',
    async () => {
      await emptyDatabase()
      await timed('dryRun', async () => {
        const split = splitHeaderRow(readTextSheet(bytes).rows)
        if (split === null) throw new Error('The benchmark CSV has no data rows')
        plan = planCustomerImport(split.data, guessCustomerSheetMapping(split.headers, [language]), planContext)
      })
    },
    once
  )

  bench(
    'import: every planned customer saved as the form saves one, one transaction',
    async () => {
      await emptyDatabase()
      await timed('import', async () => {
        await importCustomers(plan, importContext, { staffId: '' })
      })
      stored = { customers: await db.customers.toArray(), audits: await db.auditLog.toArray() }
    },
    once
  )

  bench(
    "the same file again, policy 'update': every customer updated one at a time, one transaction",
    async () => {
      // The dry run against the customers the first import wrote, untimed: the write is what is measured.
      const split = splitHeaderRow(readTextSheet(bytes).rows)
      if (split === null) throw new Error('The benchmark CSV has no data rows')
      const mapping = guessCustomerSheetMapping(split.headers, [language])
      const phones = plan.flatMap((row) => (row.action === 'new' ? (row.values.phones ?? []).map(phoneDigitsOfNumber) : []))
      updatePlan = planCustomerImport(split.data, mapping, { ...planContext, customerByPhone: await findCustomersByPhones(phones) })
      await timed('updateImport', async () => {
        await importCustomers(updatePlan, importContext, { staffId: '' })
      })
    },
    once
  )

  bench(
    'bare Dexie bulkPut of the customer records the import stored, one transaction',
    async () => {
      await emptyDatabase()
      await timed('bareBulkPut', () => db.transaction('rw', db.customers, () => db.customers.bulkPut(stored.customers).then(() => undefined)))
    },
    once
  )

  bench(
    'bare Dexie bulkPut of those customer records and their audit entries, one transaction',
    async () => {
      await emptyDatabase()
      await timed('bareBulkPutWithAudit', () =>
        db.transaction('rw', [db.customers, db.auditLog], async () => {
          await db.customers.bulkPut(stored.customers)
          await db.auditLog.bulkPut(stored.audits)
        })
      )
    },
    once
  )
})

afterAll(() => {
  const perSecond = (name: string): number => Math.round((rowCount / (timings.get(name) ?? Number.NaN)) * 1000)
  const figures = {
    rows: rowCount,
    dryRunMs: Math.round(timings.get('dryRun') ?? Number.NaN),
    importRowsPerSecond: perSecond('import'),
    updatedRows: updatePlan.filter((row) => row.action === 'update').length,
    updateImportRowsPerSecond: Math.round((updatePlan.filter((row) => row.action === 'update').length / (timings.get('updateImport') ?? Number.NaN)) * 1000),
    bareBulkPutRowsPerSecond: perSecond('bareBulkPut'),
    bareBulkPutWithAuditRowsPerSecond: perSecond('bareBulkPutWithAudit'),
    importVersusBareBulkPut: Number((perSecond('import') / perSecond('bareBulkPut')).toFixed(2)),
    importVersusBareBulkPutWithAudit: Number((perSecond('import') / perSecond('bareBulkPutWithAudit')).toFixed(2))
  }
  console.log('spreadsheet import figures', figures)
})
