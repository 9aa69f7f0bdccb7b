import { PERSONALITY_TYPES, TIERS, type Customer, type Tier } from './customer'
import { daysBetween } from './days'
import { shareOf, totalRow, type ReportRow, type ReportTable } from './report-table'

/*
 * Customers (客户分级, domain brief §4): how the shop's customers and their spending spread over
 * the tiers, the 80/20 picture (a few A customers bring much of the spend), their personality
 * mix, and who is at risk of being lost: long without contact, or with a complaint still open.
 * These describe the customers on file now; spend is the purchases made within the range.
 */

export type ReportCustomer = Pick<Customer, 'id' | 'tier' | 'personality' | 'ownerId' | 'lastContactAt' | 'createdAt'>

const TIER_COLUMNS = [
  { id: 'customers', kind: 'count' },
  { id: 'customer-share', kind: 'share' },
  { id: 'spend', kind: 'amount' },
  { id: 'spend-share', kind: 'share' }
] as const

/** Customers and spend per tier, A to D, with each one's share of the whole. */
export function customersByTier(customers: readonly ReportCustomer[], spendByCustomer: ReadonlyMap<string, number>): ReportTable {
  const counts = new Map(TIERS.map((tier) => [tier, 0]))
  const spend = new Map(TIERS.map((tier) => [tier, 0]))
  let totalSpend = 0
  for (const customer of customers) {
    counts.set(customer.tier, (counts.get(customer.tier) ?? 0) + 1)
    const amount = spendByCustomer.get(customer.id) ?? 0
    spend.set(customer.tier, (spend.get(customer.tier) ?? 0) + amount)
    totalSpend += amount
  }
  const rows: ReportRow[] = TIERS.map((tier) => {
    const count = counts.get(tier) ?? 0
    const amount = spend.get(tier) ?? 0
    return { key: tier, values: [count, shareOf(count, customers.length), amount, shareOf(amount, totalSpend)] }
  })
  return {
    rowKind: 'tier',
    columns: TIER_COLUMNS,
    rows,
    total: totalRow([customers.length, shareOf(customers.length, customers.length), totalSpend, shareOf(totalSpend, totalSpend)])
  }
}

/** How many customers of each personality type, in the types' order ("not judged yet" last). */
export function customersByPersonality(customers: readonly ReportCustomer[]): ReportTable {
  const counts = new Map(PERSONALITY_TYPES.map((type) => [type, 0]))
  for (const customer of customers) counts.set(customer.personality, (counts.get(customer.personality) ?? 0) + 1)
  return {
    rowKind: 'personality',
    columns: [
      { id: 'customers', kind: 'count' },
      { id: 'customer-share', kind: 'share' }
    ],
    rows: PERSONALITY_TYPES.map((type) => ({ key: type, values: [counts.get(type) ?? 0, shareOf(counts.get(type) ?? 0, customers.length)] })),
    total: totalRow([customers.length, shareOf(customers.length, customers.length)])
  }
}

export interface AtRiskOptions {
  /** The shop's date. */
  readonly today: string
  /** No contact for at least this many days puts a customer at risk: the care rule's threshold for their tier. */
  readonly noContactDays: Readonly<Record<Tier, number>>
  /** How many rows the table lists; the rest are counted in `more`. */
  readonly limit: number
}

export interface AtRiskCustomers {
  /** Keyed by customer id: days without contact (null: never contacted) and open complaints. */
  readonly table: ReportTable
  /** At-risk customers beyond the table's rows. */
  readonly more: number
}

/** Whole shop days since the customer's last contact, or since they were added when never contacted. */
const daysWithoutContact = (customer: ReportCustomer, today: string): number =>
  Math.max(0, daysBetween((customer.lastContactAt ?? customer.createdAt).slice(0, 10), today))

/**
 * Customers with an open complaint or no contact for their tier's `noContactDays` or more, most at risk
 * first: an open complaint before none, then more open complaints, then the most days past their
 * tier's limit (an A customer 100 days past a 60-day limit before a D customer 10 days past a
 * year: raw days would fill the list with D customers, whose limit is longest), then tier A
 * before D (losing an A customer costs most).
 */
export function customersAtRisk(
  customers: readonly ReportCustomer[],
  openComplaintsByCustomer: ReadonlyMap<string, number>,
  { today, noContactDays, limit }: AtRiskOptions
): AtRiskCustomers {
  const atRisk = customers
    .map((customer) => {
      const days = daysWithoutContact(customer, today)
      return { customer, days, overdue: days - noContactDays[customer.tier], open: openComplaintsByCustomer.get(customer.id) ?? 0 }
    })
    .filter(({ overdue, open }) => open > 0 || overdue >= 0)
    .sort((a, b) => b.open - a.open || b.overdue - a.overdue || a.customer.tier.localeCompare(b.customer.tier) || a.customer.id.localeCompare(b.customer.id))
  const listed = atRisk.slice(0, limit)
  return {
    table: {
      rowKind: 'customer',
      columns: [
        { id: 'days-without-contact', kind: 'count' },
        { id: 'open-complaints', kind: 'count' }
      ],
      rows: listed.map(({ customer, days, open }) => ({ key: customer.id, values: [days, open] })),
      total: null
    },
    more: atRisk.length - listed.length
  }
}
