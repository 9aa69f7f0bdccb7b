import { Dexie } from 'dexie'
import type { CareTask } from '@shared/domain/care-task'
import type { Complaint } from '@shared/domain/complaint'
import type { Customer } from '@shared/domain/customer'
import { compareByStart, shopDaysRange } from '@shared/domain/day-sheet'
import { addDays } from '@shared/domain/days'
import { neverSayRulesOf } from '@shared/domain/phrase-check'
import { isRecurring } from '@shared/domain/recurrence'
import { exceptionDates, occurrencesInRange, seriesOccurrenceKey } from '@shared/domain/schedule'
import type { ScriptLocale, ScriptPhrase } from '@shared/domain/script'
import { suggestPhrases } from '@shared/domain/script-selection'
import { db } from '../db'

/*
 * The day sheet's reads: one staff member's (or everyone's) contacts over a few shop days, with
 * what the sheet prints about each customer. Written apart from listTasksInRange (care-tasks.ts),
 * which was being built at the same time; both expand series with the same pure rules
 * (schedule.ts), and this file can become a thin layer over it once that has settled.
 *
 * Reads go through indexes: one-off contacts by [staffId+startAt] (or startAt, for everyone),
 * planned series by [status+startAt] (few: past contacts are mostly done or missed), and the
 * records that took over a series' dates by their occasion key.
 */

export interface SheetQuery {
  /** A staff member's id, or null for everyone, unassigned contacts included. */
  readonly staffId: string | null
  /** The first shop day, 'yyyy-mm-dd'. */
  readonly from: string
  /** How many shop days, from `from` on (at least one). */
  readonly days: number
  /** The language of the suggested wording for complaint follow-ups. */
  readonly locale: ScriptLocale
}

export type SheetCustomer = Pick<Customer, 'id' | 'name' | 'phones' | 'address' | 'preferredChannel' | 'personality'>

export type SheetComplaint = Pick<Complaint, 'id' | 'number' | 'category'>

/** A contact with what the sheet and the calendar say about it. */
export interface SheetTaskDetails {
  readonly task: CareTask
  /** Null when the customer record is not on this PC (e.g. an import brought the task alone). */
  readonly customer: SheetCustomer | null
  readonly complaint: SheetComplaint | null
  /** A complaint follow-up's suggested wording for the call, best first (suggestPhrases); [] for other contacts. */
  readonly followUpPhrases: readonly ScriptPhrase[]
}

/** One occurrence on the sheet: a one-off contact, or one date of a series. */
export interface DaySheetEntry extends SheetTaskDetails {
  /** ISO instants of this occurrence (a series' task.startAt is its first date). */
  readonly startAt: string
  readonly endAt: string
}

/** One record for the phone's calendar: a series goes as one event with its rule. */
export interface CalendarPlanEntry extends SheetTaskDetails {
  /** A series' shop dates taken over by records of their own, which the phone must leave out; [] otherwise. */
  readonly skippedDates: readonly string[]
}

const FOLLOW_UP_STEP = 'follow-up'
const FOLLOW_UP_SUGGESTIONS = 5

const isLiveTask = (task: CareTask): boolean => task.deletedAt === null

const ofStaff =
  (staffId: string | null) =>
  (task: CareTask): boolean =>
    staffId === null || task.staffId === staffId

const uniqueById = (tasks: readonly CareTask[]): CareTask[] => [...new Map(tasks.map((task) => [task.id, task])).values()]

/** Live tasks starting in the range: one-offs, exceptions, and series whose first date falls in it. */
function tasksStartingIn(staffId: string | null, start: string, end: string): Promise<CareTask[]> {
  // Unassigned tasks have no [staffId+startAt] key (IndexedDB leaves null keys out), so "everyone" reads startAt.
  const range =
    staffId === null
      ? db.careTasks.where('startAt').between(start, end, true, false)
      : db.careTasks.where('[staffId+startAt]').between([staffId, start], [staffId, end], true, false)
  return range.filter(isLiveTask).toArray()
}

/** Live planned series that began before `before`, of one staff member or everyone. */
function seriesBefore(staffId: string | null, before: string): Promise<CareTask[]> {
  return db.careTasks
    .where('[status+startAt]')
    .between(['planned', Dexie.minKey], ['planned', before], true, false)
    .filter((task) => isLiveTask(task) && isRecurring(task.recurrence) && ofStaff(staffId)(task))
    .toArray()
}

/** The records that took over dates of a series, between two dates ('' and '\uffff' for all of them). */
function exceptionsOf(seriesId: string, fromDate: string, toDate: string): Promise<CareTask[]> {
  return db.careTasks
    .where('occasionKey')
    .between(seriesOccurrenceKey(seriesId, fromDate), seriesOccurrenceKey(seriesId, toDate), true, true)
    .toArray()
}

