/**
 * Visits, calls and other planned contacts: the calendar's reads and the task screens' writes.
 * The rules are in @shared/domain (care-task-lifecycle, schedule, task-clash); this gathers
 * what they need through the indexes, and writes each action in one transaction, so a refused
 * or failed one leaves the database as it was.
 */
import { Dexie } from 'dexie'
import type { CareTask } from '@shared/domain/care-task'
import {
  closedTask,
  completedTask,
  endedSeries,
  followedUpTaskId,
  followUpKey,
  followUpTask,
  occurrenceToActOn,
  plannedTask,
  rescheduledTask,
  revisedTask,
  taskInteraction,
  type CareTaskError,
  type Completion,
  type TaskChange,
  type TaskDraft,
  type TaskLinks
} from '@shared/domain/care-task-lifecycle'
import type { Customer } from '@shared/domain/customer'
import { addDays, shopInstant } from '@shared/domain/days'
import type { RecordContent } from '@shared/domain/record'
import { isRecurring } from '@shared/domain/recurrence'
import {
  occurrencesInRange,
  parseSeriesOccurrenceKey,
  seriesOccurrenceKey,
  shopWallClock,
  widenedRange,
  type TaskOccurrence
} from '@shared/domain/schedule'
import { clashWindow, findTaskClash, type ClashCandidate, type ClashOptions, type TaskClash } from '@shared/domain/task-clash'
import { db } from '../db'
import { createRecord, RecordNotFoundError, reviseRecord, type Actor } from '../records'
import { requireCurrentCustomer } from './customer-actions'
import { interactionsRepository } from './interactions'
import { createRecordRepository } from './record-repository'

/** Visits, calls and other planned contacts. */
export const careTasksRepository = createRecordRepository('careTasks')

/** Shop dates, 'yyyy-mm-dd', both included. */
export interface DateRange {
  readonly from: string
  readonly to: string
}

/** One occurrence on the calendar, with the customer it is for (null if the record is gone). */
export interface ScheduledTask extends TaskOccurrence<CareTask> {
  readonly customer: Customer | null
}

/** The clash that refused a booking, with the name of the other booking's customer to explain it. */
export interface ExplainedClash extends TaskClash<CareTask> {
  readonly customerName: string
}

export type TaskWriteRefusal =
  | { readonly ok: false; readonly error: CareTaskError }
  | { readonly ok: false; readonly error: 'clash'; readonly clash: ExplainedClash }

export type TaskWrite<T> = { readonly ok: true; readonly value: T } | TaskWriteRefusal

const taskWriteTables = () => [db.careTasks, db.customers, db.interactions, db.auditLog, db.meta]

/** The instant the shop's day starts. */
const dayStart = (date: string): string => shopInstant(date, { hour: 0, minute: 0 }).toISOString()

/* ------------------------------------------------------------------ reads */

/** Live planned series (their first date before `before`), of one member of staff or everyone's. */
function loadSeries(before: string, staffId: string | undefined): Promise<CareTask[]> {
  return db.careTasks
    .where('[status+startAt]')
    .between(['planned', Dexie.minKey], ['planned', before], true, false)
    .filter((task) => task.deletedAt === null && isRecurring(task.recurrence) && (staffId === undefined || task.staffId === staffId))
    .toArray()
}

/** The records that took over dates of these series within the range: the series skip those dates. */
async function loadExceptions(seriesIds: readonly string[], range: DateRange): Promise<CareTask[]> {
  const lists = await Promise.all(
    seriesIds.map((id) =>
      db.careTasks.where('occasionKey').between(seriesOccurrenceKey(id, range.from), seriesOccurrenceKey(id, range.to), true, true).toArray()
    )
  )
  return lists.flat()
}

const uniqueById = (tasks: readonly CareTask[]): CareTask[] => [...new Map(tasks.map((task) => [task.id, task])).values()]

