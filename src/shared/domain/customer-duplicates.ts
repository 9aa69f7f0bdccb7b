import { isCurrentCustomer, type Customer, type PhoneNumber } from './customer'

/*
 * Finding the same customer entered twice (客户识别): two records sharing a phone number are
 * very likely one person or one household. Deleted records and records already merged into
 * another are not customers any more, so they never count as duplicates.
 */

export interface PhoneClash {
  readonly customer: Customer
  /** The shared number, normalised. */
  readonly phone: string
}

/**
 * Other customers who already have one of these numbers: what the form warns about while a
 * record is being entered. `selfId` is the record being edited (null for a new one). One
 * entry per customer and shared number, in the order of the candidates and their phones.
 */
export function findPhoneClashes(
  phones: readonly PhoneNumber[],
  candidates: readonly Customer[],
  selfId: string | null
): readonly PhoneClash[] {
  const wanted = new Set(phones.map((phone) => phone.normalized).filter((normalized) => normalized !== ''))
  return candidates
    .filter((customer) => isCurrentCustomer(customer) && customer.id !== selfId)
    .flatMap((customer) =>
      [...new Set(customer.phones.map((phone) => phone.normalized))]
        .filter((normalized) => wanted.has(normalized))
        .map((phone) => ({ customer, phone }))
    )
}

/**
 * Groups of customer ids linked by shared numbers, for the "possible duplicates" list. Links
 * are followed through: if A shares a number with B and B another with C, all three are one
 * group (one person's records, to be merged in one go). Groups of one are left out; ids keep
 * the order of the input, and groups the order of their first member.
 */
export function groupDuplicateCandidates(customers: readonly Customer[]): readonly (readonly string[])[] {
  const active = customers.filter(isCurrentCustomer)
  // Union-find over the records' positions; each group's root is its first member.
  const parent = active.map((_, index) => index)
  const root = (index: number): number => {
    let current = index
    while (parent[current] !== current) {
      const up = parent[current] ?? current
      // Path halving keeps the trees shallow however the links arrive.
      parent[current] = parent[up] ?? up
      current = up
    }
    return current
  }
  const firstWithPhone = new Map<string, number>()
  active.forEach((customer, index) => {
    for (const { normalized } of customer.phones) {
      if (normalized === '') continue
      const first = firstWithPhone.get(normalized)
      if (first === undefined) {
        firstWithPhone.set(normalized, index)
        continue
      }
      const [a, b] = [root(first), root(index)]
      parent[Math.max(a, b)] = Math.min(a, b)
    }
  })
  const groups = new Map<number, string[]>()
  active.forEach((customer, index) => {
    const group = groups.get(root(index)) ?? []
    group.push(customer.id)
    groups.set(root(index), group)
  })
  return [...groups.values()].filter((group) => group.length > 1)
}
