import fc from 'fast-check'
import { Lunar, Solar } from 'lunar-typescript'
import { describe, expect, it } from 'vitest'
import {
  careCandidates,
  careOccasionKey,
  computeCareQueue,
  dueState,
  groupCareQueue,
  resolveCareSuggestions,
  serviceFollowUpCutoff,
  shopDateReader,
  type CareDecisionMark,
  type CareRuleInput,
  type CareSuggestion,
  type CareTaskMark
} from '@shared/domain/care-rules'
import { DEFAULT_CARE_SETTINGS, type CareSettings } from '@shared/domain/care-settings'
import type { Complaint } from '@shared/domain/complaint'
import type { Customer, ImportantDate } from '@shared/domain/customer'
import { addDays, daysBetween, todayInShop } from '@shared/domain/days'
import type { Interaction } from '@shared/domain/interaction'
import type { OwnedProduct } from '@shared/domain/owned-product'
import { makeCustomer, mobile } from './customer-fixtures'
import { complaintContent, interactionContent, productContent, stamped } from './customer-record-content'

/* The rules' defaults, with festivals and no-contact out of the way unless a test turns them on. */
const QUIET: CareSettings = { ...DEFAULT_CARE_SETTINGS, festivals: [], noContactDays: { A: 3650, B: 3650, C: 3650, D: 3650 } }

const date = (month: number, day: number, more: Partial<ImportantDate> = {}): ImportantDate => ({
  id: 'd1',
  kind: 'birthday',
  label: '生日',
  calendar: 'solar',
  year: null,
  month,
  day,
  leapMonth: false,
  ...more
})

const lunarOf = (solar: string) => {
  const [year, month, day] = solar.split('-').map(Number)
  return Solar.fromYmd(year ?? 0, month ?? 0, day ?? 0).getLunar()
}

/** A customer in touch yesterday (so no no-contact suggestion), with a phone, who agreed to be contacted. */
const customer = (overrides: Partial<Customer> = {}): Customer =>
  makeCustomer({ phones: [mobile('13812345678')], lastContactAt: '2026-06-01T02:00:00.000Z', sortName: 'zhangwei', ...overrides })

const NO_RECORDS: Omit<CareRuleInput, 'customers'> = { products: [], complaints: [], latestContacts: [] }

function suggest(
  customers: readonly Customer[],
  today: string,
  { settings = QUIET, ...records }: Partial<Omit<CareRuleInput, 'customers'>> & { readonly settings?: CareSettings } = {}
): readonly CareSuggestion[] {
  return careCandidates({ ...NO_RECORDS, ...records, customers }, { today, settings }).suggestions
}

const only = (suggestions: readonly CareSuggestion[]): CareSuggestion => {
  expect(suggestions).toHaveLength(1)
  const [first] = suggestions
  if (first === undefined) throw new Error('no suggestion')
  return first
}