/** Every live task that may have an occurrence on the dates given, series and their exceptions included. */
async function loadTasksNear(range: DateRange, staffId: string | undefined, alsoSeries: readonly string[] = []): Promise<CareTask[]> {
  const from = dayStart(range.from)
  const to = dayStart(addDays(range.to, 1))
  const oneOffs =
    staffId === undefined
      ? db.careTasks.where('startAt').between(from, to, true, false)
      : db.careTasks.where('[staffId+startAt]').between([staffId, from], [staffId, to], true, false)
  const [starting, series] = await Promise.all([oneOffs.toArray(), loadSeries(to, staffId)])
  const exceptions = await loadExceptions([...new Set([...series.map((task) => task.id), ...alsoSeries])], range)
  return uniqueById([...starting, ...series, ...exceptions]).filter((task) => task.deletedAt === null)
}

/** Shop dates [from, to], both included ('yyyy-mm-dd'), and one member of staff or (left out) everyone. */
export interface TaskQuery {
  readonly from: string
  readonly to: string
  readonly staffId?: string
}

/** The occurrences of listTasksInRange without their customers (the care report reads the same from its fact bundles). */
export async function listTaskOccurrences({ from, to, staffId }: TaskQuery): Promise<readonly TaskOccurrence<CareTask>[]> {
  const tasks = await loadTasksNear({ from, to }, staffId)
  return occurrencesInRange(tasks, { from, to }).filter((occurrence) => staffId === undefined || occurrence.task.staffId === staffId)
}

/**
 * Every occurrence starting on the shop dates [from, to] (both included, 'yyyy-mm-dd'), of one
 * member of staff or (staffId left out) everyone's, by start time: one-off tasks of every
 * status and each date of a planned series, with the customer each is for. Tasks that are
 * deleted are left out. This is what the calendar and the day sheet show.
 */
export function listTasksInRange({ from, to, staffId }: TaskQuery): Promise<readonly ScheduledTask[]> {
  return db.transaction('r', [db.careTasks, db.customers], async () => {
    const occurrences = await listTaskOccurrences({ from, to, staffId })
    const customerIds = [...new Set(occurrences.map((occurrence) => occurrence.task.customerId))]
    const customers = await db.customers.bulkGet(customerIds)
    const byId = new Map(customers.flatMap((customer) => (customer ? [[customer.id, customer] as const] : [])))
    return occurrences.map((occurrence) => ({ ...occurrence, customer: byId.get(occurrence.task.customerId) ?? null }))
  })
}

/** A task with what its page shows beside it. */
export interface TaskDetails {
  readonly task: CareTask
  readonly customer: Customer | null
  /** The task planned as this one's follow-up, if any. */
  readonly followUp: CareTask | null
  /** The task this one follows up, if any. */
  readonly followedUp: CareTask | null
  /** For a record that took over a date of a series: the series. */
  readonly series: CareTask | null
  /** For a series: the live records that took over its dates, by date. */
  readonly exceptions: readonly CareTask[]
}

/** The task (deleted or not) and its neighbours; null when there is no such record. */
export function getTaskDetails(id: string): Promise<TaskDetails | null> {
  return db.transaction('r', [db.careTasks, db.customers], async () => {
    const task = await db.careTasks.get(id)
    if (task === undefined) return null
    const followedUpId = followedUpTaskId(task.occasionKey)
    const seriesId = parseSeriesOccurrenceKey(task.occasionKey)?.seriesId ?? null
    const [customer, followUp, followedUp, series, exceptions] = await Promise.all([
      db.customers.get(task.customerId),
      db.careTasks.where('occasionKey').equals(followUpKey(id)).filter((other) => other.deletedAt === null).first(),
      followedUpId === null ? undefined : db.careTasks.get(followedUpId),
      seriesId === null ? undefined : db.careTasks.get(seriesId),
      isRecurring(task.recurrence)
        ? db.careTasks.where('occasionKey').startsWith(`series:${id}:`).filter((other) => other.deletedAt === null).toArray()
        : []
    ])
    return {
      task,
      customer: customer ?? null,
      followUp: followUp ?? null,
      followedUp: followedUp ?? null,
      series: series ?? null,
      exceptions: exceptions.sort((a, b) => (a.occasionKey ?? '').localeCompare(b.occasionKey ?? ''))
    }
  })
}

/* ----------------------------------------------------------------- writes */

/** Call inside the write's transaction. */
async function requireLiveTask(id: string): Promise<CareTask> {
  const task = await db.careTasks.get(id)
  if (task === undefined) throw new RecordNotFoundError('careTasks', id)
  if (task.deletedAt !== null) throw new Error(`Care task ${id} is deleted: restore it before changing it`)
  return task
}

