/**
 * The reports' stress data: complaints and never-say hits of a busy service centre after years
 * of use, on top of the demo shop, for bench/reports.bench.ts (fake-indexeddb in Node) and the
 * browser benchmark (Chromium's IndexedDB).
 */
import {
  BUILT_IN_COMPLAINT_CATEGORIES,
  NO_ESCALATION,
  NO_RESOLUTION,
  NO_SATISFACTION,
  type Complaint,
  type ComplaintSeverity,
  type ComplaintStatus
} from '@shared/domain/complaint'
import { ROOT_CAUSES } from '@shared/domain/complaint-root-cause'
import type { PhraseHit } from '@shared/domain/phrase-hit'
import type { DemoShop } from '@shared/demo/generate-demo-shop'
import { createRandom, weighted, type Random } from '@shared/demo/random'
import { DEFAULT_SCRIPT_LIBRARY, seededScriptId } from '@shared/scripts/default-library'
import { db } from '@renderer/data/db'

export const EXTRA_COMPLAINTS = 300_000
export const EXTRA_HITS = 10_000
export const YEARS = 3
const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

const pickSeverity = weighted<ComplaintSeverity>([['ordinary', 80], ['serious', 17], ['crisis', 3]])
const pickScore = weighted<number>([[5, 45], [4, 35], [3, 12], [2, 5], [1, 3]])

/**
 * A complaint as the lifecycle leaves it: older ones closed with a score, recent ones still at
 * every stage. Only the fields the reports read vary; the texts stay short.
 */
function syntheticComplaint(random: Random, index: number, customerIds: readonly string[], staffIds: readonly string[], now: Date): Complaint {
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

function syntheticHit(random: Random, index: number, ruleIds: readonly string[], staffIds: readonly string[], now: Date): PhraseHit {
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

/** Adds the stress set to the database the demo shop is in, in chunks of 20,000 complaints. */
export async function addStressData(shop: Pick<DemoShop, 'customers' | 'staff'>, now: Date): Promise<void> {
  const random = createRandom(7)
  const customerIds = shop.customers.map((customer) => customer.id)
  const staffIds = shop.staff.map((member) => member.id)
  const ruleIds = DEFAULT_SCRIPT_LIBRARY.filter((phrase) => phrase.kind === 'never-say').map((phrase) => seededScriptId(phrase.seedId))
  const chunk = 20_000
  for (let from = 0; from < EXTRA_COMPLAINTS; from += chunk) {
    const complaints = Array.from({ length: Math.min(chunk, EXTRA_COMPLAINTS - from) }, (_, offset) =>
      syntheticComplaint(random, from + offset, customerIds, staffIds, now)
    )
    await db.complaints.bulkPut(complaints)
  }
  await db.phraseHits.bulkPut(Array.from({ length: EXTRA_HITS }, (_, index) => syntheticHit(random, index, ruleIds, staffIds, now)))
}
