/**
 * The daily care queue: what the care rules suggest, and what the clerk does with it (accept
 * as a planned task, snooze, dismiss), plus seasonal campaigns.
 *
 * The rules need every customer (a birthday is not indexed), so the queue is read in chunks of
 * customers, each a range of customer ids: a chunk reads its customers, and their products,
 * complaints, tasks and decisions by one range over each table's customerId index, plus the
 * few interactions at a recent last contact, and runs the rules. Each chunk is its own live
 * query, so a write touches only the chunk it concerns: accepting a suggestion re-reads one
 * chunk, not 100,000 customers.
 */
import { Dexie } from 'dexie'
import { campaignOccasionKey, campaignProblems, isInSegment, selectCampaignCustomers, type CareCampaign } from '@shared/domain/care-campaign'
import {
  careAssignee,
  contactDay,
  DURATION_FOR_METHOD,
  dismissProblem,
  METHOD_FOR_CHANNEL,
  plannedCareTask,
  planSlots,
  slotSearchDays,
  snoozeProblem,
  type BusySpan,
  type CareDecisionProblem,
  type SlotRequest
} from '@shared/domain/care-planning'
import {
  careCandidates,
  resolveCareSuggestions,
  serviceFollowUpCutoff,
  type CareRuleContext,
  type CareSuggestion,
  type CareTally
} from '@shared/domain/care-rules'
import type { CareDecision, CareMethod, CareTask } from '@shared/domain/care-task'
import { isCurrentCustomer, type Customer, type Tier } from '@shared/domain/customer'
import { addDays, shopInstant, todayInShop } from '@shared/domain/days'
import { isLive } from '@shared/domain/record'
import { isRecurring } from '@shared/domain/recurrence'
import { occurrencesInRange, seriesOccurrenceKey, widenedRange } from '@shared/domain/schedule'
import { db } from '../db'
import { createRecord, removeRecord, RecordNotFoundError, type Actor } from '../records'

/** Customers per chunk: a few tens of milliseconds of reading and rules, so the page stays responsive between chunks. */
export const CARE_QUEUE_CHUNK_SIZE = 2000

/** A run of customer ids: from `from` (inclusive) to `to` (exclusive; null: to the end). */
export interface CareChunkRange {
  readonly from: string
  readonly to: string | null
}

/**
 * The customer ids cut into chunks, by the primary key alone (no record read). Customers added
 * later fall in the last chunk, or in whichever chunk their id sorts into.
 */
export async function listCareChunkRanges(chunkSize = CARE_QUEUE_CHUNK_SIZE): Promise<readonly CareChunkRange[]> {
  const ids = await db.customers.toCollection().primaryKeys()
  const starts: string[] = []
  for (let index = chunkSize; index < ids.length; index += chunkSize) {
    const id = ids[index]
    if (id !== undefined) starts.push(id)
  }
  const bounds = ['', ...starts]
  return bounds.map((from, index) => ({ from, to: bounds[index + 1] ?? null }))
}

export interface CareChunk {
  /** Suggestions nobody has acted on yet. */
  readonly suggestions: readonly CareSuggestion[]
  readonly tally: CareTally
}

const customersIn = ({ from, to }: CareChunkRange) =>
  to === null ? db.customers.where(':id').aboveOrEqual(from) : db.customers.where(':id').between(from, to, true, false)

/**
 * The records of the chunk's customers, by one range over the table's customerId index: a
 * chunk is a range of customer ids, so their records are the ones whose customerId falls in
 * it. One key range is one cheap read, where a list of 2,000 ids would be 2,000 lookups.
 */
function ofChunkCustomers<K extends 'ownedProducts' | 'complaints' | 'careTasks' | 'careDecisions'>(table: K, { from, to }: CareChunkRange) {
  const index = db.syncedTable(table).where('customerId')
  return (to === null ? index.aboveOrEqual(from) : index.between(from, to, true, false)).toArray()
}

/**
 * One chunk of the queue: the rules over its customers, less the occasions already planned or
 * decided. As a live query it is re-run when a record of one of its customers changes (the
 * customer, a product, a complaint, a task, a decision), and only then.
 */
