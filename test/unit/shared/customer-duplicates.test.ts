import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Customer } from '@shared/domain/customer'
import { findPhoneClashes, groupDuplicateCandidates } from '@shared/domain/customer-duplicates'
import { customerArbitrary, makeCustomer, mobile } from './customer-fixtures'

const withPhones = (id: string, numbers: readonly string[], overrides: Partial<Customer> = {}): Customer =>
  makeCustomer({ id, phones: numbers.map(mobile), ...overrides })

describe('findPhoneClashes', () => {
  const zhang = withPhones('zhang', ['13800000001', '13800000002'])
  const wang = withPhones('wang', ['13800000002', '13900000009'])
  const deleted = withPhones('deleted', ['13800000001'], { deletedAt: '2025-02-01T00:00:00.000Z' })
  const merged = withPhones('merged', ['13800000001'], { mergedInto: 'zhang' })
  const candidates = [zhang, wang, deleted, merged]

  it('finds the other current customers with one of the numbers, once per customer and number', () => {
    expect(findPhoneClashes([mobile('13800000002'), mobile('13800000001')], candidates, null)).toEqual([
      { customer: zhang, phone: '13800000001' },
      { customer: zhang, phone: '13800000002' },
      { customer: wang, phone: '13800000002' }
    ])
  })

  it('leaves out the record being edited', () => {
    expect(findPhoneClashes(zhang.phones, candidates, 'zhang')).toEqual([{ customer: wang, phone: '13800000002' }])
  })

  it('leaves out deleted and merged records', () => {
    expect(findPhoneClashes([mobile('13800000001')], [deleted, merged], null)).toEqual([])
  })

  it('matches on the normalised number, whatever was typed', () => {
    const typed = { raw: '+86 138-0000-0001', normalized: '13800000001', kind: 'mobile' as const }
    expect(findPhoneClashes([typed], [zhang], null)).toEqual([{ customer: zhang, phone: '13800000001' }])
  })

  it('never matches an empty number', () => {
    const blank = { raw: '', normalized: '', kind: 'other' as const }
    expect(findPhoneClashes([blank], [makeCustomer({ id: 'x', phones: [blank] })], null)).toEqual([])
  })

  it('reports a number listed twice on a candidate once', () => {
    expect(findPhoneClashes([mobile('13800000001')], [withPhones('twice', ['13800000001', '13800000001'])], null)).toHaveLength(1)
  })
})

describe('groupDuplicateCandidates', () => {
  it('groups customers sharing a number, following links through', () => {
    const customers = [
      withPhones('a', ['13800000001']),
      withPhones('lonely', ['13900000000']),
      withPhones('b', ['13800000001', '13800000002']),
      withPhones('x', ['13700000001']),
      withPhones('c', ['13800000002']),
      withPhones('y', ['13700000001'])
    ]
    expect(groupDuplicateCandidates(customers)).toEqual([
      ['a', 'b', 'c'],
      ['x', 'y']
    ])
  })

  it('joins two groups that a later record links', () => {
    const customers = [
      withPhones('a', ['13800000001']),
      withPhones('b', ['13800000002']),
      withPhones('c', ['13800000002']),
      withPhones('d', ['13800000001']),
      withPhones('link', ['13800000002', '13800000001'])
    ]
    expect(groupDuplicateCandidates(customers)).toEqual([['a', 'b', 'c', 'd', 'link']])
  })

  it('leaves out deleted and merged records, empty numbers and customers on their own', () => {
    const blank = { raw: '', normalized: '', kind: 'other' as const }
    expect(
      groupDuplicateCandidates([
        withPhones('a', ['13800000001']),
        withPhones('deleted', ['13800000001'], { deletedAt: '2025-02-01T00:00:00.000Z' }),
        withPhones('merged', ['13800000001'], { mergedInto: 'a' }),
        makeCustomer({ id: 'p', phones: [blank] }),
        makeCustomer({ id: 'q', phones: [blank] })
      ])
    ).toEqual([])
  })

  it('puts every two current customers sharing a number in one group, and only linked customers together', () => {
    // Distinct ids, as in the database.
    const customersArbitrary = fc
      .array(customerArbitrary, { maxLength: 12 })
      .map((customers) => customers.map((customer, index) => ({ ...customer, id: `c${index}` })))
    fc.assert(
      fc.property(customersArbitrary, (customers) => {
        const groups = groupDuplicateCandidates(customers)
        const groupOf = new Map(groups.flatMap((group, index) => group.map((id) => [id, index] as const)))
        const current = customers.filter((customer) => customer.deletedAt === null && customer.mergedInto === null)
        const numbers = (customer: Customer) => new Set(customer.phones.map((phone) => phone.normalized).filter((n) => n !== ''))
        const share = (a: Customer, b: Customer) => [...numbers(a)].some((n) => numbers(b).has(n))

        expect(groupOf.size).toBe(groups.flat().length)
        for (const group of groups) expect(group.length).toBeGreaterThan(1)
        for (const a of current) {
          for (const b of current) {
            if (a !== b && share(a, b)) {
              expect(groupOf.get(a.id)).toBeDefined()
              expect(groupOf.get(a.id)).toBe(groupOf.get(b.id))
            }
          }
          // Nobody is in a group without sharing a number with another member.
          const index = groupOf.get(a.id)
          if (index !== undefined) expect(current.some((b) => b !== a && groupOf.get(b.id) === index && share(a, b))).toBe(true)
        }
        for (const customer of customers) {
          if (!current.includes(customer)) expect(groupOf.has(customer.id)).toBe(false)
        }
      })
    )
  })
})
