/**
 * A seeded demo shop: a home-appliance sales and service centre with staff, customers,
 * their appliances, a year of calls, visits and purchases, complaints and care tasks, and
 * a little never-say coaching (hits, and flags dismissed for the manager to review).
 * Pure and repeatable: the same options give the same records, field for field.
 */
import type { Customer, ImportantDate, PersonalityType, Tier } from '../domain/customer'
import { customerSearchFields } from '../domain/customer-search'
import { formatStamp } from '../domain/clock'
import { latestContactAt } from '../domain/last-contact'
import type { RecordContent } from '../domain/record'
import { addCare } from './demo-care'
import { pinCareOccasions } from './demo-care-occasions'
import { createSlotBook, DAY_MS, iso, randomShopTime } from './demo-calendar'
import { addComplaints, numberComplaints } from './demo-complaints'
import {
  createBooker,
  createMetaStamper,
  type CustomerSketch,
  type DemoContext,
  type DemoOutput,
  type DemoShop
} from './demo-context'
import { addEverydayHistory } from './demo-interactions'
import { addPhraseCoaching } from './demo-phrase-hits'
import { makeStaff, personalFields, tags } from './demo-people'
import { addProducts } from './demo-products'
import { createRandom, hashText, mulberry32, seededUlid, weighted, type Random } from './random'

export type { DemoShop } from './demo-context'

export interface DemoShopOptions {
  readonly seed: number
  readonly customerCount: number
  /** "Today" in the demo: history runs up to it, planned tasks after it. */
  readonly now: Date
  /** The device the records are stamped with (and mixed into their ids). */
  readonly deviceId: string
}

const HISTORY_DAYS = 365

/* A few A customers, many C and D: service effort follows value (the 80/20 rule). */
const pickTier = weighted<Tier>([['A', 5], ['B', 15], ['C', 35], ['D', 45]])
const pickProspectTier = weighted<Tier>([['C', 40], ['D', 60]])
const pickPersonality = weighted<PersonalityType>([
  ['unknown', 30], ['lively', 18], ['powerful', 16], ['peaceful', 20], ['analytical', 16]
])
const pickChannel = weighted<Customer['preferredChannel']>([
  ['phone', 45], ['wechat', 30], ['sms', 12], ['visit', 8], ['letter', 2], ['email', 3]
])
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** A birthday (a quarter of them kept by the lunar calendar) and other yearly dates. */
function importantDates(
  context: DemoContext,
  customer: Pick<CustomerSketch, 'createdAt'>,
  isPerson: boolean,
  firstPurchase: string | null
): readonly ImportantDate[] {
  const { random } = context
  const dates: ImportantDate[] = []
  if (isPerson && random.chance(0.7)) {
    const lunar = random.chance(0.25)
    const month = random.int(1, 12)
    dates.push({
      id: context.newId(customer.createdAt),
      kind: 'birthday',
      label: '生日',
      calendar: lunar ? 'lunar' : 'solar',
      year: random.chance(0.6) ? random.int(1950, 2002) : null,
      month,
      // Every lunar month has a 29th; solar February stops at the 28th so the date exists every year.
      day: random.int(1, lunar ? 29 : (DAYS_IN_MONTH[month - 1] ?? 28)),
      leapMonth: false
    })
  }
  if (firstPurchase !== null && random.chance(0.3)) {
    const [year, month, day] = firstPurchase.split('-').map(Number)
    dates.push({
      id: context.newId(customer.createdAt),
      kind: 'purchase-anniversary',
      label: '首次购机纪念日',
      calendar: 'solar',
      year: year ?? null,
      month: month ?? 1,
      day: day ?? 1,
      leapMonth: false
    })
  }
  if (isPerson && random.chance(0.05)) {
    dates.push({
      id: context.newId(customer.createdAt),
      kind: 'custom',
      label: '结婚纪念日',
      calendar: 'solar',
      year: null,
      month: random.int(1, 12),
      day: random.int(1, 28),
      leapMonth: false
    })
  }
  return dates
}

