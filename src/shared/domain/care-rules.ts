import type { CareDecision, CareTask } from './care-task'
import type { CareSettings } from './care-settings'
import { isOpenComplaint, type Complaint } from './complaint'
import { isCurrentCustomer, type ContactChannel, type Customer, type ImportantDate, type PhoneNumber, type Tier } from './customer'
import { addDays, daysBetween, daysInMonth, parseIsoDate, shopInstant, todayInShop } from './days'
import { festivalDate, festivalsBetween, type FestivalId, type FestivalOccurrence } from './festivals'
import { nextOccurrence, validateImportantDate, type ImportantDateProblem } from './important-dates'
import type { Interaction } from './interaction'
import type { OwnedProduct } from './owned-product'
import { nextMaintenanceDue } from './warranty'

/*
 * The care rules (定期服务与关怀): from what is on record they suggest whom to contact, and
 * why. Every suggestion names its occasion with a key (`birthday:<customer>:2026`) that the
 * task made from it, or the clerk's snooze or dismissal, carries too: an occasion is offered
 * once, and a suggestion whose occasion has passed, been handled or stopped applying simply
 * is not made again. Nothing is guessed: a customer without a birthday gets no birthday
 * greeting, only a flag saying the birthday is missing.
 *
 * Two steps, so a long customer list is cheap to keep current: `careCandidates` reads the
 * customers (the heavy part, done in chunks by the data layer), `resolveCareSuggestions`
 * drops the occasions already planned, snoozed or dismissed (small and quick, re-run on every
 * accept or dismissal).
 */

export const CARE_REASONS = [
  'birthday',
  'festival',
  'anniversary',
  'maintenance',
  'warranty',
  'service-follow-up',
  'no-contact'
] as const
export type CareReason = (typeof CARE_REASONS)[number]

/**
 * Greetings, sales-minded calls and win-back calls. While a complaint is open the customer
 * hears from the shop about the complaint, not about a festival or an extended warranty;
 * maintenance and the call after a repair are service, and still suggested.
 */
export const PROMOTIONAL_REASONS: readonly CareReason[] = ['birthday', 'festival', 'anniversary', 'warranty', 'no-contact']

/** The occasion keys of every rule: one occasion, one key, whoever computes it. */
export const careOccasionKey = {
  birthday: (customerId: string, year: number): string => `birthday:${customerId}:${year}`,
  anniversary: (customerId: string, dateId: string, year: number): string => `anniversary:${customerId}:${dateId}:${year}`,
  festival: (customerId: string, festival: FestivalId, year: number): string => `festival:${customerId}:${festival}:${year}`,
  /** By month: a due date moved by a few days is still the same maintenance; the next one is a new month. */
  maintenance: (productId: string, due: string): string => `maintenance:${productId}:${due.slice(0, 7)}`,
  warranty: (productId: string, warrantyEnd: string): string => `warranty:${productId}:${warrantyEnd}`,
  serviceFollowUp: (interactionId: string): string => `service-follow-up:${interactionId}`,
  /** From the last contact: contact made moves it on, so the old suggestion is gone and the next one is new. */
  noContact: (customerId: string, since: string): string => `no-contact:${customerId}:${since}`
} as const

export type MissingData =
  | { readonly kind: 'no-phone' }
  /** The customer wants letters or visits, and there is no address. */
  | { readonly kind: 'no-address' }
  | { readonly kind: 'no-birthday' }
  /** A yearly date that is no date (Feb 30, a leap month the year lacks): never guessed into one. */
  | { readonly kind: 'unreadable-date'; readonly label: string; readonly dateKind: ImportantDate['kind'] }
  | { readonly kind: 'no-purchase-date'; readonly product: string }

