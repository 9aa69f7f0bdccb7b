/*
 * What happens to a care task: planned, then done (with how it went and the customer's score),
 * missed or cancelled; moved to another time with a reason kept; edited. Everything is pure:
 * `now` comes in, content goes out, and a refusal is a value saying why.
 *
 * A planned task can be done, missed, cancelled, moved or edited. A missed one can still be
 * moved (which plans it again); done and cancelled ones are history and stay as they are.
 *
 * For a recurring task, acting on one date makes a record of that date alone (an exception,
 * see schedule.ts) and the series carries on; "cancel the series" ends it instead.
 *
 * A complaint's follow-up call (回访) is a care task, but whether it was made is the
 * complaint's to say: its score is the complaint's satisfaction score. So it can be moved or
 * edited here, and is marked done or dropped from the complaint.
 */
import { CARE_METHODS, type CareMethod, type CareTask, type Recurrence } from './care-task'
import { SATISFACTION_SCORE_RANGE } from './complaint-lifecycle'
import { addDays, todayInShop } from './days'
import type { Interaction, InteractionKind } from './interaction'
import type { RecordContent } from './record'
import { firstDateOnOrAfter, isRecurrenceDate, isRecurring, NO_RECURRENCE, recurrenceError, type RecurrenceError } from './recurrence'
import { seriesOccurrenceKey, shopWallClock, wallClockInstant } from './schedule'

export type CareTaskError =
  | RecurrenceError
  | 'customer-required'
  | 'purpose-required'
  | 'purpose-too-long'
  | 'method-invalid'
  | 'start-invalid'
  | 'duration-invalid'
  /** The task is done or cancelled (or missed, for anything but a move): it is history now. */
  | 'not-planned'
  /** A complaint's follow-up call is marked done or dropped on the complaint, and stays with its customer. */
  | 'complaint-follow-up'
  | 'score-out-of-range'
  | 'reason-required'
  | 'same-time'
  /** The date given is not one of the series' dates, or was dealt with already. */
  | 'not-an-occurrence'
  | 'follow-up-purpose-required'
  | 'follow-up-start-invalid'

export type TaskChange<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CareTaskError }

const ok = <T>(value: T): TaskChange<T> => ({ ok: true, value })
const refuse = <T>(error: CareTaskError): TaskChange<T> => ({ ok: false, error })

export const MAX_PURPOSE_LENGTH = 200

/** 1 minute to a whole day: longer than a day is not a visit. */
export const DURATION_RANGE = { min: 1, max: 24 * 60 } as const

/** The follow-up a done task asks for: a week on, the same way of contact. */
export const FOLLOW_UP_AFTER_DAYS = 7

/** What the task form gives. `startAt` is an ISO instant; the staff id '' means nobody. */
export interface TaskDraft {
  readonly customerId: string
  readonly purpose: string
  readonly method: CareMethod
  readonly startAt: string
  readonly durationMinutes: number
  readonly staffId: string | null
  readonly recurrence: Recurrence
  readonly notes: string
}

/** Where a task came from, when it was not planned by hand. */
export interface TaskLinks {
  readonly occasionKey: string | null
  readonly complaintId: string | null
}

const NO_LINKS: TaskLinks = { occasionKey: null, complaintId: null }

const isValidInstant = (text: string): boolean => /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(new Date(text).getTime())

/** Why the draft cannot be saved, or null. */
export function taskDraftError(draft: TaskDraft, timeZone?: string): CareTaskError | null {
  if (draft.customerId.trim() === '') return 'customer-required'
  const purpose = draft.purpose.trim()
  if (purpose === '') return 'purpose-required'
  if (purpose.length > MAX_PURPOSE_LENGTH) return 'purpose-too-long'
  if (!CARE_METHODS.includes(draft.method)) return 'method-invalid'
  if (!isValidInstant(draft.startAt)) return 'start-invalid'
  const { min, max } = DURATION_RANGE
  if (!Number.isInteger(draft.durationMinutes) || draft.durationMinutes < min || draft.durationMinutes > max) return 'duration-invalid'
  return recurrenceError(draft.recurrence, shopWallClock(draft.startAt, timeZone).date)
}

