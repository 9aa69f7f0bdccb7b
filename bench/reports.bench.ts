/**
 * The reports over the benchmark shop, each timed as its page loads it: the read of the period
 * (the complaints' monthly fact bundles, the never-say hits by index), then the pure aggregations.
 *
 * 1. The benchmark data set: the demo shop's generator at 100,000 customers (its staff,
 *    scripts, complaints and never-say hits, as bench/demo-shop.bench.ts makes it).
 * 2. A stress set on top (bench/stress-data.ts): 300,000 more complaints and 10,000 more hits
 *    over three years, a busy service centre after years of use, to show how the reports grow
 *    with the period. The browser benchmark (bench/browser) times the same reports in Chromium.
 *
 * Like the customer benchmarks this runs on fake-indexeddb in Node, whose indexes are in-memory
 * trees: the figures show how the work grows with the period and catch a query that scans a
 * table, but Chromium's IndexedDB (a structured clone per record read, IPC to the browser
 * process) costs more per record read, and fake-indexeddb's cursors (which the never-say hits
 * are read with) cost far more than Chromium's. Treat the figures as relative.
 *
 *   npx vitest bench --run bench/reports.bench.ts
 */
import 'fake-indexeddb/auto'
import { bench, describe } from 'vitest'
import { todayInShop } from '@shared/domain/days'
import { presetRange, type FixedReportRangePreset } from '@shared/domain/report-range'
import { generateDemoShop } from '@shared/demo/generate-demo-shop'
import { db } from '@renderer/data/db'
import {
  listReportComplaints,
  loadCareReports,
  loadCoachingReports,
  loadComplaintReports,
  loadCustomerReports,
  loadReportDashboard,
  loadSatisfactionReports,
  type ReportScope
} from '@renderer/data/repositories/reports'
import { seedScriptLibrary } from '@renderer/data/script-library'
import { addStressData, EXTRA_COMPLAINTS, YEARS } from './stress-data'

const CUSTOMER_COUNT = 100_000
const now = new Date('2026-11-24T09:00:00Z')

const shop = generateDemoShop({ seed: 1, customerCount: CUSTOMER_COUNT, now, deviceId: 'bench' })

/** The benchmark data set: what the reports read of the demo shop at full scale. */
async function loadBenchmarkShop(): Promise<void> {
  await db.delete()
  await db.open()
  await seedScriptLibrary(now)
  await db.staff.bulkPut(shop.staff)
  await db.complaints.bulkPut(shop.complaints)
  await db.phraseHits.bulkPut(shop.phraseHits)
  await db.customers.bulkPut(shop.customers)
  await db.interactions.bulkPut(shop.interactions)
  await db.careTasks.bulkPut(shop.careTasks)
}

const today = todayInShop(now)
const scopeOf = (preset: FixedReportRangePreset): ReportScope => ({ range: presetRange(preset, today), staffId: null })

/** How many complaints each period holds, printed with the figures. */
async function describeData(label: string, periods: readonly FixedReportRangePreset[]): Promise<void> {
  const counts = await Promise.all(periods.map(async (preset) => `${preset} ${(await listReportComplaints(scopeOf(preset))).length.toLocaleString('en')}`))
  const [complaints, hits] = await Promise.all([db.complaints.count(), db.phraseHits.count()])
  console.log(`${label}: ${complaints.toLocaleString('en')} complaints, ${hits.toLocaleString('en')} never-say hits; in the period: ${counts.join(', ')}`)
}

/*
 * The data sets are loaded by the first bench that needs them (tinybench's `setup`, awaited
 * before each bench runs): the stress set goes on top of the benchmark set, so the benchmark
 * set's benches must all have run first, which the order of the describes below gives.
 */
type DataSet = 'benchmark' | 'stress'
const loaded = new Map<DataSet, Promise<void>>()

function ensure(dataSet: DataSet, periods: readonly FixedReportRangePreset[]): Promise<void> {
  let loading = loaded.get(dataSet)
  if (loading === undefined) {
    loading = (dataSet === 'benchmark' ? loadBenchmarkShop() : addStressData(shop, now)).then(() => describeData(`${dataSet} data set`, periods))
    loaded.set(dataSet, loading)
  }
  return loading
}

function benchReports(dataSet: DataSet, periods: readonly FixedReportRangePreset[], iterations: number): void {
  const options = { iterations, warmupIterations: 1, time: 0, setup: () => ensure(dataSet, periods) }
  for (const preset of periods) {
    const scope = scopeOf(preset)
    bench(`${preset}: complaint reports (category, severity, month, causes, times, open)`, () => loadComplaintReports(scope, now).then(() => undefined), options)
    bench(`${preset}: satisfaction reports`, () => loadSatisfactionReports(scope).then(() => undefined), options)
    bench(`${preset}: coaching reports`, () => loadCoachingReports(scope).then(() => undefined), options)
    bench(`${preset}: care and visit reports`, () => loadCareReports(scope, now).then(() => undefined), options)
    bench(`${preset}: customer reports (tiers, personality, at risk)`, () => loadCustomerReports(scope, now).then(() => undefined), options)
    bench(`${preset}: dashboard (every headline figure)`, () => loadReportDashboard(scope, now).then(() => undefined), options)
  }
}

describe(`the benchmark data set (${CUSTOMER_COUNT.toLocaleString('en')} customers)`, () => {
  benchReports('benchmark', ['this-month', 'last-12-months'], 10)
})

describe(`under stress: ${EXTRA_COMPLAINTS.toLocaleString('en')} more complaints over ${YEARS} years`, () => {
  benchReports('stress', ['this-month', 'last-90-days', 'last-12-months'], 3)
})
