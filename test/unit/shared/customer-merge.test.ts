import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ImportantDate } from '@shared/domain/customer'
import {
  differingFields,
  MERGEABLE_FIELDS,
  planCustomerMerge,
  type MergeChoices
} from '@shared/domain/customer-merge'
import { customerArbitrary, makeCustomer, mobile } from './customer-fixtures'

const birthday = (id: string, month: number, day: number, overrides: Partial<ImportantDate> = {}): ImportantDate => ({
  id,
  kind: 'birthday',
  label: '生日',
  calendar: 'solar',
  year: null,
  month,
  day,
  leapMonth: false,
  ...overrides
})

const choicesArbitrary: fc.Arbitrary<MergeChoices> = fc.dictionary(
  fc.constantFrom(...MERGEABLE_FIELDS),
  fc.constantFrom('survivor' as const, 'absorbed' as const)
)

describe('differingFields', () => {
  it('lists the mergeable fields whose values differ, in form order', () => {
    const a = makeCustomer({ name: '张伟', address: '上海', ownerId: null, contactConsent: true })
    const b = makeCustomer({ id: 'c2', name: '张伟', address: '北京', ownerId: 's1', contactConsent: false, phones: [mobile('13800000001')] })
    expect(differingFields(a, b)).toEqual(['address', 'contactConsent', 'ownerId'])
    expect(differingFields(a, a)).toEqual([])
  })

  it('is symmetric', () => {
    fc.assert(
      fc.property(customerArbitrary, customerArbitrary, (a, b) => {
        expect(differingFields(a, b)).toEqual(differingFields(b, a))
      })
    )
  })
})

describe('planCustomerMerge: fields', () => {
  const survivor = makeCustomer({ id: 's', name: '张伟', company: '', address: '上海市浦东新区', ownerId: null, tier: 'B', notes: '' })
  const absorbed = makeCustomer({ id: 'a', name: '张 伟', company: '恒通物业', address: '上海市静安区', ownerId: 's2', tier: 'A', notes: '怕吵' })

  it("keeps the survivor's values unless they are empty and the absorbed record has one", () => {
    const merged = planCustomerMerge(survivor, absorbed, {})
    expect(merged).toMatchObject({ name: '张伟', company: '恒通物业', address: '上海市浦东新区', ownerId: 's2', tier: 'B', notes: '怕吵' })
  })

  it('treats a blank string as empty', () => {
    expect(planCustomerMerge(makeCustomer({ company: '  ' }), makeCustomer({ company: '恒通' }), {}).company).toBe('恒通')
  })

  it("follows the clerk's choice, even to keep an empty value", () => {
    const merged = planCustomerMerge(survivor, absorbed, { name: 'absorbed', address: 'absorbed', ownerId: 'survivor', tier: 'absorbed' })
    expect(merged).toMatchObject({ name: '张 伟', address: '上海市静安区', ownerId: null, tier: 'A' })
  })

  it('does not treat false as empty: a withdrawn consent stays withdrawn', () => {
    expect(planCustomerMerge(makeCustomer({ contactConsent: false }), makeCustomer({ contactConsent: true }), {}).contactConsent).toBe(false)
  })

  it('keeps both notes when they differ, unless the clerk chose one', () => {
    const s = makeCustomer({ notes: '喜欢下午来' })
    const a = makeCustomer({ notes: '怕吵' })
    expect(planCustomerMerge(s, a, {}).notes).toBe('喜欢下午来\n怕吵')
    expect(planCustomerMerge(s, a, { notes: 'survivor' }).notes).toBe('喜欢下午来')
    expect(planCustomerMerge(s, a, { notes: 'absorbed' }).notes).toBe('怕吵')
    expect(planCustomerMerge(s, makeCustomer({ notes: '喜欢下午来' }), {}).notes).toBe('喜欢下午来')
    expect(planCustomerMerge(s, makeCustomer({ notes: '' }), {}).notes).toBe('喜欢下午来')
    expect(planCustomerMerge(makeCustomer({ notes: ' ' }), a, {}).notes).toBe('怕吵')
  })
})