/**
 * Where a series really starts: its first date on or after the date chosen, at the time
 * chosen. Only "the 2nd Tuesday" can differ from the chosen day; every other kind starts on it.
 */
function seriesStart(startAt: string, recurrence: Recurrence, timeZone?: string): string {
  if (recurrence.kind !== 'nth-weekday') return startAt
  const wall = shopWallClock(startAt, timeZone)
  const first = firstDateOnOrAfter(wall.date, recurrence, wall.date)
  return first === null || first === wall.date ? startAt : wallClockInstant({ ...wall, date: first }, timeZone)
}

const staffOrNull = (staffId: string | null): string | null => (staffId === '' ? null : staffId)

/** The fields of a draft as stored: trimmed, nobody as null, a series starting on its first date. */
function draftFields(draft: TaskDraft, timeZone?: string) {
  return {
    customerId: draft.customerId,
    purpose: draft.purpose.trim(),
    method: draft.method,
    startAt: seriesStart(new Date(draft.startAt).toISOString(), draft.recurrence, timeZone),
    durationMinutes: draft.durationMinutes,
    staffId: staffOrNull(draft.staffId),
    recurrence: draft.recurrence,
    notes: draft.notes.trim()
  }
}

/** A new planned task from the form (or from a care suggestion accepted, with its occasion key). */
export function plannedTask(draft: TaskDraft, links: TaskLinks = NO_LINKS, timeZone?: string): TaskChange<RecordContent<CareTask>> {
  const error = taskDraftError(draft, timeZone)
  if (error !== null) return refuse(error)
  return ok({
    ...draftFields(draft, timeZone),
    status: 'planned',
    outcome: '',
    satisfactionScore: null,
    followUpNeeded: false,
    occasionKey: links.occasionKey,
    complaintId: links.complaintId,
    rescheduleHistory: []
  })
}

const needsReason = (reason: string): boolean => reason.trim() === ''

/**
 * The task edited from the form. Moving it (a new start) needs a reason, kept in its history
 * with when it was moved; for a series that moves every date still to come.
 */
export function revisedTask(
  task: CareTask,
  draft: TaskDraft,
  { reason, now }: { readonly reason: string; readonly now: Date },
  timeZone?: string
): TaskChange<RecordContent<CareTask>> {
  if (task.status !== 'planned') return refuse('not-planned')
  if (task.complaintId !== null && draft.customerId !== task.customerId) return refuse('complaint-follow-up')
  const error = taskDraftError(draft, timeZone)
  if (error !== null) return refuse(error)
  const fields = draftFields(draft, timeZone)
  const moved = fields.startAt !== task.startAt
  if (moved && needsReason(reason)) return refuse('reason-required')
  const history = moved
    ? [...task.rescheduleHistory, { from: task.startAt, to: fields.startAt, reason: reason.trim(), at: now.toISOString() }]
    : task.rescheduleHistory
  return ok({ ...contentOf(task), ...fields, rescheduleHistory: history })
}

/** The record's content, metadata left out, so a change never carries stamps by accident. */
function contentOf(task: CareTask): RecordContent<CareTask> {
  return {
    customerId: task.customerId,
    purpose: task.purpose,
    method: task.method,
    startAt: task.startAt,
    durationMinutes: task.durationMinutes,
    staffId: task.staffId,
    status: task.status,
    outcome: task.outcome,
    notes: task.notes,
    satisfactionScore: task.satisfactionScore,
    followUpNeeded: task.followUpNeeded,
    recurrence: task.recurrence,
    occasionKey: task.occasionKey,
    complaintId: task.complaintId,
    rescheduleHistory: task.rescheduleHistory
  }
}

/** The occurrence an action is about: the task itself, or one date of a series. */
export interface ActedOccurrence {
  readonly startAt: string
  /** The series date, for a series; null for a one-off task. */
  readonly seriesDate: string | null
}