describe('birthdays', () => {
  it('suggests a birthday three days ahead, this week, with its occasion key', () => {
    const suggestion = only(suggest([customer({ importantDates: [date(6, 13)] })], '2026-06-10'))
    expect(suggestion).toMatchObject({
      reason: 'birthday',
      date: '2026-06-13',
      daysAway: 3,
      due: 'this-week',
      occasionKey: 'birthday:c1:2026',
      customerId: 'c1',
      preferredChannel: 'phone'
    })
    expect(suggestion.phone?.normalized).toBe('13812345678')
  })

  it('takes a birthday that is today as today, not next year', () => {
    expect(only(suggest([customer({ importantDates: [date(6, 10)] })], '2026-06-10'))).toMatchObject({
      date: '2026-06-10',
      daysAway: 0,
      due: 'today',
      occasionKey: 'birthday:c1:2026'
    })
  })

  it('keeps a missed birthday for the overdue window, then lets it lapse: last year is never offered', () => {
    expect(only(suggest([customer({ importantDates: [date(6, 3)] })], '2026-06-10'))).toMatchObject({
      date: '2026-06-03',
      daysAway: -7,
      due: 'overdue',
      occasionKey: 'birthday:c1:2026'
    })
    expect(suggest([customer({ importantDates: [date(6, 2)] })], '2026-06-10')).toEqual([])
    // A year of birth long ago brings no flood of the birthdays since.
    expect(suggest([customer({ importantDates: [date(6, 9, { year: 1950 })] })], '2026-06-10').map((s) => s.occasionKey)).toEqual([
      'birthday:c1:2026'
    ])
  })

  it('follows the lead time: shown from that many days ahead, not a day earlier', () => {
    const ahead = (days: number, settings: CareSettings = QUIET) =>
      suggest([customer({ importantDates: [date(6, 10 + days)] })], '2026-06-10', { settings })
    expect(ahead(7)).toHaveLength(1)
    expect(ahead(8)).toEqual([])
    expect(ahead(8, { ...QUIET, leadDays: { ...QUIET.leadDays, birthday: 10 } })).toHaveLength(1)
    expect(only(ahead(8, { ...QUIET, leadDays: { ...QUIET.leadDays, birthday: 10 } })).due).toBe('later')
    expect(suggest([customer({ importantDates: [date(6, 9)] })], '2026-06-10', { settings: { ...QUIET, overdueDays: 0 } })).toEqual([])
  })

  it('greets a Feb 29 birthday on Feb 28 in common years and on Feb 29 in leap years', () => {
    const feb29 = [customer({ importantDates: [date(2, 29, { year: 1996 })] })]
    expect(only(suggest(feb29, '2026-02-25'))).toMatchObject({ date: '2026-02-28', daysAway: 3, occasionKey: 'birthday:c1:2026', age: 30 })
    expect(only(suggest(feb29, '2026-02-28'))).toMatchObject({ date: '2026-02-28', due: 'today' })
    expect(only(suggest(feb29, '2028-02-25'))).toMatchObject({ date: '2028-02-29', daysAway: 4, occasionKey: 'birthday:c1:2028' })
    expect(only(suggest(feb29, '2028-03-01'))).toMatchObject({ date: '2028-02-29', due: 'overdue' })
  })

  it('crosses the year end both ways: an early-January birthday seen in December, a late-December one missed in January', () => {
    expect(only(suggest([customer({ importantDates: [date(1, 2)] })], '2025-12-29'))).toMatchObject({
      date: '2026-01-02',
      daysAway: 4,
      occasionKey: 'birthday:c1:2026'
    })
    expect(only(suggest([customer({ importantDates: [date(12, 30)] })], '2026-01-02'))).toMatchObject({
      date: '2025-12-30',
      daysAway: -3,
      due: 'overdue',
      occasionKey: 'birthday:c1:2025'
    })
    expect(only(suggest([customer({ importantDates: [date(12, 31)] })], '2025-12-31'))).toMatchObject({ due: 'today', occasionKey: 'birthday:c1:2025' })
  })

  it('moves a lunar birthday with the lunar calendar from year to year, shown on its solar day', () => {
    const midAutumn = [customer({ importantDates: [date(8, 15, { calendar: 'lunar', year: 1966 })] })]
    for (const [today, on] of [
      ['2024-09-14', '2024-09-17'],
      ['2025-10-03', '2025-10-06'],
      ['2026-09-22', '2026-09-25']
    ] as const) {
      const suggestion = only(suggest(midAutumn, today))
      expect(suggestion).toMatchObject({ date: on, daysAway: 3, calendar: 'lunar', month: 8, day: 15, occasionKey: `birthday:c1:${on.slice(0, 4)}` })
      if (suggestion.reason === 'birthday') expect(suggestion.age).toBe(Number(on.slice(0, 4)) - 1966)
    }
  })

  it('counts a lunar birthday in lunar years, so one falling twice in a solar year is two occasions', () => {
    // 冬月二十 of lunar 2020 is 2021-01-03; of lunar 2021, 2021-12-23: twice in solar 2021.
    const first = Lunar.fromYmd(2020, 11, 20).getSolar().toYmd()
    const second = Lunar.fromYmd(2021, 11, 20).getSolar().toYmd()
    expect([first.slice(0, 4), second.slice(0, 4)]).toEqual(['2021', '2021'])
    const eleventhMonth = [customer({ importantDates: [date(11, 20, { calendar: 'lunar', year: 1960 })] })]
    const january = only(suggest(eleventhMonth, addDays(first, -2)))
    const december = only(suggest(eleventhMonth, addDays(second, -2)))
    expect(january).toMatchObject({ date: first, occasionKey: 'birthday:c1:2020', age: 60 })
    expect(december).toMatchObject({ date: second, occasionKey: 'birthday:c1:2021', age: 61 })
  })

  it('greets a leap-month birthday in the ordinary month of years without that leap month', () => {
    // 闰六月 2025 exists; 2026 has no leap sixth month.
    const leapSixth = [customer({ importantDates: [date(6, 10, { calendar: 'lunar', leapMonth: true })] })]
    const in2025 = Lunar.fromYmd(2025, -6, 10).getSolar().toYmd()
    const in2026 = Lunar.fromYmd(2026, 6, 10).getSolar().toYmd()
    expect(only(suggest(leapSixth, addDays(in2025, -1))).date).toBe(in2025)
    expect(only(suggest(leapSixth, addDays(in2026, -1))).date).toBe(in2026)
    expect(lunarOf(in2026).getMonth()).toBe(6)
  })

  it('has no birthday suggestion without a birthday: it flags the gap instead', () => {
    const [suggestion] = suggest([customer({ importantDates: [], lastContactAt: null, createdAt: '2020-01-01T00:00:00.000Z' })], '2026-06-10', {
      settings: { ...QUIET, noContactDays: DEFAULT_CARE_SETTINGS.noContactDays }
    })
    expect(suggestion?.reason).toBe('no-contact')
    expect(suggestion?.missing).toContainEqual({ kind: 'no-birthday' })
  })
})

