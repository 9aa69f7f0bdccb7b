/**
 * Customer records for the pure domain tests (customer-merge, customer-duplicates):
 * `makeCustomer` with fixed defaults, and `customerArbitrary` for property tests. Values come
 * from small pools, so two generated customers often share a phone number, a tag or a date,
 * as real duplicates do.
 */
import fc from 'fast-check'
import {
  CONTACT_CHANNELS,
  PERSONALITY_TYPES,
  TIERS,
  type Customer,
  type ImportantDate,
  type PhoneNumber,
  type TierChange
} from '@shared/domain/customer'
import { customerContent, mobile } from './customer-record-content'

export { mobile }

const CREATED_AT = '2025-01-01T00:00:00.000Z'

/** A live customer without phones; overrides win. The search fields are left empty: nothing here reads them. */
export function makeCustomer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'c1',
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    updatedBy: '',
    deviceId: 'device-1',
    clock: '1735689600000-0000-device-1',
    fieldClocks: {},
    deletedAt: null,
    ...customerContent('张伟', { phones: [] }),
    searchKeys: [],
    phoneDigits: [],
    sortName: '',
    ...overrides
  }
}

const INSTANTS = ['2024-01-01T00:00:00.000Z', '2024-06-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z']

/** The same number typed in different ways, and now and then a number with no digits read. */
const phoneArbitrary: fc.Arbitrary<PhoneNumber> = fc
  .record({
    normalized: fc.constantFrom('13800000001', '13800000002', '13800000003', '02112345678', '+14155550100', ''),
    typedWith: fc.constantFrom('', ' ', '+86 '),
    kind: fc.constantFrom('mobile', 'landline', 'other')
  })
  .map(({ normalized, typedWith, kind }) => ({ raw: typedWith + normalized, normalized, kind }))

const dateKey = (date: ImportantDate): string => [date.kind, date.calendar, date.year, date.month, date.day, date.leapMonth].join('|')

const importantDateArbitrary: fc.Arbitrary<ImportantDate> = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('birthday', 'purchase-anniversary', 'custom'),
  label: fc.constantFrom('', '生日'),
  calendar: fc.constantFrom('solar', 'lunar'),
  year: fc.constantFrom(null, 1980),
  month: fc.integer({ min: 1, max: 2 }),
  day: fc.integer({ min: 1, max: 2 }),
  leapMonth: fc.boolean()
})

const tierChangeArbitrary: fc.Arbitrary<TierChange> = fc.record({
  tier: fc.constantFrom(...TIERS),
  reason: fc.constantFrom('', '老客户'),
  at: fc.constantFrom(...INSTANTS),
  by: fc.constantFrom('s1', 's2')
})

/** Any customer: some deleted or merged; lists without repeats, as the form saves them. */
export const customerArbitrary: fc.Arbitrary<Customer> = fc
  .record({
    id: fc.constantFrom('c1', 'c2', 'c3'),
    deletedAt: fc.option(fc.constant('2025-02-01T00:00:00.000Z'), { nil: null, freq: 5 }),
    mergedInto: fc.option(fc.constant('c9'), { nil: null, freq: 5 }),
    name: fc.constantFrom('', '张伟', '张 伟', '王芳'),
    kind: fc.constantFrom('person', 'organisation'),
    company: fc.constantFrom('', ' ', '恒通物业'),
    phones: fc.uniqueArray(phoneArbitrary, { maxLength: 3, selector: (phone) => phone.normalized }),
    address: fc.constantFrom('', '上海市浦东新区', '上海市静安区'),
    preferredChannel: fc.constantFrom(...CONTACT_CHANNELS),
    contactConsent: fc.boolean(),
    importantDates: fc.uniqueArray(importantDateArbitrary, { maxLength: 3, selector: dateKey }),
    tier: fc.constantFrom(...TIERS),
    // Stored in time order, as tier changes happen.
    tierHistory: fc
      .uniqueArray(tierChangeArbitrary, { maxLength: 3, selector: (change) => JSON.stringify(change) })
      .map((history) => [...history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))),
    stage: fc.constantFrom('current', 'prospect'),
    relationship: fc.constantFrom('transactional', 'relationship'),
    personality: fc.constantFrom(...PERSONALITY_TYPES),
    ownerId: fc.constantFrom(null, 's1', 's2'),
    tags: fc.uniqueArray(fc.constantFrom('VIP', '老客户', '投诉过'), { maxLength: 3 }),
    notes: fc.constantFrom('', ' ', '喜欢下午来', '怕吵'),
    lastContactAt: fc.option(fc.constantFrom(...INSTANTS), { nil: null })
  })
  .map((fields) => makeCustomer(fields))