/**
 * The first clash of a booking with this member of staff's other planned tasks, or null. Call
 * inside the write's transaction, so nothing is booked between the check and the write.
 */
async function clashOf(candidate: ClashCandidate, options: ClashOptions = {}): Promise<ExplainedClash | null> {
  if (candidate.staffId === null || candidate.status !== 'planned') return null
  const window = widenedRange(clashWindow(candidate, options))
  const others = await loadTasksNear(window, candidate.staffId, candidate.id === undefined ? [] : [candidate.id])
  const clash = findTaskClash(candidate, others, options)
  if (clash === null) return null
  const customer = await db.customers.get(clash.task.customerId)
  return { ...clash, customerName: customer?.name ?? '' }
}

const refusedBy = (clash: ExplainedClash): TaskWriteRefusal => ({ ok: false, error: 'clash', clash })

/** Writes a change the domain allowed and no clash stands in the way of; otherwise says why. */
async function unlessClash<T>(
  change: TaskChange<RecordContent<CareTask>>,
  candidate: (content: RecordContent<CareTask>) => ClashCandidate,
  write: (content: RecordContent<CareTask>) => Promise<T>,
  options?: ClashOptions
): Promise<TaskWrite<T>> {
  if (!change.ok) return change
  const clash = await clashOf(candidate(change.value), options)
  if (clash !== null) return refusedBy(clash)
  return { ok: true, value: await write(change.value) }
}

/**
 * Plans a task for a current customer (not deleted, not merged). Refused with the clash when
 * its member of staff is already booked then. `links` carry the care suggestion it came from.
 */
export function createTask(draft: TaskDraft, actor: Actor, links?: TaskLinks): Promise<TaskWrite<CareTask>> {
  return db.transaction('rw', taskWriteTables(), async () => {
    await requireCurrentCustomer(draft.customerId)
    return unlessClash(
      plannedTask(draft, links),
      (content) => content,
      (content) => createRecord('careTasks', content, actor)
    )
  })
}

/** Edits a planned task from the form; a new start needs a reason (kept in its history). */
export function updateTask(id: string, draft: TaskDraft, reason: string, actor: Actor, now: Date): Promise<TaskWrite<CareTask>> {
  return db.transaction('rw', taskWriteTables(), async () => {
    const task = await requireLiveTask(id)
    if (draft.customerId !== task.customerId) await requireCurrentCustomer(draft.customerId)
    return unlessClash(
      revisedTask(task, draft, { reason, now }),
      (content) => ({ ...content, id }),
      (content) => reviseRecord('careTasks', id, (current) => ({ ...current, ...content }), actor)
    )
  })
}

/** Which occurrence an action is about: `date` picks one date of a series and is ignored for a one-off task. */
export interface OccurrenceChoice {
  readonly date: string | null
}

/**
 * Writes an occurrence's new record: a one-off task is revised; a series gets a new record
 * for that date (unless one has already taken it).
 */
async function writeOccurrence(task: CareTask, content: RecordContent<CareTask>, actor: Actor): Promise<CareTask> {
  if (!isRecurring(task.recurrence)) return reviseRecord('careTasks', task.id, (current) => ({ ...current, ...content }), actor)
  return createRecord('careTasks', content, actor)
}

/** Call inside the write's transaction: the occurrence, refused when it is not one or another record has taken its date. */
async function occurrenceOf(task: CareTask, { date }: OccurrenceChoice) {
  const occurrence = occurrenceToActOn(task, date)
  if (!occurrence.ok || occurrence.value.seriesDate === null) return occurrence
  const taken = await db.careTasks
    .where('occasionKey')
    .equals(seriesOccurrenceKey(task.id, occurrence.value.seriesDate))
    .filter((other) => other.deletedAt === null)
    .count()
  return taken > 0 ? DATE_TAKEN : occurrence
}

const DATE_TAKEN: TaskChange<never> = { ok: false, error: 'not-an-occurrence' }