export type CareOccasion =
  | {
      readonly reason: 'birthday'
      readonly calendar: 'solar' | 'lunar'
      readonly month: number
      readonly day: number
      readonly leapMonth: boolean
      /** The age reached, when the birth year is known (a lunar birthday counts lunar years). */
      readonly age: number | null
    }
  | {
      readonly reason: 'anniversary'
      readonly dateKind: 'purchase-anniversary' | 'custom'
      readonly label: string
      readonly calendar: 'solar' | 'lunar'
      readonly month: number
      readonly day: number
      readonly leapMonth: boolean
      readonly years: number | null
    }
  | { readonly reason: 'festival'; readonly festival: FestivalId }
  | { readonly reason: 'maintenance'; readonly productId: string; readonly product: string }
  | { readonly reason: 'warranty'; readonly productId: string; readonly product: string }
  | {
      readonly reason: 'service-follow-up'
      readonly interactionId: string
      readonly productId: string
      readonly product: string
      /** yyyy-mm-dd: the day of the repair or service. */
      readonly serviceDate: string
      readonly summary: string
    }
  | {
      readonly reason: 'no-contact'
      /** yyyy-mm-dd of the last contact; null when there has been none since the record was made. */
      readonly lastContactDate: string | null
      /** yyyy-mm-dd counted from: the last contact, else the day the record was made. */
      readonly since: string
      readonly thresholdDays: number
    }

export type DueState = 'overdue' | 'today' | 'this-week' | 'later'
/** The queue's order: today's first (a birthday today cannot wait), then what was missed, then the week ahead. */
export const DUE_STATES: readonly DueState[] = ['today', 'overdue', 'this-week', 'later']

/** A suggested contact: who, why, when, how to reach them, and what is missing from their record. */
export type CareSuggestion = CareOccasion & {
  readonly occasionKey: string
  readonly customerId: string
  readonly customerName: string
  /** For a stable order within a tier (pinyin, as the customer list sorts). */
  readonly sortName: string
  readonly tier: Tier
  readonly ownerId: string | null
  readonly preferredChannel: ContactChannel
  /** The first number that could be read; null when there is none. */
  readonly phone: PhoneNumber | null
  /** yyyy-mm-dd: the day of the occasion (the day a maintenance or the call falls due). */
  readonly date: string
  /** Days from today to `date`: negative when it has passed. */
  readonly daysAway: number
  readonly due: DueState
  readonly missing: readonly MissingData[]
}

export interface CareRuleInput {
  readonly customers: readonly Customer[]
  /** The customers' products; deleted ones are ignored. */
  readonly products: readonly OwnedProduct[]
  /** The customers' complaints (open ones hold back promotional contact); others are ignored. */
  readonly complaints: readonly Pick<Complaint, 'customerId' | 'status' | 'deletedAt'>[]
  /**
   * The interactions at the customers' last contact (`occurredAt` equal to `lastContactAt`):
   * a repair still waiting for its call is the last contact, since the call would be a newer one.
   */
  readonly latestContacts: readonly Interaction[]
}

export interface CareRuleContext {
  /** The shop's date, yyyy-mm-dd. */
  readonly today: string
  readonly settings: CareSettings
  readonly timeZone?: string
}

/** What the rules held back, and what they could not work out, across the customers read. */
export interface CareTally {
  /** Current customers read. */
  readonly customers: number
  /** Customers who do not want to be contacted: nothing is suggested for them. */
  readonly withheldNoConsent: number
  /** Greetings and sales calls held back while the customer has an open complaint. */
  readonly withheldOpenComplaint: number
  readonly customersWithoutPhone: number
  readonly personsWithoutBirthday: number
  readonly productsWithoutPurchaseDate: number
}

export const EMPTY_CARE_TALLY: CareTally = {
  customers: 0,
  withheldNoConsent: 0,
  withheldOpenComplaint: 0,
  customersWithoutPhone: 0,
  personsWithoutBirthday: 0,
  productsWithoutPurchaseDate: 0
}

export const addCareTallies = (a: CareTally, b: CareTally): CareTally => ({
  customers: a.customers + b.customers,
  withheldNoConsent: a.withheldNoConsent + b.withheldNoConsent,
  withheldOpenComplaint: a.withheldOpenComplaint + b.withheldOpenComplaint,
  customersWithoutPhone: a.customersWithoutPhone + b.customersWithoutPhone,
  personsWithoutBirthday: a.personsWithoutBirthday + b.personsWithoutBirthday,
  productsWithoutPurchaseDate: a.productsWithoutPurchaseDate + b.productsWithoutPurchaseDate
})