export function loadCareQueueChunk(range: CareChunkRange, context: CareRuleContext): Promise<CareChunk> {
  const tables = [db.customers, db.ownedProducts, db.complaints, db.interactions, db.careTasks, db.careDecisions]
  return db.transaction('r', tables, async () => {
    const customers = (await customersIn(range).toArray()).filter(isCurrentCustomer)
    const cutoff = serviceFollowUpCutoff(context)
    // Only a recent last contact can be a repair still waiting for its call: a few customers per chunk.
    const recentContacts = customers.flatMap((customer) =>
      customer.lastContactAt !== null && customer.lastContactAt >= cutoff ? [[customer.id, customer.lastContactAt]] : []
    )
    const [products, complaints, latestContacts, tasks, decisions] = await Promise.all([
      ofChunkCustomers('ownedProducts', range),
      ofChunkCustomers('complaints', range),
      recentContacts.length === 0 ? [] : db.interactions.where('[customerId+occurredAt]').anyOf(recentContacts).toArray(),
      ofChunkCustomers('careTasks', range),
      ofChunkCustomers('careDecisions', range)
    ])
    const { suggestions, tally } = careCandidates({ customers, products, complaints, latestContacts }, context)
    return { suggestions: resolveCareSuggestions(suggestions, tasks, decisions, context.today), tally }
  })
}

/** What a suggestion needs to become a task or a decision. */
export type CareOccasionRef = Pick<CareSuggestion, 'occasionKey' | 'customerId' | 'date'>

async function requireCurrentCustomer(customerId: string): Promise<Customer> {
  const customer = await db.customers.get(customerId)
  if (customer === undefined) throw new RecordNotFoundError('customers', customerId)
  if (!isCurrentCustomer(customer)) throw new Error(`Customer ${customerId} is deleted or merged`)
  return customer
}

async function activeStaffIds(): Promise<ReadonlySet<string>> {
  const staff = await db.staff.toArray()
  return new Set(staff.filter((member) => isLive(member) && member.active).map((member) => member.id))
}

/**
 * When these staff are already booked from `fromDate` on, as busy spans for the slot search:
 * planned tasks only (done, missed and cancelled ones free their time, as the calendar's clash
 * check has it), the dates of recurring series included.
 */
async function busySpans(staffIds: ReadonlySet<string>, fromDate: string, timeZone?: string): Promise<ReadonlyMap<string, readonly BusySpan[]>> {
  const busy = new Map<string, BusySpan[]>()
  if (staffIds.size === 0) return busy
  const { first, last } = slotSearchDays(fromDate)
  const range = widenedRange({ from: first, to: last })
  const from = shopInstant(range.from, { hour: 0, minute: 0 }, timeZone).toISOString()
  const to = shopInstant(addDays(range.to, 1), { hour: 0, minute: 0 }, timeZone).toISOString()
  const isOurs = (task: CareTask): boolean => task.staffId !== null && staffIds.has(task.staffId)
  const [oneOffs, series] = await Promise.all([
    Promise.all([...staffIds].map((staffId) => db.careTasks.where('[staffId+startAt]').between([staffId, from], [staffId, to], true, false).toArray())),
    db.careTasks
      .where('[status+startAt]')
      .between(['planned', Dexie.minKey], ['planned', to], true, false)
      .filter((task) => task.deletedAt === null && isRecurring(task.recurrence) && isOurs(task))
      .toArray()
  ])
  // The records that took over dates of a series: the series skips those dates.
  const exceptions = await Promise.all(
    series.map((task) =>
      db.careTasks.where('occasionKey').between(seriesOccurrenceKey(task.id, range.from), seriesOccurrenceKey(task.id, range.to), true, true).toArray()
    )
  )
  const tasks = [...new Map([...oneOffs.flat(), ...series, ...exceptions.flat()].map((task) => [task.id, task])).values()]
  for (const occurrence of occurrencesInRange(tasks, range, timeZone)) {
    const { task } = occurrence
    if (task.deletedAt !== null || task.status !== 'planned' || task.staffId === null || !staffIds.has(task.staffId)) continue
    const spans = busy.get(task.staffId) ?? []
    spans.push({ start: Date.parse(occurrence.startAt), end: Date.parse(occurrence.endAt) })
    busy.set(task.staffId, spans)
  }
  return busy
}

