import type { CareMethod, CareTask } from './care-task'
import type { ContactChannel } from './customer'
import { addDays, parseIsoDate, shopInstant } from './days'
import type { RecordContent } from './record'

/*
 * Turning a care suggestion (or a campaign's customer) into a planned task: how to get in
 * touch, who does it, and when. The time is the first free slot in opening hours from a
 * sensible hour on the occasion's day, so accepting ten birthdays does not book the same
 * member of staff ten times at 10:00.
 */

/** How the customer likes to be reached decides how the task reaches them. */
export const METHOD_FOR_CHANNEL: Readonly<Record<ContactChannel, CareMethod>> = {
  phone: 'call',
  sms: 'message',
  wechat: 'message',
  email: 'message',
  letter: 'letter',
  visit: 'visit'
}

export const DURATION_FOR_METHOD: Readonly<Record<CareMethod, number>> = {
  call: 30,
  message: 30,
  letter: 30,
  visit: 60,
  gift: 60,
  event: 120
}

/** Opening hours, and the hour a planned contact starts when that is free (not at opening, when the desk is busiest). */
export const CARE_HOURS = { open: 9, close: 18, preferred: 10, stepMinutes: 30 } as const

/** How many days ahead a slot is looked for before giving up on avoiding a clash. */
const MAX_SEARCH_DAYS = 90

const MINUTE_MS = 60_000

export interface BusySpan {
  readonly start: number
  readonly end: number
}

export interface SlotRequest {
  /** null: nobody assigned, so nobody can be double-booked. */
  readonly staffId: string | null
  readonly minutes: number
  /** yyyy-mm-dd: the first day it may go on. */
  readonly fromDate: string
}

export interface SlotOptions {
  /** Nothing is planned before this instant (ms): a contact planned in the past would show as missed. */
  readonly earliest: number
  readonly timeZone?: string
}

/** Minutes after midnight of each start, from the preferred hour on, then the early ones. */
function slotMinutes(minutes: number): readonly number[] {
  const last = CARE_HOURS.close * 60 - minutes
  const starts: number[] = []
  for (let at = CARE_HOURS.preferred * 60; at <= last; at += CARE_HOURS.stepMinutes) starts.push(at)
  for (let at = CARE_HOURS.open * 60; at < CARE_HOURS.preferred * 60 && at <= last; at += CARE_HOURS.stepMinutes) starts.push(at)
  return starts
}

const DAY_MS = 86_400_000

/** Busy spans of one member of staff, bucketed by UTC day so a slot is checked against its neighbours only. */
class BusyCalendar {
  private readonly byDay = new Map<number, BusySpan[]>()

  add(span: BusySpan): void {
    const bucket = Math.floor(span.start / DAY_MS)
    const spans = this.byDay.get(bucket)
    if (spans === undefined) this.byDay.set(bucket, [span])
    else spans.push(span)
  }

  isFree(start: number, end: number): boolean {
    const bucket = Math.floor(start / DAY_MS)
    // A span starting the day before can run into this one (the shop's day is not the UTC day).
    for (let day = bucket - 1; day <= bucket + 1; day++) {
      for (const span of this.byDay.get(day) ?? []) if (span.start < end && start < span.end) return false
    }
    return true
  }
}

/**
 * A start (ISO instant) for each request, in order: the first slot on or after its day, in
 * opening hours and not before `earliest`, that leaves its member of staff free, counting the
 * busy spans given and the slots handed out before it. When no day in the next three months
 * has room, the first slot of its day after `earliest` is used anyway: a clash the calendar
 * can show is better than no task.
 */