describe('any customer, any day', () => {
  const solarDate = fc
    .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), year: fc.option(fc.integer({ min: 1930, max: 2010 }), { nil: null }) })
    .filter(({ month, day }) => day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!)
  const today = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))

  it('suggests a birthday at most once, inside the window, keyed by the year it falls in', () => {
    fc.assert(
      fc.property(solarDate, today, ({ month, day, year }, on) => {
        const suggestions = suggest([customer({ importantDates: [date(month, day, { year })] })], on)
        expect(suggestions.length).toBeLessThanOrEqual(1)
        for (const suggestion of suggestions) {
          expect(suggestion.daysAway).toBe(daysBetween(on, suggestion.date))
          expect(suggestion.daysAway).toBeGreaterThanOrEqual(-QUIET.overdueDays)
          expect(suggestion.daysAway).toBeLessThanOrEqual(QUIET.leadDays.birthday)
          expect(suggestion.occasionKey).toBe(`birthday:c1:${suggestion.date.slice(0, 4)}`)
          expect(suggestion.due).toBe(dueState(suggestion.daysAway))
        }
        // Every birthday within the window is found: none is missed either.
        const inWindow = [-1, 0, 1].some((shift) => {
          const y = Number(on.slice(0, 4)) + shift
          const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
          const d = month === 2 && day === 29 && !leap ? 28 : day
          const at = `${y}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`
          const away = daysBetween(on, at)
          return away >= -QUIET.overdueDays && away <= QUIET.leadDays.birthday && (year === null || y > year)
        })
        expect(suggestions.length === 1).toBe(inWindow)
      })
    )
  })
})

describe('festivals', () => {
  const settings: CareSettings = { ...QUIET, festivals: ['spring-festival', 'mid-autumn', 'dragon-boat'] }

  it('greets the tiers chosen in the week before a festival, on its date that year', () => {
    const [a, b] = [customer({ id: 'a', tier: 'A' }), customer({ id: 'b', tier: 'B' })]
    const suggestions = suggest([a, b], '2026-02-10', { settings })
    expect(suggestions).toHaveLength(1)
    expect(suggestions[0]).toMatchObject({ reason: 'festival', festival: 'spring-festival', date: '2026-02-17', customerId: 'a', occasionKey: 'festival:a:spring-festival:2026' })
    expect(suggest([a, b], '2026-02-10', { settings: { ...settings, festivalTiers: ['A', 'B'] } })).toHaveLength(2)
    expect(suggest([a, b], '2026-02-09', { settings })).toEqual([])
  })

  it('finds each year’s lunar festivals on their own dates', () => {
    const a = [customer({ id: 'a', tier: 'A' })]
    expect(suggest(a, '2025-10-01', { settings }).map((s) => [s.occasionKey, s.date])).toEqual([['festival:a:mid-autumn:2025', '2025-10-06']])
    expect(suggest(a, '2025-05-28', { settings }).map((s) => [s.occasionKey, s.date])).toEqual([['festival:a:dragon-boat:2025', '2025-05-31']])
    expect(suggest(a, '2027-02-01', { settings }).map((s) => [s.occasionKey, s.date])).toEqual([['festival:a:spring-festival:2027', '2027-02-06']])
  })
})