const liveTaskFor = (occasionKey: string): Promise<CareTask | undefined> =>
  db.careTasks.where('occasionKey').equals(occasionKey).filter(isLive).first()

export interface AcceptOptions {
  /** The task's purpose, in the words of whoever is at the desk (stored text, shown as it is). */
  readonly purpose: string
  /** Default: what the customer's preferred channel calls for. */
  readonly method?: CareMethod
  readonly now: Date
  readonly timeZone?: string
}

/**
 * Accepts a suggestion: a planned task for its occasion, for the customer's owner (or whoever
 * is at the desk), on the occasion's day (today, for one that has passed) at the first free
 * slot from 10:00. Accepting an occasion that already has a task returns that task: a double
 * click plans one call, not two.
 */
export function acceptCareSuggestion(occasion: CareOccasionRef, options: AcceptOptions, actor: Actor): Promise<CareTask> {
  return db.transaction('rw', [db.customers, db.staff, db.careTasks, db.auditLog, db.meta], async () => {
    const existing = await liveTaskFor(occasion.occasionKey)
    if (existing !== undefined) return existing
    const customer = await requireCurrentCustomer(occasion.customerId)
    const staffId = careAssignee(customer.ownerId, await activeStaffIds(), actor.staffId)
    const method = options.method ?? METHOD_FOR_CHANNEL[customer.preferredChannel]
    const fromDate = contactDay(occasion.date, todayInShop(options.now, options.timeZone))
    const request: SlotRequest = { staffId, minutes: DURATION_FOR_METHOD[method], fromDate }
    const busy = staffId === null ? new Map<string, readonly BusySpan[]>() : await busySpans(new Set([staffId]), fromDate, options.timeZone)
    const [startAt = options.now.toISOString()] = planSlots([request], busy, { earliest: options.now.getTime(), timeZone: options.timeZone })
    const task = plannedCareTask({ customerId: customer.id, purpose: options.purpose, method, startAt, staffId, occasionKey: occasion.occasionKey })
    return createRecord('careTasks', task, actor)
  })
}

export type CareDecisionResult = { readonly ok: true; readonly decision: CareDecision } | { readonly ok: false; readonly error: CareDecisionProblem }

/**
 * Every snooze or dismissal is a record of its own (the newest on an occasion counts), so
 * undoing one brings back whatever was decided before it.
 */
function decide(occasion: CareOccasionRef, decision: CareDecision['decision'], until: string | null, reason: string, actor: Actor): Promise<CareDecision> {
  return db.transaction('rw', [db.customers, db.careDecisions, db.auditLog, db.meta], async () => {
    await requireCurrentCustomer(occasion.customerId)
    return createRecord('careDecisions', { occasionKey: occasion.occasionKey, customerId: occasion.customerId, decision, until, reason: reason.trim() }, actor)
  })
}

/** Hides the suggestion until `until` (yyyy-mm-dd, after today), when it comes back if it still applies. */
export async function snoozeCareSuggestion(
  occasion: CareOccasionRef,
  { until, reason = '', today }: { readonly until: string; readonly reason?: string; readonly today: string },
  actor: Actor
): Promise<CareDecisionResult> {
  const problem = snoozeProblem(until, today)
  if (problem !== null) return { ok: false, error: problem }
  return { ok: true, decision: await decide(occasion, 'snoozed', until, reason, actor) }
}

/** Drops the suggestion for good (for this occasion); the reason is required. */
export async function dismissCareSuggestion(occasion: CareOccasionRef, reason: string, actor: Actor): Promise<CareDecisionResult> {
  const problem = dismissProblem(reason)
  if (problem !== null) return { ok: false, error: problem }
  return { ok: true, decision: await decide(occasion, 'dismissed', null, reason, actor) }
}

/** Undoes a snooze or dismissal just made (a tombstone: the undo travels with an export too). */
export const undoCareDecision = (decisionId: string, actor: Actor): Promise<CareDecision> => removeRecord('careDecisions', decisionId, actor)

/** Undoes an accept just made: the task goes (as a tombstone) and the suggestion comes back. */
export const undoAcceptedCareTask = (taskId: string, actor: Actor): Promise<CareTask> => removeRecord('careTasks', taskId, actor)

