import type { CareTaskStatus } from './care-task'
import type { ReportMonth } from './report-range'
import { countInto, rankedCounts, shareOf, totalRow, type ReportRow, type ReportTable } from './report-table'

/*
 * Care and visits (定期服务, domain brief §4): what was planned for the range and what became
 * of it, by who was to do it and by why it was planned. Done contacts are told apart by whether
 * they were marked done on (or before) their day or later. Each date of a repeating task counts
 * as one contact, as the calendar shows it. A planned contact whose day has passed is overdue
 * (the queue did not get to it); one still ahead is upcoming and is left out of the done share,
 * since nobody could have done it yet. Cancelled ones are shown but not counted as planned.
 */

/** Why a contact was planned: its care rule, a complaint's follow-up call, a campaign, or planned by hand. */
export const CARE_PURPOSES = [
  'birthday',
  'anniversary',
  'festival',
  'maintenance',
  'warranty',
  'service-follow-up',
  'no-contact',
  'complaint-follow-up',
  'campaign',
  'by-hand'
] as const
export type CarePurpose = (typeof CARE_PURPOSES)[number]

/** The purpose from the occasion key's first part (see careOccasionKey, complaintFollowUpKey, campaignOccasionKey). */
export function carePurposeOf(occasionKey: string | null): CarePurpose {
  const kind = occasionKey?.split(':')[0] ?? ''
  return CARE_PURPOSES.find((purpose) => purpose === kind && purpose !== 'by-hand') ?? 'by-hand'
}

/** One dated contact of the range, as the care reports read it. */
export interface ReportCareContact {
  /** The shop date it falls on. */
  readonly date: string
  readonly staffId: string | null
  readonly status: CareTaskStatus
  readonly purpose: CarePurpose
  /**
   * The shop date a done contact was marked done (when its interaction was logged), or null
   * when nothing tells: it then counts as done on time.
   */
  readonly doneOn: string | null
}

const CARE_COLUMNS = [
  { id: 'planned', kind: 'count' },
  { id: 'done-on-time', kind: 'count' },
  { id: 'done-late', kind: 'count' },
  { id: 'missed', kind: 'count' },
  { id: 'overdue', kind: 'count' },
  { id: 'upcoming', kind: 'count' },
  { id: 'cancelled', kind: 'count' },
  { id: 'done-share', kind: 'share' }
] as const

type Tally = { planned: number; onTime: number; late: number; missed: number; overdue: number; upcoming: number; cancelled: number }

const emptyTally = (): Tally => ({ planned: 0, onTime: 0, late: 0, missed: 0, overdue: 0, upcoming: 0, cancelled: 0 })

function addContact(tally: Tally, contact: ReportCareContact, today: string): void {
  if (contact.status === 'cancelled') {
    tally.cancelled += 1
    return
  }
  tally.planned += 1
  if (contact.status === 'done') {
    // Done after its day: marked done on a later date than the one it was planned for.
    if (contact.doneOn !== null && contact.doneOn > contact.date) tally.late += 1
    else tally.onTime += 1
  } else if (contact.status === 'missed') tally.missed += 1
  else if (contact.date < today) tally.overdue += 1
  else tally.upcoming += 1
}

const tallyValues = (tally: Tally): readonly (number | null)[] => [
  tally.planned,
  tally.onTime,
  tally.late,
  tally.missed,
  tally.overdue,
  tally.upcoming,
  tally.cancelled,
  shareOf(tally.onTime + tally.late, tally.planned - tally.upcoming)
]

function tallyAll(contacts: readonly ReportCareContact[], today: string): Tally {
  const tally = emptyTally()
  for (const contact of contacts) addContact(tally, contact, today)
  return tally
}

/** Tallies grouped by `keyOf`, the most planned first (ties in `order`, then alphabetically). */
function careBy(
  contacts: readonly ReportCareContact[],
  today: string,
  rowKind: ReportTable['rowKind'],
  keyOf: (contact: ReportCareContact) => string,
  order: readonly string[] = []
): ReportTable {
  const tallies = new Map<string, Tally>()
  const sizes = new Map<string, number>()
  for (const contact of contacts) {
    const key = keyOf(contact)
    let tally = tallies.get(key)
    if (tally === undefined) {
      tally = emptyTally()
      tallies.set(key, tally)
    }
    addContact(tally, contact, today)
    countInto(sizes, key, contact.status === 'cancelled' ? 0 : 1)
  }
  const rows: ReportRow[] = rankedCounts(sizes, order).map(([key]) => ({ key, values: tallyValues(tallies.get(key) ?? emptyTally()) }))
  return { rowKind, columns: CARE_COLUMNS, rows, total: totalRow(tallyValues(tallyAll(contacts, today))) }
}

/** By member of staff ('' for contacts nobody was given). */
export const careByStaff = (contacts: readonly ReportCareContact[], today: string): ReportTable =>
  careBy(contacts, today, 'staff', (contact) => contact.staffId ?? '')

/** By purpose: which care rules the shop keeps up with. */
export const careByPurpose = (contacts: readonly ReportCareContact[], today: string): ReportTable =>
  careBy(contacts, today, 'purpose', (contact) => contact.purpose, CARE_PURPOSES)

/** The care queue's completion month by month: every month of the range, empty ones too. */
export function careByMonth(contacts: readonly ReportCareContact[], months: readonly ReportMonth[], today: string): ReportTable {
  const tallies = months.map(() => emptyTally())
  const indexOfMonth = new Map(months.map((month, index) => [month.month, index]))
  for (const contact of contacts) {
    const tally = tallies[indexOfMonth.get(contact.date.slice(0, 7)) ?? -1]
    if (tally !== undefined) addContact(tally, contact, today)
  }
  return {
    rowKind: 'month',
    columns: CARE_COLUMNS,
    rows: months.map((month, index) => ({ key: month.month, values: tallyValues(tallies[index] ?? emptyTally()) })),
    total: totalRow(tallyValues(tallyAll(contacts, today)))
  }
}