export interface CareCandidates {
  /** Every occasion that applies today, planned or decided or not. */
  readonly suggestions: readonly CareSuggestion[]
  readonly tally: CareTally
}

/** Within the next seven days (today is its own section). */
const THIS_WEEK_DAYS = 7

export function dueState(daysAway: number): DueState {
  if (daysAway < 0) return 'overdue'
  if (daysAway === 0) return 'today'
  return daysAway <= THIS_WEEK_DAYS ? 'this-week' : 'later'
}

/** Everything the rules need that is the same for every customer: worked out once per run. */
interface RunConstants {
  readonly today: string
  readonly settings: CareSettings
  readonly timeZone: string | undefined
  /** The earliest day a missed dated occasion still shows. */
  readonly overdueFrom: string
  readonly lastDay: Readonly<Record<'birthday' | 'anniversary' | 'maintenance' | 'warranty', string>>
  /**
   * The month-days ('03-09') a solar birthday or anniversary may have to fall in the window:
   * most customers' dates are far off, and this settles them without working out a date.
   */
  readonly solarMonthDays: Readonly<Record<'birthday' | 'anniversary', ReadonlySet<string>>>
  /** A repair before this instant (ISO) is too long ago for its follow-up call to show. */
  readonly serviceCutoff: string
  readonly festivals: readonly FestivalOccurrence[]
  readonly festivalTiers: ReadonlySet<Tier>
  /** Per tier: a last contact before this instant (ISO) is long enough ago. */
  readonly noContactCutoff: Readonly<Record<Tier, string>>
  /** The months (year × 12 + month − 1) a maintenance due date may fall in to show. */
  readonly maintenanceMonths: { readonly first: number; readonly last: number }
  /** The shop's date of an ISO instant. */
  readonly shopDateOf: (instant: string) => string
}

/**
 * A repair or service before this instant (ISO) is too long ago for its follow-up call to show:
 * the data layer reads the last contacts of customers in touch since then, and no others.
 */
export function serviceFollowUpCutoff({ today, settings, timeZone }: CareRuleContext): string {
  const firstShownDue = addDays(today, -settings.overdueDays)
  return shopInstant(addDays(firstShownDue, -settings.followUpDaysAfterService), { hour: 0, minute: 0 }, timeZone).toISOString()
}

/** The month-days from `from` to `to`; Feb 29 with Feb 28 of a common year, when it falls there. */
function monthDaysBetween(from: string, to: string): ReadonlySet<string> {
  const monthDays = new Set<string>()
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const monthDay = day.slice(5)
    monthDays.add(monthDay)
    if (monthDay === '02-28' && daysInMonth(Number(day.slice(0, 4)), 2) === 28) monthDays.add('02-29')
  }
  return monthDays
}

/** year × 12 + month − 1 of a yyyy-mm-dd date; NaN for text that is not one. */
const monthIndex = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1

const DAY_MS = 86_400_000

/**
 * The shop's date of ISO instants, for many instants at once. Asking Intl for each is what
 * made the no-contact rule slow over 100,000 customers; instead each UTC day is asked about
 * once: the shop's date at its start and end, and when they differ, the instant of the shop's
 * midnight in between (a UTC day holds at most one, whatever the zone and its daylight saving).
 */
export function shopDateReader(timeZone: string | undefined): (instant: string) => string {
  const days = new Map<string, { readonly before: string; readonly after: string; readonly midnight: number }>()
  return (instant) => {
    const key = instant.slice(0, 10)
    let day = days.get(key)
    if (day === undefined) {
      const start = Date.parse(`${key}T00:00:00.000Z`)
      if (Number.isNaN(start)) return todayInShop(new Date(instant), timeZone)
      const before = todayInShop(new Date(start), timeZone)
      const after = todayInShop(new Date(start + DAY_MS - 1), timeZone)
      const midnight = before === after ? Number.POSITIVE_INFINITY : shopInstant(after, { hour: 0, minute: 0 }, timeZone).getTime()
      day = { before, after, midnight }
      days.set(key, day)
    }
    return Date.parse(instant) < day.midnight ? day.before : day.after
  }
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value))

