/**
 * The reports over the benchmark shop in Chromium's IndexedDB, each timed as its page loads
 * it (the index read of the period, then the pure aggregations): first the demo shop at full
 * scale, then with the stress set of bench/stress-data.ts on top.
 */
import type { Table } from 'dexie'
import type { DemoShop } from '@shared/demo/generate-demo-shop'
import { todayInShop } from '@shared/domain/days'
import { presetRange, type FixedReportRangePreset } from '@shared/domain/report-range'
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
import { addStressData } from '../stress-data'
import type { ReportFigure, ReportFigures } from './bench-types'
import { round, summarize, timed } from './stats'

const ROUNDS = 3
const CHUNK_SIZE = 20_000

const REPORT_LOADERS: readonly { readonly label: string; readonly load: (scope: ReportScope, now: Date) => Promise<unknown> }[] = [
  { label: 'read only: the period’s complaint facts (monthly bundles)', load: listReportComplaints },
  { label: 'complaints (category, severity, month, causes, times, open)', load: loadComplaintReports },
  { label: 'satisfaction', load: loadSatisfactionReports },
  { label: 'coaching', load: loadCoachingReports },
  { label: 'care and visits', load: loadCareReports },
  { label: 'customers (tiers, personality, at risk)', load: loadCustomerReports },
  { label: 'dashboard (every headline)', load: loadReportDashboard }
]

async function measurePeriods(dataSet: string, presets: readonly FixedReportRangePreset[], now: Date): Promise<readonly ReportFigure[]> {
  const figures: ReportFigure[] = []
  for (const preset of presets) {
    const scope: ReportScope = { range: presetRange(preset, todayInShop(now)), staffId: null }
    const complaints = (await listReportComplaints(scope)).length
    for (const { label, load } of REPORT_LOADERS) {
      const samples: number[] = []
      for (let round = 0; round < ROUNDS; round++) samples.push((await timed(() => load(scope, now))).ms)
      figures.push({ dataSet, preset, report: label, complaints, ...summarize(samples) })
    }
  }
  return figures
}

/** In chunks, like the customers: one transaction of a million interactions is more than Chromium commits at once. */
async function putInChunks<T>(table: Table<T, string>, records: readonly T[]): Promise<void> {
  for (let from = 0; from < records.length; from += CHUNK_SIZE) {
    const chunk = records.slice(from, from + CHUNK_SIZE)
    await db.transaction('rw', table, () => table.bulkPut(chunk))
  }
}

/** Stores what the reports read and the customer benchmark left out, then times every report. */
export async function measureReports(shop: DemoShop, now: Date): Promise<ReportFigures> {
  const rest = await timed(async () => {
    await seedScriptLibrary(now)
    await putInChunks(db.interactions, shop.interactions)
    await putInChunks(db.careTasks, shop.careTasks)
    await putInChunks(db.phraseHits, shop.phraseHits)
  })
  const benchmark = await measurePeriods('benchmark', ['this-month', 'last-12-months'], now)
  const stress = await timed(() => addStressData(shop, now))
  const stressed = await measurePeriods('stress', ['this-month', 'last-90-days', 'last-12-months'], now)
  return {
    restLoadMs: round(rest.ms),
    stressLoadMs: round(stress.ms),
    complaints: await db.complaints.count(),
    figures: [...benchmark, ...stressed]
  }
}