describe('anniversaries', () => {
  it('counts the years of a purchase anniversary, and names a custom one by its label', () => {
    const dates = [
      date(6, 12, { id: 'p', kind: 'purchase-anniversary', label: '首次购机纪念日', year: 2020 }),
      date(6, 14, { id: 'w', kind: 'custom', label: '结婚纪念日' })
    ]
    const suggestions = suggest([customer({ importantDates: dates })], '2026-06-10')
    expect(suggestions.map((s) => s.occasionKey)).toEqual(['anniversary:c1:p:2026', 'anniversary:c1:w:2026'])
    expect(suggestions[0]).toMatchObject({ reason: 'anniversary', dateKind: 'purchase-anniversary', years: 6 })
    expect(suggestions[1]).toMatchObject({ reason: 'anniversary', label: '结婚纪念日', years: null })
  })

  it('has no anniversary in the year of the purchase itself', () => {
    expect(suggest([customer({ importantDates: [date(6, 12, { kind: 'purchase-anniversary', year: 2026 })] })], '2026-06-10')).toEqual([])
  })
})

describe('products: maintenance and warranty', () => {
  const product = (overrides: Partial<OwnedProduct> = {}): OwnedProduct =>
    stamped(productContent('c1', { purchaseDate: '2025-06-20', maintenanceIntervalMonths: 12, ...overrides }), 'p1')

  it('derives maintenance due from the interval, counted from the last maintenance or the purchase', () => {
    const suggestion = only(suggest([customer()], '2026-06-10', { products: [product()] }))
    expect(suggestion).toMatchObject({ reason: 'maintenance', date: '2026-06-20', daysAway: 10, due: 'later', occasionKey: 'maintenance:p1:2026-06', productId: 'p1' })
    // Done on time: the next one is a year off, and today's suggestion is gone.
    expect(suggest([customer()], '2026-06-10', { products: [product({ lastMaintenanceDate: '2026-06-05' })] })).toEqual([])
    // No interval, or nothing to count from: nothing is guessed.
    expect(suggest([customer()], '2026-06-10', { products: [product({ maintenanceIntervalMonths: null })] })).toEqual([])
    expect(suggest([customer()], '2026-06-10', { products: [product({ purchaseDate: null })] })).toEqual([])
  })

  it('keeps a missed maintenance for the overdue window only', () => {
    expect(only(suggest([customer()], '2026-06-25', { products: [product()] }))).toMatchObject({ due: 'overdue', daysAway: -5 })
    expect(suggest([customer()], '2026-07-01', { products: [product()] })).toEqual([])
  })

  it('reminds of a warranty ending within the lead time, and not once it has ended', () => {
    const ending = [product({ maintenanceIntervalMonths: null, warrantyEnd: '2026-06-30' })]
    expect(only(suggest([customer()], '2026-06-10', { products: ending }))).toMatchObject({ reason: 'warranty', date: '2026-06-30', occasionKey: 'warranty:p1:2026-06-30' })
    expect(only(suggest([customer()], '2026-06-30', { products: ending })).due).toBe('today')
    expect(suggest([customer()], '2026-07-01', { products: ending })).toEqual([])
    expect(suggest([customer()], '2026-05-30', { products: ending })).toEqual([])
  })

  it('ignores deleted products and flags those without a purchase date', () => {
    const deleted = stamped(productContent('c1', { purchaseDate: '2025-06-20', maintenanceIntervalMonths: 12 }), 'p2', undefined, '2026-01-01T00:00:00.000Z')
    expect(suggest([customer()], '2026-06-10', { products: [deleted] })).toEqual([])
    const [suggestion] = suggest([customer({ importantDates: [date(6, 12)] })], '2026-06-10', {
      products: [product({ id: 'p3', product: '美的 冰箱', purchaseDate: null, maintenanceIntervalMonths: null })]
    })
    expect(suggestion?.missing).toContainEqual({ kind: 'no-purchase-date', product: '美的 冰箱' })
  })
})