function addCustomer(context: DemoContext): void {
  const { random, nowMillis } = context
  const stage = random.chance(0.08) ? 'prospect' : 'current'
  const createdAt =
    stage === 'prospect'
      ? randomShopTime(random, nowMillis - 180 * DAY_MS, nowMillis - 7 * DAY_MS)
      : randomShopTime(random, nowMillis - 4 * 365 * DAY_MS, nowMillis - 30 * DAY_MS)
  const tier = stage === 'prospect' ? pickProspectTier(random) : pickTier(random)
  const ownerId = random.chance(0.9) ? random.pick(context.activeStaff).id : null
  const personal = personalFields(random)
  const sketchBase = {
    id: context.newId(createdAt),
    createdAt,
    tier,
    stage,
    ownerId,
    enteredBy: ownerId ?? context.manager.id,
    historyFrom: Math.max(createdAt, nowMillis - HISTORY_DAYS * DAY_MS)
  } as const
  const sales = addProducts(context, { ...sketchBase, birthday: null })
  const firstPurchase = sales.map((sale) => sale.product.purchaseDate).filter((date) => date !== null).sort()[0] ?? null
  const dates = importantDates(context, sketchBase, personal.kind === 'person', firstPurchase)
  const solarBirthday = dates.find((date) => date.kind === 'birthday' && date.calendar === 'solar')
  const customer: CustomerSketch = {
    ...sketchBase,
    birthday: solarBirthday === undefined ? null : { month: solarBirthday.month, day: solarBirthday.day }
  }
  const interactionsBefore = context.out.interactions.length
  addEverydayHistory(context, customer, sales)
  addComplaints(context, customer, sales)
  addCare(context, customer, sales)
  const lastContactAt = latestContactAt(context.out.interactions.slice(interactionsBefore))

  // One literal with every field: spreading would leave V8 a slow dictionary-mode object.
  const { name, kind, company, phones, address } = personal
  const tagList = tags(random)
  const { searchKeys, phoneDigits, sortName } = customerSearchFields({ name, company, tags: tagList, phones })
  const content: RecordContent<Customer> = {
    name,
    kind,
    company,
    phones,
    address,
    preferredChannel: pickChannel(random),
    contactConsent: random.chance(0.9),
    importantDates: dates,
    tier,
    tierHistory: [{ tier, reason: '', at: iso(createdAt), by: customer.enteredBy }],
    stage,
    relationship: tier === 'A' || tier === 'B' || random.chance(0.2) ? 'relationship' : 'transactional',
    personality: pickPersonality(random),
    ownerId,
    tags: tagList,
    notes: '',
    lastContactAt,
    searchKeys,
    phoneDigits,
    sortName,
    mergedInto: null
  }
  const updatedAt = lastContactAt === null ? createdAt : Math.max(createdAt, Date.parse(lastContactAt))
  const times = { id: customer.id, createdAt, updatedAt, updatedBy: customer.enteredBy }
  context.out.customers.push(context.meta('customers', content, times))
}

export function generateDemoShop({ seed, customerCount, now, deviceId }: DemoShopOptions): DemoShop {
  const nowMillis = now.getTime()
  const random: Random = createRandom(seed)
  const idRandom = mulberry32(hashText(deviceId, seed))
  const newId = (millis: number): string => seededUlid(millis, idRandom)
  const meta = createMetaStamper(deviceId, formatStamp({ millis: nowMillis, counter: 0 }, deviceId))
  const staff = makeStaff(random, nowMillis, meta, newId)
  const activeStaff = staff.filter((member) => member.active)
  const [manager] = staff
  if (manager === undefined) throw new Error('The demo shop needs staff')
  const out: DemoOutput = {
    staff: [...staff],
    customers: [],
    ownedProducts: [],
    interactions: [],
    complaints: [],
    careTasks: [],
    careDecisions: [],
    phraseHits: []
  }
  const context: DemoContext = {
    random,
    nowMillis,
    activeStaff,
    manager,
    newId,
    meta,
    book: createBooker(random, activeStaff, createSlotBook(activeStaff.length)),
    out
  }
  for (let index = 0; index < customerCount; index++) addCustomer(context)
  numberComplaints(out, deviceId)
  // Last, so the records above come out the same as before it was added.
  addPhraseCoaching(context)
  // After everything, drawing no random number: it only moves a few birthdays.
  pinCareOccasions(out, nowMillis)
  return out
}