function runConstants({ today, settings, timeZone }: CareRuleContext): RunConstants {
  const { leadDays, overdueDays, noContactDays } = settings
  const overdueFrom = addDays(today, -overdueDays)
  // The last day counted as no contact is the day before the threshold's: cut at the start of the day after.
  const cutoff = (tier: Tier): string => shopInstant(addDays(today, 1 - noContactDays[tier]), { hour: 0, minute: 0 }, timeZone).toISOString()
  return {
    today,
    settings,
    timeZone,
    overdueFrom,
    lastDay: {
      birthday: addDays(today, leadDays.birthday),
      anniversary: addDays(today, leadDays.anniversary),
      maintenance: addDays(today, leadDays.maintenance),
      warranty: addDays(today, leadDays.warranty)
    },
    solarMonthDays: {
      birthday: monthDaysBetween(overdueFrom, addDays(today, leadDays.birthday)),
      anniversary: monthDaysBetween(overdueFrom, addDays(today, leadDays.anniversary))
    },
    serviceCutoff: serviceFollowUpCutoff({ today, settings, timeZone }),
    festivals: festivalsBetween(settings.festivals, overdueFrom, addDays(today, leadDays.festival)),
    festivalTiers: new Set(settings.festivalTiers),
    noContactCutoff: { A: cutoff('A'), B: cutoff('B'), C: cutoff('C'), D: cutoff('D') },
    maintenanceMonths: { first: monthIndex(overdueFrom), last: monthIndex(addDays(today, leadDays.maintenance)) },
    shopDateOf: shopDateReader(timeZone)
  }
}

/**
 * The lunar year a solar date falls in: from its Spring Festival on, the solar year's own.
 * A lunar birthday's occasion is counted in lunar years, because one in the 11th month can
 * fall twice in a solar year (January and December) and each is its own birthday.
 */
function lunarYearOf(date: string): number {
  const solarYear = Number(date.slice(0, 4))
  const newYear = festivalDate('spring-festival', solarYear)
  return newYear !== null && date < newYear ? solarYear - 1 : solarYear
}

const occasionYear = (date: Pick<ImportantDate, 'calendar'>, on: string): number =>
  date.calendar === 'lunar' ? lunarYearOf(on) : Number(on.slice(0, 4))

function firstReadablePhone(customer: Customer): PhoneNumber | null {
  for (const phone of customer.phones) if (phone.normalized !== '') return phone
  return null
}

const CHANNELS_NEEDING_ADDRESS: readonly ContactChannel[] = ['letter', 'visit']

/** Problems that leave a stored date without occurrences (a date set in the future still has them). */
const UNREADABLE_DATE_PROBLEMS: readonly ImportantDateProblem[] = [
  'month-out-of-range',
  'day-out-of-range',
  'year-out-of-range',
  'impossible-date',
  'leap-month-on-solar-date'
]

function missingDataOf(
  customer: Customer,
  products: readonly OwnedProduct[],
  phone: PhoneNumber | null,
  today: string
): readonly MissingData[] {
  const missing: MissingData[] = []
  if (phone === null) missing.push({ kind: 'no-phone' })
  if (CHANNELS_NEEDING_ADDRESS.includes(customer.preferredChannel) && customer.address.trim() === '') missing.push({ kind: 'no-address' })
  if (customer.kind === 'person' && !customer.importantDates.some((date) => date.kind === 'birthday')) missing.push({ kind: 'no-birthday' })
  for (const date of customer.importantDates) {
    if (validateImportantDate(date, today).some((problem) => UNREADABLE_DATE_PROBLEMS.includes(problem))) {
      missing.push({ kind: 'unreadable-date', label: date.label, dateKind: date.kind })
    }
  }
  for (const product of products) if (product.purchaseDate === null) missing.push({ kind: 'no-purchase-date', product: product.product })
  return missing
}