describe('the call after a repair', () => {
  const product = stamped(productContent('c1', { purchaseDate: '2025-01-10' }), 'p1')
  const service = (overrides: Partial<Interaction> = {}): Interaction =>
    stamped(interactionContent('c1', { kind: 'purchase', occurredAt: '2026-06-05T03:00:00.000Z', productId: 'p1', summary: '滤芯更换', amount: 300, ...overrides }), 'i1')
  const servicedCustomer = customer({ lastContactAt: '2026-06-05T03:00:00.000Z' })

  it('is due a few days after a service on a product the customer owns, while nobody has been in touch since', () => {
    expect(only(suggest([servicedCustomer], '2026-06-06', { products: [product], latestContacts: [service()] }))).toMatchObject({
      reason: 'service-follow-up',
      serviceDate: '2026-06-05',
      date: '2026-06-08',
      occasionKey: 'service-follow-up:i1',
      product: '格力 空调 KFR-35GW'
    })
    // A contact since: the service is no longer the last contact, and the call is not asked for again.
    expect(suggest([customer({ lastContactAt: '2026-06-07T03:00:00.000Z' })], '2026-06-08', { products: [product], latestContacts: [service()] })).toEqual([])
  })

  it('is not asked for the sale itself, nor for a complaint’s repair (that call is planned with the complaint)', () => {
    const sale = service({ occurredAt: '2025-01-10T03:00:00.000Z' })
    expect(suggest([customer({ lastContactAt: sale.occurredAt })], '2025-01-11', { products: [product], latestContacts: [sale] })).toEqual([])
    expect(suggest([servicedCustomer], '2026-06-06', { products: [product], latestContacts: [service({ complaintId: 'k1' })] })).toEqual([])
    expect(suggest([servicedCustomer], '2026-06-06', { products: [product], latestContacts: [service({ productId: null })] })).toEqual([])
  })

  it('lapses after the overdue window, and the data layer need not read older last contacts', () => {
    expect(suggest([servicedCustomer], '2026-06-16', { products: [product], latestContacts: [service()] })).toEqual([])
    expect(only(suggest([servicedCustomer], '2026-06-15', { products: [product], latestContacts: [service()] })).due).toBe('overdue')
    expect(serviceFollowUpCutoff({ today: '2026-06-15', settings: QUIET }) <= servicedCustomer.lastContactAt!).toBe(true)
    expect(serviceFollowUpCutoff({ today: '2026-06-16', settings: QUIET }) > servicedCustomer.lastContactAt!).toBe(true)
  })
})

describe('long time no contact', () => {
  const settings: CareSettings = { ...QUIET, noContactDays: DEFAULT_CARE_SETTINGS.noContactDays }

  it('is due once a tier’s days have passed since the last contact, in the shop’s calendar', () => {
    // 2026-04-10T17:00Z is 2026-04-11 01:00 in Shanghai: the day counted from is the 11th.
    const lastContactAt = '2026-04-10T17:00:00.000Z'
    const a = customer({ tier: 'A', lastContactAt })
    expect(suggest([a], '2026-06-09', { settings })).toEqual([])
    expect(only(suggest([a], '2026-06-10', { settings }))).toMatchObject({
      reason: 'no-contact',
      since: '2026-04-11',
      lastContactDate: '2026-04-11',
      date: '2026-06-10',
      due: 'today',
      thresholdDays: 60,
      occasionKey: 'no-contact:c1:2026-04-11'
    })
    expect(only(suggest([a], '2026-08-01', { settings })).due).toBe('overdue')
    expect(suggest([customer({ tier: 'D', lastContactAt })], '2026-08-01', { settings })).toEqual([])
  })

  it('counts from the day the record was made when there has been no contact, and says so', () => {
    const never = customer({ tier: 'B', lastContactAt: null, createdAt: '2025-01-05T02:00:00.000Z' })
    expect(only(suggest([never], '2026-06-10', { settings }))).toMatchObject({ lastContactDate: null, since: '2025-01-05', occasionKey: 'no-contact:c1:2025-01-05' })
  })
})