const customerOnSheet = ({ id, name, phones, address, preferredChannel, personality }: Customer): SheetCustomer => ({
  id,
  name,
  phones,
  address,
  preferredChannel,
  personality
})

const distinct = (values: readonly (string | null)[]): string[] => [...new Set(values.filter((value) => value !== null))]

/** Each task with its customer, its complaint (for a follow-up) and the wording suggested for it. */
async function withDetails(tasks: readonly CareTask[], locale: ScriptLocale): Promise<readonly SheetTaskDetails[]> {
  const customerIds = distinct(tasks.map((task) => task.customerId))
  const complaintIds = distinct(tasks.map((task) => task.complaintId))
  const [customers, complaints, library] = await Promise.all([
    db.customers.bulkGet(customerIds),
    db.complaints.bulkGet(complaintIds),
    complaintIds.length === 0 ? Promise.resolve([]) : db.scripts.where('locale').equals(locale).toArray()
  ])
  const customerById = new Map(customers.flatMap((customer) => (customer ? [[customer.id, customerOnSheet(customer)] as const] : [])))
  const complaintById = new Map(
    complaints.flatMap((complaint) => (complaint ? [[complaint.id, { id: complaint.id, number: complaint.number, category: complaint.category }] as const] : []))
  )
  const rules = neverSayRulesOf(library, locale)
  // A day has few follow-ups, and they share categories and personalities: rank the library once per pair.
  const suggestionsByContext = new Map<string, readonly ScriptPhrase[]>()
  const suggestionsFor = (category: string, personality: Customer['personality'] | ''): readonly ScriptPhrase[] => {
    const key = `${category}\u0000${personality}`
    let suggestions = suggestionsByContext.get(key)
    if (suggestions === undefined) {
      suggestions = suggestPhrases(library, { locale, step: FOLLOW_UP_STEP, category, personality }, FOLLOW_UP_SUGGESTIONS, rules)
      suggestionsByContext.set(key, suggestions)
    }
    return suggestions
  }
  return tasks.map((task) => {
    const customer = customerById.get(task.customerId) ?? null
    const complaint = task.complaintId === null ? null : (complaintById.get(task.complaintId) ?? null)
    const followUpPhrases = task.complaintId === null ? [] : suggestionsFor(complaint?.category ?? '', customer?.personality ?? '')
    return { task, customer, complaint, followUpPhrases }
  })
}

/**
 * The contacts starting on `days` shop days from `from`, by start time: one-off contacts of
 * every status and each date of a planned series (less the dates records of their own took
 * over), with their details. Deleted tasks are left out; the sheet leaves out cancelled ones.
 */
export async function listDaySheet(query: SheetQuery): Promise<readonly DaySheetEntry[]> {
  const { staffId, from } = query
  const days = Math.max(1, Math.trunc(query.days))
  const { start, end } = shopDaysRange(from, days)
  const dates = { from, to: addDays(from, days - 1) }
  const [starting, series] = await Promise.all([tasksStartingIn(staffId, start, end), seriesBefore(staffId, end)])
  const exceptions = (await Promise.all(series.map((task) => exceptionsOf(task.id, dates.from, dates.to)))).flat()
  const occurrences = occurrencesInRange(uniqueById([...starting, ...series, ...exceptions]), dates).filter((occurrence) =>
    ofStaff(staffId)(occurrence.task)
  )
  const details = await withDetails(
    occurrences.map((occurrence) => occurrence.task),
    query.locale
  )
  return occurrences.map((occurrence, index) => ({ ...details[index]!, startAt: occurrence.startAt, endAt: occurrence.endAt }))
}

/**
 * What a phone calendar needs for `days` shop days from `from`: every live record starting in
 * them (cancelled ones too, so a phone that imported them takes them off), and every planned
 * series of the staff member that began earlier and has not ended by `from`, each with the
 * dates records of their own took over. By start time.
 */
export async function listCalendarPlan(query: SheetQuery): Promise<readonly CalendarPlanEntry[]> {
  const { staffId, from } = query
  const { start, end } = shopDaysRange(from, query.days)
  const [starting, earlier] = await Promise.all([tasksStartingIn(staffId, start, end), seriesBefore(staffId, start)])
  // By date only, whether `until` is a date or an instant: a series kept by a day too many is harmless, its UNTIL ends it on the phone too.
  const running = earlier.filter(({ recurrence }) => recurrence.kind !== 'none' && (recurrence.until === null || recurrence.until.slice(0, 10) >= from))
  const tasks = uniqueById([...running, ...starting]).sort(compareByStart)
  const series = tasks.filter((task) => isRecurring(task.recurrence))
  const skipped = exceptionDates((await Promise.all(series.map((task) => exceptionsOf(task.id, '', '\uffff')))).flat())
  const details = await withDetails(tasks, query.locale)
  return details.map((entry) => ({ ...entry, skippedDates: [...(skipped.get(entry.task.id) ?? [])].sort() }))
}
