/**
 * The reports over the benchmark shop, each timed as its page loads it: the index read of the
 * period, then the pure aggregations.
 *
 * 1. The benchmark data set: the demo shop's generator at 100,000 customers (its staff,
 *    scripts, complaints and never-say hits, as bench/demo-shop.bench.ts makes it).
 * 2. A stress set on top: 300,000 more complaints and 10,000 more hits over three years, a
 *    busy service centre after years of use, to show how the reports grow with the period.
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
import {
  BUILT_IN_COMPLAINT_CATEGORIES,
  NO_ESCALATION,
  NO_RESOLUTION,
  NO_SATISFACTION,
  type Complaint,
  type ComplaintSeverity,
  type ComplaintStatus
} from '@shared/domain/complaint'
import { todayInShop } from '@shared/domain/days'
import type { PhraseHit } from '@shared/domain/phrase-hit'
import { ROOT_CAUSES } from '@shared/domain/complaint-root-cause'
import { presetRange, type FixedReportRangePreset } from '@shared/domain/report-range'
import { createRandom, weighted, type Random } from '@shared/demo/random'
import { generateDemoShop } from '@shared/demo/generate-demo-shop'
import { DEFAULT_SCRIPT_LIBRARY, seededScriptId } from '@shared/scripts/default-library'
import { db } from '@renderer/data/db'
import {
  listReportComplaints,
  loadCoachingReports,
  loadComplaintReports,
  loadReportDashboard,
  loadSatisfactionReports,
  type ReportScope
} from '@renderer/data/repositories/reports'
import { seedScriptLibrary } from '@renderer/data/script-library'

const CUSTOMER_COUNT = 100_000
const EXTRA_COMPLAINTS = 300_000
const EXTRA_HITS = 10_000
const YEARS = 3
const now = new Date('2026-11-24T09:00:00Z')
const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

const pickSeverity = weighted<ComplaintSeverity>([['ordinary', 80], ['serious', 17], ['crisis', 3]])
const pickScore = weighted<number>([[5, 45], [4, 35], [3, 12], [2, 5], [1, 3]])

/**
 * A complaint as the lifecycle leaves it: older ones closed with a score, recent ones still at
 * every stage. Only the fields the reports read vary; the texts stay short.
 */
function syntheticComplaint(random: Random, index: number, customerIds: readonly string[], staffIds: readonly string[]): Complaint {
  const ageDays = random.next() * YEARS * 365
  const receivedMillis = now.getTime() - ageDays * DAY_MS
  const receivedAt = new Date(receivedMillis).toISOString()
  const severity = pickSeverity(random)
  const responseHours = severity === 'ordinary' ? random.int(1, 30) : random.next() * 6
  const resolutionHours = responseHours + random.int(4, 240)
  const stage = ageDays * 24 < responseHours ? 0 : ageDays * 24 < resolutionHours ? 1 : random.chance(0.9) ? 3 : 2
  const status: ComplaintStatus = (['new', 'in-progress', 'resolved', 'closed'] as const)[stage] ?? 'closed'
  const at = (hours: number): string => new Date(receivedMillis + hours * HOUR_MS).toISOString()
  const id = `bench-complaint-${String(index).padStart(7, '0')}`
  return {
    id,
    createdAt: receivedAt,
    updatedAt: receivedAt,
    updatedBy: '',
    deviceId: 'bench',
    clock: '',
    fieldClocks: {},
    deletedAt: random.chance(0.01) ? receivedAt : null,
    number: `TS-BENCH-${index}`,
    customerId: random.pick(customerIds),
    status,
    statusHistory: [],
    receivedAt,
    firstResponseAt: stage >= 1 ? at(responseHours) : null,
    resolvedAt: stage >= 2 ? at(resolutionHours) : null,
    closedAt: stage === 3 ? at(resolutionHours + 72) : null,
    handlerId: stage >= 1 ? random.pick(staffIds) : null,
    intakeStep: 'follow-up',
    customerWords: '修完又坏了',
    desiredRemedy: '',
    productId: null,
    category: random.pick(BUILT_IN_COMPLAINT_CATEGORIES),
    severity,
    rootCause: stage >= 1 ? random.pick(ROOT_CAUSES) : '',
    replyDraft: '',
    notes: '',
    resolution: NO_RESOLUTION,
    escalation: NO_ESCALATION,
    followUpDate: null,
    satisfaction:
      stage === 3 && random.chance(0.85)
        ? { score: pickScore(random), comment: '', givenBy: random.chance(0.8) ? 'customer' : 'clerk' }
        : NO_SATISFACTION,
    closeReason: '',
    closeChecklist: [],
    dismissedFlags: []
  }
}

function syntheticHit(random: Random, index: number, ruleIds: readonly string[], staffIds: readonly string[]): PhraseHit {
  const at = new Date(now.getTime() - random.next() * YEARS * 365 * DAY_MS).toISOString()
  return {
    id: `bench-hit-${String(index).padStart(6, '0')}`,
    createdAt: at,
    updatedAt: at,
    updatedBy: '',
    deviceId: 'bench',
    clock: '',
    fieldClocks: {},
    deletedAt: null,
    complaintId: `bench-complaint-${index}`,
    field: 'replyDraft',
    ruleId: random.pick(ruleIds),
    staffId: random.chance(0.05) ? '' : random.pick(staffIds),
    at
  }
}

const shop = generateDemoShop({ seed: 1, customerCount: CUSTOMER_COUNT, now, deviceId: 'bench' })

/** The benchmark data set: what the reports read of the demo shop at full scale. */
async function loadBenchmarkShop(): Promise<void> {
  await db.delete()
  await db.open()
  await seedScriptLibrary(now)
  await db.staff.bulkPut(shop.staff)
  await db.complaints.bulkPut(shop.complaints)
  await db.phraseHits.bulkPut(shop.phraseHits)
}

/** The stress set, added on top. */
async function addStressData(): Promise<void> {
  const random = createRandom(7)
  const customerIds = shop.customers.map((customer) => customer.id)
  const staffIds = shop.staff.map((member) => member.id)
  const ruleIds = DEFAULT_SCRIPT_LIBRARY.filter((phrase) => phrase.kind === 'never-say').map((phrase) => seededScriptId(phrase.seedId))
  const chunk = 20_000
  for (let from = 0; from < EXTRA_COMPLAINTS; from += chunk) {
    const complaints = Array.from({ length: Math.min(chunk, EXTRA_COMPLAINTS - from) }, (_, offset) =>
      syntheticComplaint(random, from + offset, customerIds, staffIds)
    )
    await db.complaints.bulkPut(complaints)
  }
  await db.phraseHits.bulkPut(Array.from({ length: EXTRA_HITS }, (_, index) => syntheticHit(random, index, ruleIds, staffIds)))
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
    loading = (dataSet === 'benchmark' ? loadBenchmarkShop() : addStressData()).then(() => describeData(`${dataSet} data set`, periods))
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
    bench(`${preset}: dashboard (every headline figure)`, () => loadReportDashboard(scope, now).then(() => undefined), options)
  }
}

describe(`the benchmark data set (${CUSTOMER_COUNT.toLocaleString('en')} customers)`, () => {
  benchReports('benchmark', ['this-month', 'last-12-months'], 10)
})

describe(`under stress: ${EXTRA_COMPLAINTS.toLocaleString('en')} more complaints over ${YEARS} years`, () => {
  benchReports('stress', ['this-month', 'last-90-days', 'last-12-months'], 3)
})
