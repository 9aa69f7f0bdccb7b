import { isCurrentCustomer, type Customer } from '@shared/domain/customer'
import {
  normalizeSearchQuery,
  phoneDigitsOfNumber,
  phoneQueryDigits,
  rankCustomers
} from '@shared/domain/customer-search'
import { db } from '../db'

/**
 * How many records a search reads at most. The indexes return candidates in key order,
 * and a key equal to the query sorts before the keys it is a prefix of, so whole-name,
 * whole-initials and phone-tail matches come first; a query as short as 张 can match
 * thousands, and the clerk types on rather than scroll through them.
 */
const CANDIDATE_LIMIT = 500

const isCurrent = (customer: Customer | undefined): customer is Customer =>
  customer !== undefined && isCurrentCustomer(customer)

/**
 * The customers that best match what the clerk typed (name, pinyin, initials, any three
 * or more digits of a phone, company, tag), best first. Prefix queries on the searchKeys
 * and phoneDigits indexes find the candidates; never a table scan.
 */
export function searchCustomers(query: string, limit = 20): Promise<readonly Customer[]> {
  const normalized = normalizeSearchQuery(query)
  if (normalized === '') return Promise.resolve([])
  const digits = phoneQueryDigits(normalized)
  return db.transaction('r', db.customers, async () => {
    // Deduplicated here rather than with distinct(), which turns a getAllKeys into a cursor walk.
    const candidatesBy = (index: 'searchKeys' | 'phoneDigits', prefix: string) =>
      db.customers.where(index).startsWith(prefix).limit(CANDIDATE_LIMIT).primaryKeys()
    const [byPhone, byKey] = await Promise.all([
      digits === null ? [] : candidatesBy('phoneDigits', digits),
      candidatesBy('searchKeys', normalized)
    ])
    const ids = [...new Set([...byPhone, ...byKey])].slice(0, CANDIDATE_LIMIT)
    const candidates = (await db.customers.bulkGet(ids)).filter(isCurrent)
    return rankCustomers(query, candidates, limit)
  })
}

/**
 * Live, unmerged customers with exactly this phone number (any number of theirs): the
 * duplicate warning on save. Non-digits in the argument are ignored.
 */
export async function findCustomersByPhone(normalizedDigits: string): Promise<readonly Customer[]> {
  const digits = normalizedDigits.replace(/\D/g, '')
  if (digits === '') return []
  // phoneDigits holds suffixes too: 12345678 is also the tail of 13812345678, so check the whole number.
  const holders = await db.customers.where('phoneDigits').equals(digits).toArray()
  return holders.filter((customer) => isCurrent(customer) && customer.phones.some((phone) => phoneDigitsOfNumber(phone) === digits))
}