export function planSlots(
  requests: readonly SlotRequest[],
  busy: ReadonlyMap<string, readonly BusySpan[]>,
  { earliest, timeZone }: SlotOptions
): readonly string[] {
  const calendars = new Map<string, BusyCalendar>()
  const calendarOf = (staffId: string): BusyCalendar => {
    let calendar = calendars.get(staffId)
    if (calendar === undefined) {
      calendar = new BusyCalendar()
      for (const span of busy.get(staffId) ?? []) calendar.add(span)
      calendars.set(staffId, calendar)
    }
    return calendar
  }
  // A campaign asks for the same slots thousands of times: each instant is worked out once,
  // and each member of staff's search resumes where their last slot was found (slots only fill up).
  const instants = new Map<string, number>()
  const instantOf = (day: string, at: number): number => {
    const key = `${day}/${at}`
    let instant = instants.get(key)
    if (instant === undefined) {
      instant = shopInstant(day, { hour: Math.floor(at / 60), minute: at % 60 }, timeZone).getTime()
      instants.set(key, instant)
    }
    return instant
  }
  const resumeAt = new Map<string, number>()
  return requests.map(({ staffId, minutes, fromDate }) => {
    const starts = slotMinutes(minutes)
    const calendar = staffId === null ? null : calendarOf(staffId)
    const searchKey = `${staffId ?? ''}|${fromDate}|${minutes}`
    let fallback: number | null = null
    for (let index = resumeAt.get(searchKey) ?? 0; index < MAX_SEARCH_DAYS * starts.length; index++) {
      const at = starts[index % starts.length] ?? CARE_HOURS.preferred * 60
      const start = instantOf(addDays(fromDate, Math.floor(index / starts.length)), at)
      if (start < earliest) continue
      fallback ??= start
      const end = start + minutes * MINUTE_MS
      if (calendar === null) return new Date(start).toISOString()
      if (!calendar.isFree(start, end)) continue
      calendar.add({ start, end })
      resumeAt.set(searchKey, index + 1)
      return new Date(start).toISOString()
    }
    return new Date(fallback ?? earliest).toISOString()
  })
}

/** The owner looks after their customers; an owner who has left (or none) hands it to whoever is at the desk. */
export function careAssignee(ownerId: string | null, activeStaffIds: ReadonlySet<string>, staffIdAtDesk: string): string | null {
  if (ownerId !== null && activeStaffIds.has(ownerId)) return ownerId
  return staffIdAtDesk === '' ? null : staffIdAtDesk
}

/** A missed occasion is contacted today, not in the past. */
export const contactDay = (occasionDate: string, today: string): string => (occasionDate < today ? today : occasionDate)

export interface PlannedCareTaskInput {
  readonly customerId: string
  readonly purpose: string
  readonly method: CareMethod
  readonly startAt: string
  readonly staffId: string | null
  readonly occasionKey: string
}

/** The task a care suggestion or a campaign plans: planned, for its occasion, nothing done yet. */
export function plannedCareTask({ customerId, purpose, method, startAt, staffId, occasionKey }: PlannedCareTaskInput): RecordContent<CareTask> {
  return {
    customerId,
    purpose,
    method,
    startAt,
    durationMinutes: DURATION_FOR_METHOD[method],
    staffId,
    status: 'planned',
    outcome: '',
    notes: '',
    satisfactionScore: null,
    followUpNeeded: false,
    recurrence: { kind: 'none' },
    occasionKey,
    complaintId: null,
    rescheduleHistory: []
  }
}

/** The span of days (yyyy-mm-dd, inclusive) a slot search from `fromDate` may look at: for loading busy spans. */
export const slotSearchDays = (fromDate: string): { readonly first: string; readonly last: string } => ({
  first: fromDate,
  last: addDays(fromDate, MAX_SEARCH_DAYS)
})

export type CareDecisionProblem = 'until-invalid' | 'until-not-after-today' | 'reason-required'

/** Why a snooze cannot be stored: it must name a later day, or the suggestion would be back at once. */
export function snoozeProblem(until: string, today: string): CareDecisionProblem | null {
  if (parseIsoDate(until) === null) return 'until-invalid'
  return until <= today ? 'until-not-after-today' : null
}

/** A dismissal says why, so a manager reading the history knows it was a choice, not an oversight. */
export const dismissProblem = (reason: string): CareDecisionProblem | null => (reason.trim() === '' ? 'reason-required' : null)