/** Moves an occurrence (for a series, that date only) with a reason; refused with the clash when the new time is taken. */
export function rescheduleTask(
  id: string,
  { date, startAt, reason }: OccurrenceChoice & { readonly startAt: string; readonly reason: string },
  actor: Actor,
  now: Date
): Promise<TaskWrite<CareTask>> {
  return db.transaction('rw', taskWriteTables(), async () => {
    const task = await requireLiveTask(id)
    const occurrence = await occurrenceOf(task, { date })
    if (!occurrence.ok) return occurrence
    const { seriesDate } = occurrence.value
    return unlessClash(
      rescheduledTask(task, occurrence.value, { startAt, reason, now }),
      (content) => (seriesDate === null ? { ...content, id } : content),
      (content) => writeOccurrence(task, content, actor),
      // A date of a series moved away no longer holds its old slot.
      seriesDate === null ? {} : { ignore: { taskId: id, date: seriesDate } }
    )
  })
}

export interface CompletedTask {
  /** The done record: the task itself, or for a series the new record of that date. */
  readonly task: CareTask
  /** The next task planned, when a follow-up was needed. */
  readonly followUp: CareTask | null
}

/**
 * Marks an occurrence done with how it went and the customer's score, and plans the follow-up
 * when one is needed (refused with the clash when its time is taken). The customer's last
 * contact follows, through the interaction the done task leaves (see taskInteraction).
 */
export function completeTask(
  id: string,
  { date, ...completion }: OccurrenceChoice & Completion,
  actor: Actor,
  now: Date
): Promise<TaskWrite<CompletedTask>> {
  return db.transaction('rw', taskWriteTables(), async () => {
    const task = await requireLiveTask(id)
    const occurrence = await occurrenceOf(task, { date })
    if (!occurrence.ok) return occurrence
    const change = completedTask(task, occurrence.value, completion)
    if (!change.ok) return change
    const { followUp } = completion
    if (followUp !== null) {
      // Checked before anything is written: the follow-up's content needs the done task's id, not its time.
      // The task being done frees its own slot, should the follow-up be set on top of it.
      const probe = followUpTask({ ...task, ...change.value }, followUp)
      const ownDate = occurrence.value.seriesDate ?? shopWallClock(task.startAt).date
      const clash = await clashOf(probe, { ignore: { taskId: id, date: ownDate } })
      if (clash !== null) return refusedBy(clash)
    }
    const done = await writeOccurrence(task, change.value, actor)
    await interactionsRepository.create(taskInteraction(done, now), actor)
    const next = followUp === null ? null : await createRecord('careTasks', followUpTask(done, followUp), actor)
    return { ok: true, value: { task: done, followUp: next } }
  })
}

/** Marks an occurrence missed: the customer was not reached. A note says why, if the clerk gives one. */
export function markMissed(id: string, { date, note }: OccurrenceChoice & { readonly note: string }, actor: Actor): Promise<TaskWrite<CareTask>> {
  return closeOccurrence(id, date, 'missed', note, actor)
}

/**
 * Cancels an occurrence, or with `wholeSeries` a series from that date on (what was done
 * before stays). A note says why, if the clerk gives one.
 */
export function cancelTask(
  id: string,
  { date, note, wholeSeries = false }: OccurrenceChoice & { readonly note: string; readonly wholeSeries?: boolean },
  actor: Actor
): Promise<TaskWrite<CareTask>> {
  return db.transaction('rw', taskWriteTables(), async () => {
    const task = await requireLiveTask(id)
    if (!wholeSeries || !isRecurring(task.recurrence)) return closeOccurrence(id, date, 'cancelled', note, actor)
    const occurrence = occurrenceToActOn(task, date)
    if (!occurrence.ok) return occurrence
    const change = endedSeries(task, occurrence.value.seriesDate ?? date ?? '')
    if (!change.ok) return change
    const value = await reviseRecord('careTasks', id, (current) => ({ ...current, ...change.value }), actor)
    return { ok: true, value }
  })
}

function closeOccurrence(id: string, date: string | null, status: 'missed' | 'cancelled', note: string, actor: Actor): Promise<TaskWrite<CareTask>> {
  return db.transaction('rw', taskWriteTables(), async () => {
    const task = await requireLiveTask(id)
    const occurrence = await occurrenceOf(task, { date })
    if (!occurrence.ok) return occurrence
    const change = closedTask(task, occurrence.value, status, note)
    if (!change.ok) return change
    return { ok: true, value: await writeOccurrence(task, change.value, actor) }
  })
}