type Occasion = CareOccasion & { readonly occasionKey: string; readonly date: string }

function yearlyOccasions(customer: Customer, run: RunConstants, found: Occasion[]): void {
  for (const date of customer.importantDates) {
    const isBirthday = date.kind === 'birthday'
    const rule = isBirthday ? 'birthday' : 'anniversary'
    if (date.calendar === 'solar' && !run.solarMonthDays[rule].has(`${pad2(date.month)}-${pad2(date.day)}`)) continue
    const lastDay = run.lastDay[rule]
    // From the first day a missed one still shows: a birthday three days ago is overdue, last year's is not.
    const next = nextOccurrence(date, run.overdueFrom)
    if (next === null || next.date > lastDay) continue
    const year = occasionYear(date, next.date)
    const { calendar, month, day, leapMonth } = date
    const count = date.year === null ? null : year - date.year
    if (isBirthday) {
      found.push({ reason: 'birthday', occasionKey: careOccasionKey.birthday(customer.id, year), date: next.date, calendar, month, day, leapMonth, age: count })
    } else {
      found.push({
        reason: 'anniversary',
        occasionKey: careOccasionKey.anniversary(customer.id, date.id, year),
        date: next.date,
        dateKind: date.kind,
        label: date.label,
        calendar,
        month,
        day,
        leapMonth,
        years: count
      })
    }
  }
}

function productOccasions(products: readonly OwnedProduct[], run: RunConstants, found: Occasion[]): void {
  for (const product of products) {
    const from = product.lastMaintenanceDate ?? product.purchaseDate
    const interval = product.maintenanceIntervalMonths
    // Most products are nowhere near due: settled by the month alone, without working out the date.
    const dueMonth = from === null || interval === null ? Number.NaN : monthIndex(from) + interval
    const isNearDue = !(dueMonth < run.maintenanceMonths.first || dueMonth > run.maintenanceMonths.last)
    const due = isNearDue ? nextMaintenanceDue(product) : null
    // Like any dated occasion, a maintenance reminder missed for longer than the overdue window
    // lapses: by then the customer has had it done elsewhere or will hear at the next contact.
    if (due !== null && due >= run.overdueFrom && due <= run.lastDay.maintenance) {
      found.push({ reason: 'maintenance', occasionKey: careOccasionKey.maintenance(product.id, due), date: due, productId: product.id, product: product.product })
    }
    const end = product.warrantyEnd
    // Once the warranty has ended there is nothing left to remind about.
    if (end !== null && end >= run.today && end <= run.lastDay.warranty && parseIsoDate(end) !== null) {
      found.push({ reason: 'warranty', occasionKey: careOccasionKey.warranty(product.id, end), date: end, productId: product.id, product: product.product })
    }
  }
}

/**
 * A repair or service on one of the customer's products (a purchase or visit that names the
 * product, other than its sale, and not part of a complaint, whose own follow-up call is
 * planned with it) that is still the last contact: nobody has been in touch since.
 */
function serviceOccasion(
  customer: Customer,
  latest: readonly Interaction[],
  products: readonly OwnedProduct[],
  run: RunConstants,
  found: Occasion[]
): void {
  for (const interaction of latest) {
    if (interaction.deletedAt !== null || interaction.occurredAt !== customer.lastContactAt || interaction.occurredAt < run.serviceCutoff) continue
    if ((interaction.kind !== 'purchase' && interaction.kind !== 'visit') || interaction.productId === null || interaction.complaintId !== null) continue
    const product = products.find((owned) => owned.id === interaction.productId)
    if (product === undefined) continue
    const serviceDate = run.shopDateOf(interaction.occurredAt)
    if (serviceDate === product.purchaseDate || serviceDate > run.today) continue
    const due = addDays(serviceDate, run.settings.followUpDaysAfterService)
    if (due < run.overdueFrom) continue
    found.push({
      reason: 'service-follow-up',
      occasionKey: careOccasionKey.serviceFollowUp(interaction.id),
      date: due,
      interactionId: interaction.id,
      productId: product.id,
      product: product.product,
      serviceDate,
      summary: interaction.summary
    })
    return
  }
}