describe('suppression and consent', () => {
  const complaint = (status: Complaint['status']): Complaint => stamped(complaintContent('c1', { status }), 'k1')
  const product = stamped(productContent('c1', { purchaseDate: '2025-06-20', maintenanceIntervalMonths: 12 }), 'p1')
  const due = customer({ importantDates: [date(6, 12)] })

  it('holds back greetings while a complaint is open, but not maintenance, and counts what it held back', () => {
    const result = careCandidates({ ...NO_RECORDS, customers: [due], products: [product], complaints: [complaint('in-progress')] }, { today: '2026-06-10', settings: QUIET })
    expect(result.suggestions.map((s) => s.reason)).toEqual(['maintenance'])
    expect(result.tally.withheldOpenComplaint).toBe(1)
    const closed = careCandidates({ ...NO_RECORDS, customers: [due], products: [product], complaints: [complaint('closed')] }, { today: '2026-06-10', settings: QUIET })
    expect(closed.suggestions.map((s) => s.reason)).toEqual(['birthday', 'maintenance'])
  })

  it('suggests nothing for a customer who did not agree to be contacted, nor for deleted or merged records', () => {
    const result = careCandidates(
      {
        ...NO_RECORDS,
        customers: [
          customer({ id: 'x', contactConsent: false, importantDates: [date(6, 12)] }),
          customer({ id: 'y', deletedAt: '2026-01-01T00:00:00.000Z', importantDates: [date(6, 12)] }),
          customer({ id: 'z', mergedInto: 'c1', importantDates: [date(6, 12)] })
        ]
      },
      { today: '2026-06-10', settings: QUIET }
    )
    expect(result.suggestions).toEqual([])
    expect(result.tally).toMatchObject({ customers: 1, withheldNoConsent: 1 })
  })
})

describe('missing data', () => {
  it('flags what is missing on every suggestion of the customer, never filling it in', () => {
    const [suggestion] = suggest(
      [
        customer({
          phones: [{ raw: '没有号码', normalized: '', kind: 'other' }],
          preferredChannel: 'letter',
          address: '',
          importantDates: [date(6, 12, { kind: 'purchase-anniversary', label: '' }), date(2, 30, { id: 'bad', kind: 'custom', label: '结婚纪念日' })]
        })
      ],
      '2026-06-10'
    )
    expect(suggestion?.phone).toBeNull()
    expect(suggestion?.missing).toEqual([
      { kind: 'no-phone' },
      { kind: 'no-address' },
      { kind: 'no-birthday' },
      { kind: 'unreadable-date', label: '结婚纪念日', dateKind: 'custom' }
    ])
  })

  it('does not ask an organisation for a birthday, and counts the gaps across all customers read', () => {
    const result = careCandidates(
      {
        ...NO_RECORDS,
        customers: [customer({ id: 'o', kind: 'organisation', importantDates: [date(6, 12, { kind: 'custom', label: '成立纪念日' })] }), customer({ id: 'p', phones: [] })],
        products: [stamped(productContent('p', { purchaseDate: null }), 'p9')]
      },
      { today: '2026-06-10', settings: QUIET }
    )
    expect(result.suggestions[0]?.missing).toEqual([])
    expect(result.tally).toMatchObject({ customers: 2, customersWithoutPhone: 1, personsWithoutBirthday: 1, productsWithoutPurchaseDate: 1 })
  })
})