describe('planCustomerMerge: lists', () => {
  it("joins phones, one per normalised number, the survivor's first", () => {
    const survivor = makeCustomer({ phones: [mobile('13800000001'), { raw: '021-1234 5678', normalized: '02112345678', kind: 'landline' }] })
    const absorbed = makeCustomer({ phones: [{ raw: '138 0000 0001', normalized: '13800000001', kind: 'mobile' }, mobile('13900000002')] })
    expect(planCustomerMerge(survivor, absorbed, {}).phones).toEqual([...survivor.phones, mobile('13900000002')])
  })

  it('joins important dates, one per kind and date, keeping a leap month and a different year apart', () => {
    const survivor = makeCustomer({ importantDates: [birthday('d1', 5, 20), birthday('d2', 4, 8, { calendar: 'lunar' })] })
    const absorbed = makeCustomer({
      importantDates: [
        birthday('d3', 5, 20, { label: '生日（农历？）' }),
        birthday('d4', 4, 8, { calendar: 'lunar', leapMonth: true }),
        birthday('d5', 5, 20, { year: 1980 }),
        birthday('d6', 5, 20, { kind: 'custom', label: '结婚纪念日' })
      ]
    })
    expect(planCustomerMerge(survivor, absorbed, {}).importantDates.map((date) => date.id)).toEqual(['d1', 'd2', 'd4', 'd5', 'd6'])
  })

  it('joins tags once each', () => {
    expect(planCustomerMerge(makeCustomer({ tags: ['VIP', '老客户'] }), makeCustomer({ tags: ['老客户', '投诉过'] }), {}).tags).toEqual([
      'VIP',
      '老客户',
      '投诉过'
    ])
  })

  it('puts the tier changes of both in time order, once each', () => {
    const first = { tier: 'C' as const, reason: '', at: '2024-01-01T00:00:00.000Z', by: 's1' }
    const second = { tier: 'B' as const, reason: '', at: '2024-06-01T00:00:00.000Z', by: 's2' }
    const third = { tier: 'A' as const, reason: '介绍了三位客户', at: '2025-01-01T00:00:00.000Z', by: 's1' }
    const merged = planCustomerMerge(makeCustomer({ tierHistory: [first, third] }), makeCustomer({ tierHistory: [first, second] }), {})
    expect(merged.tierHistory).toEqual([first, second, third])
  })

  it('keeps the later last contact', () => {
    const early = '2025-01-01T00:00:00.000Z'
    const late = '2025-06-01T00:00:00.000Z'
    const contact = (survivor: string | null, absorbed: string | null) =>
      planCustomerMerge(makeCustomer({ lastContactAt: survivor }), makeCustomer({ lastContactAt: absorbed }), {}).lastContactAt
    expect(contact(early, late)).toBe(late)
    expect(contact(late, early)).toBe(late)
    expect(contact(null, early)).toBe(early)
    expect(contact(early, null)).toBe(early)
    expect(contact(null, null)).toBeNull()
  })
})

describe('planCustomerMerge: properties', () => {
  it('loses nothing: every phone, tag and important date of either record is in the result', () => {
    fc.assert(
      fc.property(customerArbitrary, customerArbitrary, choicesArbitrary, (survivor, absorbed, choices) => {
        const merged = planCustomerMerge(survivor, absorbed, choices)
        const dateKey = (date: ImportantDate) => [date.kind, date.calendar, date.year, date.month, date.day, date.leapMonth].join('|')
        for (const phone of [...survivor.phones, ...absorbed.phones]) {
          expect(merged.phones.map((p) => p.normalized)).toContain(phone.normalized)
        }
        for (const tag of [...survivor.tags, ...absorbed.tags]) expect(merged.tags).toContain(tag)
        for (const date of [...survivor.importantDates, ...absorbed.importantDates]) {
          expect(merged.importantDates.map(dateKey)).toContain(dateKey(date))
        }
        for (const change of [...survivor.tierHistory, ...absorbed.tierHistory]) expect(merged.tierHistory).toContainEqual(change)
        // …and adds nothing twice.
        expect(new Set(merged.phones.map((p) => p.normalized)).size).toBe(merged.phones.length)
        expect(new Set(merged.tags).size).toBe(merged.tags.length)
      })
    )
  })

  it("gives the absorbed record's value for every field chosen 'absorbed', the survivor's for 'survivor'", () => {
    fc.assert(
      fc.property(customerArbitrary, customerArbitrary, choicesArbitrary, (survivor, absorbed, choices) => {
        const merged = planCustomerMerge(survivor, absorbed, choices)
        for (const field of MERGEABLE_FIELDS) {
          const side = choices[field]
          if (side !== undefined) expect(merged[field]).toBe((side === 'absorbed' ? absorbed : survivor)[field])
        }
      })
    )
  })

  it('gives a record back when merged with itself', () => {
    fc.assert(
      fc.property(customerArbitrary, choicesArbitrary, (customer, choices) => {
        const { phones, importantDates, tags, tierHistory, lastContactAt } = customer
        const content = Object.fromEntries(MERGEABLE_FIELDS.map((field) => [field, customer[field]]))
        expect(planCustomerMerge(customer, structuredClone(customer), choices)).toEqual({
          ...content,
          phones,
          importantDates,
          tags,
          tierHistory,
          lastContactAt
        })
      })
    )
  })

  it('is deterministic: the same records and choices, in any key order, give the same result', () => {
    fc.assert(
      fc.property(customerArbitrary, customerArbitrary, choicesArbitrary, (survivor, absorbed, choices) => {
        const reordered = Object.fromEntries(Object.entries(choices).reverse())
        expect(planCustomerMerge(survivor, absorbed, reordered)).toEqual(planCustomerMerge(structuredClone(survivor), structuredClone(absorbed), choices))
      })
    )
  })

  it('never changes the records it was given', () => {
    fc.assert(
      fc.property(customerArbitrary, customerArbitrary, choicesArbitrary, (survivor, absorbed, choices) => {
        const [before1, before2] = [structuredClone(survivor), structuredClone(absorbed)]
        planCustomerMerge(survivor, absorbed, choices)
        expect([survivor, absorbed]).toEqual([before1, before2])
      })
    )
  })
})