function noContactOccasion(customer: Customer, run: RunConstants, found: Occasion[]): void {
  // Never in touch since the record was made: counted from then, and said so.
  const sinceInstant = customer.lastContactAt ?? customer.createdAt
  if (sinceInstant >= run.noContactCutoff[customer.tier]) return
  const since = run.shopDateOf(sinceInstant)
  const thresholdDays = run.settings.noContactDays[customer.tier]
  found.push({
    reason: 'no-contact',
    occasionKey: careOccasionKey.noContact(customer.id, since),
    date: addDays(since, thresholdDays),
    lastContactDate: customer.lastContactAt === null ? null : since,
    since,
    thresholdDays
  })
}

function groupByCustomer<T extends { readonly customerId: string }>(records: readonly T[], keep: (record: T) => boolean): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const record of records) {
    if (!keep(record)) continue
    const group = groups.get(record.customerId)
    if (group === undefined) groups.set(record.customerId, [record])
    else group.push(record)
  }
  return groups
}

const NO_PRODUCTS: readonly OwnedProduct[] = []
const NO_INTERACTIONS: readonly Interaction[] = []

/**
 * Every occasion that applies on `today` to current customers who agreed to be contacted,
 * whether or not a task or a decision already covers it (see `resolveCareSuggestions`).
 */
export function careCandidates(input: CareRuleInput, context: CareRuleContext): CareCandidates {
  const run = runConstants(context)
  const productsByCustomer = groupByCustomer(input.products, (product) => product.deletedAt === null)
  const withOpenComplaint = new Set(input.complaints.filter(isOpenComplaint).map((complaint) => complaint.customerId))
  const latestByCustomer = groupByCustomer(input.latestContacts, () => true)
  const suggestions: CareSuggestion[] = []
  let customers = 0
  let withheldNoConsent = 0
  let withheldOpenComplaint = 0
  let customersWithoutPhone = 0
  let personsWithoutBirthday = 0
  let productsWithoutPurchaseDate = 0

  for (const customer of input.customers) {
    if (!isCurrentCustomer(customer)) continue
    customers++
    const products = productsByCustomer.get(customer.id) ?? NO_PRODUCTS
    const phone = firstReadablePhone(customer)
    if (phone === null) customersWithoutPhone++
    if (customer.kind === 'person' && !customer.importantDates.some((date) => date.kind === 'birthday')) personsWithoutBirthday++
    for (const product of products) if (product.purchaseDate === null) productsWithoutPurchaseDate++
    if (!customer.contactConsent) {
      withheldNoConsent++
      continue
    }

    const found: Occasion[] = []
    yearlyOccasions(customer, run, found)
    if (run.festivalTiers.has(customer.tier)) {
      for (const { festival, year, date } of run.festivals) {
        found.push({ reason: 'festival', occasionKey: careOccasionKey.festival(customer.id, festival, year), date, festival })
      }
    }
    productOccasions(products, run, found)
    serviceOccasion(customer, latestByCustomer.get(customer.id) ?? NO_INTERACTIONS, products, run, found)
    noContactOccasion(customer, run, found)
    if (found.length === 0) continue

    const hasOpenComplaint = withOpenComplaint.has(customer.id)
    const missing = missingDataOf(customer, products, phone, run.today)
    const seen = new Set<string>()
    for (const occasion of found) {
      if (seen.has(occasion.occasionKey)) continue
      seen.add(occasion.occasionKey)
      if (hasOpenComplaint && PROMOTIONAL_REASONS.includes(occasion.reason)) {
        withheldOpenComplaint++
        continue
      }
      const daysAway = daysBetween(run.today, occasion.date)
      suggestions.push({
        ...occasion,
        customerId: customer.id,
        customerName: customer.name,
        sortName: customer.sortName,
        tier: customer.tier,
        ownerId: customer.ownerId,
        preferredChannel: customer.preferredChannel,
        phone,
        daysAway,
        due: dueState(daysAway),
        missing
      })
    }
  }
  return {
    suggestions,
    tally: { customers, withheldNoConsent, withheldOpenComplaint, customersWithoutPhone, personsWithoutBirthday, productsWithoutPurchaseDate }
  }
}