describe('resolveCareSuggestions', () => {
  const candidates = suggest([customer({ importantDates: [date(6, 12)] })], '2026-06-10')
  const key = careOccasionKey.birthday('c1', 2026)
  const task = (deletedAt: string | null = null): CareTaskMark => ({ occasionKey: key, deletedAt })
  const decision = (overrides: Partial<CareDecisionMark>): CareDecisionMark => ({
    occasionKey: key,
    decision: 'dismissed',
    until: null,
    deletedAt: null,
    updatedAt: '2026-06-01T00:00:00.000Z',
    ...overrides
  })

  it('drops an occasion that has a task, in any state, once: a deleted task brings it back', () => {
    expect(resolveCareSuggestions(candidates, [task()], [], '2026-06-10')).toEqual([])
    expect(resolveCareSuggestions(candidates, [task('2026-06-09T00:00:00.000Z')], [], '2026-06-10')).toEqual(candidates)
    expect(resolveCareSuggestions(candidates, [{ occasionKey: 'birthday:c1:2025', deletedAt: null }], [], '2026-06-10')).toEqual(candidates)
  })

  it('drops a dismissed occasion, hides a snoozed one until its day, and listens to the newest decision', () => {
    expect(resolveCareSuggestions(candidates, [], [decision({})], '2026-06-10')).toEqual([])
    expect(resolveCareSuggestions(candidates, [], [decision({ decision: 'snoozed', until: '2026-06-11' })], '2026-06-10')).toEqual([])
    expect(resolveCareSuggestions(candidates, [], [decision({ decision: 'snoozed', until: '2026-06-10' })], '2026-06-10')).toEqual(candidates)
    const dismissedThenSnoozed = [decision({}), decision({ decision: 'snoozed', until: '2026-06-09', updatedAt: '2026-06-05T00:00:00.000Z' })]
    expect(resolveCareSuggestions(candidates, [], dismissedThenSnoozed, '2026-06-10')).toEqual(candidates)
    expect(resolveCareSuggestions(candidates, [], [decision({ deletedAt: '2026-06-02T00:00:00.000Z' })], '2026-06-10')).toEqual(candidates)
  })
})

describe('the queue', () => {
  it('has today, overdue, this week and coming up, grouped by reason, better tiers first', () => {
    const customers = [
      customer({ id: 'd', tier: 'D', sortName: 'a', importantDates: [date(6, 12)] }),
      customer({ id: 'a', tier: 'A', sortName: 'z', importantDates: [date(6, 13)] }),
      customer({ id: 'b', tier: 'B', sortName: 'b', importantDates: [date(6, 10)] }),
      customer({ id: 'c', tier: 'C', sortName: 'c', importantDates: [date(6, 5)] })
    ]
    const products = [stamped(productContent('a', { warrantyEnd: '2026-06-12' }), 'pa')]
    const queue = computeCareQueue({ ...NO_RECORDS, customers, products, tasks: [], decisions: [] }, { today: '2026-06-10', settings: QUIET })
    expect(queue.sections.map((section) => [section.due, section.count])).toEqual([
      ['today', 1],
      ['overdue', 1],
      ['this-week', 3],
      ['later', 0]
    ])
    const thisWeek = queue.sections[2]
    expect(thisWeek?.groups.map((group) => [group.reason, group.suggestions.map((s) => s.customerId)])).toEqual([
      ['birthday', ['a', 'd']],
      ['warranty', ['a']]
    ])
    expect(queue.tally.customers).toBe(4)
  })

  it('sorts within a tier by date, then name', () => {
    const [section] = groupCareQueue(
      suggest(
        [
          customer({ id: 'x', sortName: 'wang', importantDates: [date(6, 13)] }),
          customer({ id: 'y', sortName: 'li', importantDates: [date(6, 13)] }),
          customer({ id: 'z', sortName: 'zhao', importantDates: [date(6, 12)] })
        ],
        '2026-06-10'
      )
    ).filter((s) => s.due === 'this-week')
    expect(section?.groups[0]?.suggestions.map((s) => s.customerId)).toEqual(['z', 'y', 'x'])
  })

  it('reads due states at their edges', () => {
    expect([-1, 0, 1, 7, 8].map(dueState)).toEqual(['overdue', 'today', 'this-week', 'this-week', 'later'])
  })
})

describe('shopDateReader', () => {
  it('reads the shop’s date of any instant as todayInShop does, in zones with half hours and daylight saving', () => {
    const instant = fc
      .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
      .map((d) => d.toISOString())
    for (const timeZone of ['Asia/Shanghai', 'Asia/Kolkata', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago']) {
      const read = shopDateReader(timeZone)
      fc.assert(fc.property(instant, (iso) => read(iso) === todayInShop(new Date(iso), timeZone)), { numRuns: 300 })
    }
    // Either side of a shop's midnight, which falls at 18:30 UTC in Kolkata.
    const kolkata = shopDateReader('Asia/Kolkata')
    expect(['2026-03-01T18:29:59.999Z', '2026-03-01T18:30:00.000Z'].map(kolkata)).toEqual(['2026-03-01', '2026-03-02'])
  })
})