/** The occurrence on `date` (a series) or the task itself (a one-off, whatever the date says). */
export function occurrenceToActOn(task: CareTask, date: string | null, timeZone?: string): TaskChange<ActedOccurrence> {
  if (!isRecurring(task.recurrence)) return ok({ startAt: task.startAt, seriesDate: null })
  const wall = shopWallClock(task.startAt, timeZone)
  if (date === null || !isRecurrenceDate(wall.date, task.recurrence, date)) return refuse('not-an-occurrence')
  return ok({ startAt: wallClockInstant({ ...wall, date }, timeZone), seriesDate: date })
}

/**
 * The record of one occurrence: for a one-off the task itself; for a series a new one-off
 * taking over its date, with nothing of the series' history (that is the series').
 */
function occurrenceRecord(task: CareTask, occurrence: ActedOccurrence): RecordContent<CareTask> {
  if (occurrence.seriesDate === null) return contentOf(task)
  return {
    ...contentOf(task),
    startAt: occurrence.startAt,
    recurrence: NO_RECURRENCE,
    occasionKey: seriesOccurrenceKey(task.id, occurrence.seriesDate),
    complaintId: null,
    rescheduleHistory: []
  }
}

export interface Completion {
  readonly outcome: string
  readonly notes: string
  /** 1–5, or null when the customer gave none (a card sent, say). */
  readonly score: number | null
  /** The next task, when a further follow-up is needed; null when none is. */
  readonly followUp: { readonly startAt: string; readonly purpose: string } | null
}

const scoreError = (score: number | null): CareTaskError | null => {
  const { min, max } = SATISFACTION_SCORE_RANGE
  return score === null || (Number.isInteger(score) && score >= min && score <= max) ? null : 'score-out-of-range'
}

const canChangeStatus = (task: CareTask): CareTaskError | null =>
  task.status !== 'planned' ? 'not-planned' : task.complaintId !== null ? 'complaint-follow-up' : null

/**
 * The occurrence, done: how it went, the score, and whether a follow-up is needed. The
 * follow-up itself is made from the stored done task (it points back at it), by `followUpTask`.
 */
export function completedTask(task: CareTask, occurrence: ActedOccurrence, completion: Completion): TaskChange<RecordContent<CareTask>> {
  const error =
    canChangeStatus(task) ??
    scoreError(completion.score) ??
    (completion.followUp !== null && completion.followUp.purpose.trim() === '' ? 'follow-up-purpose-required' : null) ??
    (completion.followUp !== null && !isValidInstant(completion.followUp.startAt) ? 'follow-up-start-invalid' : null)
  if (error !== null) return refuse(error)
  return ok({
    ...occurrenceRecord(task, occurrence),
    status: 'done',
    outcome: completion.outcome.trim(),
    notes: completion.notes.trim(),
    satisfactionScore: completion.score,
    followUpNeeded: completion.followUp !== null
  })
}

/** The occasion key of the task planned as the follow-up of another. */
export const followUpKey = (taskId: string): string => `follow-up:${taskId}`

/** The task a follow-up came from, or null. */
export const followedUpTaskId = (occasionKey: string | null): string | null =>
  occasionKey?.startsWith('follow-up:') ? occasionKey.slice('follow-up:'.length) : null

/** The next task a done one asked for: same customer, way of contact, length and staff. */
export function followUpTask(done: CareTask, followUp: { readonly startAt: string; readonly purpose: string }): RecordContent<CareTask> {
  return {
    customerId: done.customerId,
    purpose: followUp.purpose.trim(),
    method: done.method,
    startAt: new Date(followUp.startAt).toISOString(),
    durationMinutes: done.durationMinutes,
    staffId: done.staffId,
    status: 'planned',
    outcome: '',
    notes: '',
    satisfactionScore: null,
    followUpNeeded: false,
    recurrence: NO_RECURRENCE,
    occasionKey: followUpKey(done.id),
    complaintId: null,
    rescheduleHistory: []
  }
}