export type CareTaskMark = Pick<CareTask, 'occasionKey' | 'deletedAt'>
export type CareDecisionMark = Pick<CareDecision, 'occasionKey' | 'decision' | 'until' | 'deletedAt' | 'updatedAt'>

/**
 * The candidates nobody has acted on: an occasion with a task (in any state: planned, done,
 * missed or cancelled, it has had its reminder) is gone, a dismissed one is gone, a snoozed one
 * comes back on the day it was snoozed until. The newest decision on an occasion is the one that counts.
 */
export function resolveCareSuggestions(
  candidates: readonly CareSuggestion[],
  tasks: readonly CareTaskMark[],
  decisions: readonly CareDecisionMark[],
  today: string
): readonly CareSuggestion[] {
  const planned = new Set<string>()
  for (const task of tasks) if (task.deletedAt === null && task.occasionKey !== null) planned.add(task.occasionKey)
  const latestDecision = new Map<string, CareDecisionMark>()
  for (const decision of decisions) {
    if (decision.deletedAt !== null) continue
    const earlier = latestDecision.get(decision.occasionKey)
    if (earlier === undefined || decision.updatedAt > earlier.updatedAt) latestDecision.set(decision.occasionKey, decision)
  }
  return candidates.filter((candidate) => {
    if (planned.has(candidate.occasionKey)) return false
    const decision = latestDecision.get(candidate.occasionKey)
    if (decision === undefined) return true
    return decision.decision === 'snoozed' && (decision.until === null || decision.until <= today)
  })
}

export interface CareQueueGroup {
  readonly reason: CareReason
  readonly suggestions: readonly CareSuggestion[]
}

export interface CareQueueSection {
  readonly due: DueState
  readonly count: number
  /** By reason, in the order of CARE_REASONS; empty reasons left out. */
  readonly groups: readonly CareQueueGroup[]
}

const TIER_ORDER: Readonly<Record<Tier, number>> = { A: 0, B: 1, C: 2, D: 3 }

/** Better tiers first (service effort follows value), then the sooner date, then by name. */
export function compareSuggestions(a: CareSuggestion, b: CareSuggestion): number {
  return (
    TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
    (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
    (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0) ||
    (a.occasionKey < b.occasionKey ? -1 : a.occasionKey > b.occasionKey ? 1 : 0)
  )
}

/** The queue as shown: today, overdue, this week, later; each grouped by reason and sorted by tier. */
export function groupCareQueue(suggestions: readonly CareSuggestion[]): readonly CareQueueSection[] {
  return DUE_STATES.map((due) => {
    const inSection = suggestions.filter((suggestion) => suggestion.due === due)
    const groups = CARE_REASONS.map((reason) => ({
      reason,
      suggestions: inSection.filter((suggestion) => suggestion.reason === reason).sort(compareSuggestions)
    })).filter((group) => group.suggestions.length > 0)
    return { due, count: inSection.length, groups }
  })
}

export interface CareQueueInput extends CareRuleInput {
  readonly tasks: readonly CareTaskMark[]
  readonly decisions: readonly CareDecisionMark[]
}

export interface CareQueue {
  readonly sections: readonly CareQueueSection[]
  readonly tally: CareTally
}

/** The whole computation in one call: candidates, minus what was acted on, grouped. */
export function computeCareQueue(input: CareQueueInput, context: CareRuleContext): CareQueue {
  const { suggestions, tally } = careCandidates(input, context)
  return { sections: groupCareQueue(resolveCareSuggestions(suggestions, input.tasks, input.decisions, context.today)), tally }
}