/** The segment's candidates through the most selective index the campaign allows. */
function segmentCustomers(campaign: CareCampaign): Promise<readonly Customer[]> {
  const { tag, ownerId, tiers } = campaign.segment
  const collection =
    tag !== null
      ? db.customers.where('tags').equals(tag)
      : ownerId !== null
        ? db.customers.where('ownerId').equals(ownerId)
        : db.customers.where('tier').anyOf([...tiers])
  return collection.filter((customer) => isCurrentCustomer(customer) && isInSegment(customer, campaign.segment)).toArray()
}

const TIER_ORDER: Readonly<Record<Tier, number>> = { A: 0, B: 1, C: 2, D: 3 }

async function selectForCampaign(campaign: CareCampaign) {
  const customers = [...(await segmentCustomers(campaign))].sort(
    (a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0)
  )
  const ids = customers.map((customer) => customer.id)
  const keys = customers.map((customer) => campaignOccasionKey(customer.id, campaign.occasion))
  const [tasks, complaints] = await Promise.all([
    keys.length === 0 ? [] : db.careTasks.where('occasionKey').anyOf(keys).filter(isLive).toArray(),
    ids.length === 0 ? [] : db.complaints.where('customerId').anyOf(ids).toArray()
  ])
  const planned = new Set(tasks.flatMap((task) => (task.occasionKey === null ? [] : [task.occasionKey])))
  return selectCampaignCustomers(customers, campaign, planned, complaints)
}

export interface CampaignPreview {
  readonly willCreate: number
  readonly skipped: { readonly alreadyPlanned: number; readonly noConsent: number; readonly openComplaint: number }
}

/** How many tasks the campaign would plan and whom it would skip, without planning anything. */
export function previewCareCampaign(campaign: CareCampaign): Promise<CampaignPreview> {
  return db.transaction('r', [db.customers, db.careTasks, db.complaints], async () => {
    const { targets, skipped } = await selectForCampaign(campaign)
    return { willCreate: targets.length, skipped }
  })
}

export interface CampaignReport extends CampaignPreview {
  readonly created: number
  /** The first and last planned start (ISO), or null when nothing was planned. */
  readonly firstStartAt: string | null
  readonly lastStartAt: string | null
}

export class InvalidCampaignError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The campaign cannot run: ${problems.join(', ')}`)
    this.name = 'InvalidCampaignError'
  }
}

/**
 * Runs a campaign: one planned task per customer of the segment, all in one transaction (all
 * or none), better tiers first into the earliest free slots of their owner's day, spilling into
 * the following days when a day is full.
 */
export function runCareCampaign(campaign: CareCampaign, { now, timeZone }: { readonly now: Date; readonly timeZone?: string }, actor: Actor): Promise<CampaignReport> {
  const problems = campaignProblems(campaign, todayInShop(now, timeZone))
  if (problems.length > 0) return Promise.reject(new InvalidCampaignError(problems))
  return db.transaction('rw', [db.customers, db.complaints, db.staff, db.careTasks, db.auditLog, db.meta], async () => {
    const { targets, skipped } = await selectForCampaign(campaign)
    const active = await activeStaffIds()
    const assignees = targets.map(({ customer }) => careAssignee(customer.ownerId, active, actor.staffId))
    const staffIds = new Set(assignees.flatMap((staffId) => (staffId === null ? [] : [staffId])))
    const busy = await busySpans(staffIds, campaign.contactDate, timeZone)
    const minutes = DURATION_FOR_METHOD[campaign.method]
    const starts = planSlots(
      assignees.map((staffId) => ({ staffId, minutes, fromDate: campaign.contactDate })),
      busy,
      { earliest: now.getTime(), timeZone }
    )
    for (const [index, { customer, occasionKey }] of targets.entries()) {
      const startAt = starts[index] ?? now.toISOString()
      const task = plannedCareTask({
        customerId: customer.id,
        purpose: campaign.purpose.trim(),
        method: campaign.method,
        startAt,
        staffId: assignees[index] ?? null,
        occasionKey
      })
      await createRecord('careTasks', task, actor)
    }
    const sorted = [...starts].sort()
    return {
      willCreate: targets.length,
      created: targets.length,
      skipped,
      firstStartAt: sorted[0] ?? null,
      lastStartAt: sorted.at(-1) ?? null
    }
  })
}