/** When the follow-up is suggested: a week after the task (or after today, when it was done late), same time. */
export function defaultFollowUpStart(occurrenceStartAt: string, now: Date, timeZone?: string): string {
  const wall = shopWallClock(occurrenceStartAt, timeZone)
  const today = todayInShop(now, timeZone)
  const from = wall.date > today ? wall.date : today
  return wallClockInstant({ ...wall, date: addDays(from, FOLLOW_UP_AFTER_DAYS) }, timeZone)
}

/** The occurrence missed (nobody reached) or cancelled, with an optional note of why. */
export function closedTask(
  task: CareTask,
  occurrence: ActedOccurrence,
  status: 'missed' | 'cancelled',
  note: string
): TaskChange<RecordContent<CareTask>> {
  const error = canChangeStatus(task)
  if (error !== null) return refuse(error)
  const record = occurrenceRecord(task, occurrence)
  return ok({ ...record, status, outcome: note.trim() === '' ? record.outcome : note.trim() })
}

/**
 * The series ended before `date`: no dates from then on. Ended before it began, it is
 * cancelled; the dates already dealt with keep their own records either way.
 */
export function endedSeries(task: CareTask, date: string, timeZone?: string): TaskChange<RecordContent<CareTask>> {
  const error = canChangeStatus(task)
  if (error !== null) return refuse(error)
  const { recurrence } = task
  if (recurrence.kind === 'none') return refuse('not-an-occurrence')
  const until = addDays(date, -1)
  if (until < shopWallClock(task.startAt, timeZone).date) return ok({ ...contentOf(task), status: 'cancelled' })
  const earlier = recurrence.until !== null && recurrence.until < until ? recurrence.until : until
  return ok({ ...contentOf(task), recurrence: { ...recurrence, until: earlier } })
}

/**
 * The occurrence moved to `startAt`, the reason kept in its history. A missed task moved is
 * planned again. For a series only that date moves, as a record of its own.
 */
export function rescheduledTask(
  task: CareTask,
  occurrence: ActedOccurrence,
  { startAt, reason, now }: { readonly startAt: string; readonly reason: string; readonly now: Date }
): TaskChange<RecordContent<CareTask>> {
  if (task.status !== 'planned' && task.status !== 'missed') return refuse('not-planned')
  if (!isValidInstant(startAt)) return refuse('start-invalid')
  if (needsReason(reason)) return refuse('reason-required')
  const to = new Date(startAt).toISOString()
  if (to === occurrence.startAt) return refuse('same-time')
  const record = occurrenceRecord(task, occurrence)
  return ok({
    ...record,
    startAt: to,
    status: 'planned',
    rescheduleHistory: [...record.rescheduleHistory, { from: occurrence.startAt, to, reason: reason.trim(), at: now.toISOString() }]
  })
}

/**
 * What a done task leaves in the customer's interactions, so "last contact" counts it like a
 * logged call: a visit, gift or event as a visit, a call as a call that got through, a message
 * or letter as a message (which, like any message, is not counted as being in touch). Dated
 * at the task's start, or now when it was marked done before its time.
 */
const INTERACTION_OF_METHOD: Readonly<Record<CareMethod, InteractionKind>> = {
  visit: 'visit',
  call: 'call',
  message: 'message',
  letter: 'message',
  gift: 'visit',
  event: 'visit'
}

export function taskInteraction(done: CareTask, now: Date): RecordContent<Interaction> {
  const kind = INTERACTION_OF_METHOD[done.method]
  const nowIso = now.toISOString()
  return {
    customerId: done.customerId,
    kind,
    occurredAt: done.startAt < nowIso ? done.startAt : nowIso,
    staffId: done.staffId,
    summary: done.outcome === '' ? done.purpose : `${done.purpose}: ${done.outcome}`,
    callOutcome: kind === 'call' ? 'reached' : null,
    amount: null,
    productId: null,
    taskId: done.id,
    complaintId: null
  }
}
