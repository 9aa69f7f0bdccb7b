import type { Customer, PhoneNumber } from './customer'

/** The fields the search index is computed from. */
export type CustomerSearchSource = Pick<Customer, 'name' | 'company' | 'tags' | 'phones'>

/** Shorter phone tails than this are not indexed: four digits is the usual "last four" lookup. */
export const MIN_PHONE_TAIL = 4

/**
 * Lower-cased name, company and tags, each whole and, when it has several words, word by
 * word, so a prefix search finds "Smith" in "John Smith". Pinyin and initials come later.
 */
export function customerSearchKeys(customer: Pick<Customer, 'name' | 'company' | 'tags'>): readonly string[] {
  const keys = new Set<string>()
  for (const text of [customer.name, customer.company, ...customer.tags]) {
    const key = text.trim().toLowerCase().replace(/\s+/g, ' ')
    if (key === '') continue
    keys.add(key)
    if (key.includes(' ')) for (const word of key.split(' ')) keys.add(word)
  }
  return [...keys]
}

/**
 * Every digit suffix of every number, down to MIN_PHONE_TAIL digits. IndexedDB can only
 * search an index by prefix, so storing the suffixes turns "starts with 5678" into "the
 * number contains 5678", which is what a phone-tail search needs; the full number is the
 * longest suffix, so an exact lookup works too.
 */
export function phoneDigitsOf(phones: readonly PhoneNumber[]): readonly string[] {
  const suffixes = new Set<string>()
  for (const phone of phones) {
    const digits = phone.normalized.replace(/\D/g, '')
    if (digits === '') continue
    suffixes.add(digits)
    for (let start = 1; start <= digits.length - MIN_PHONE_TAIL; start++) suffixes.add(digits.slice(start))
  }
  return [...suffixes]
}

/** The search fields a customer record stores, computed from the rest of it on every save. */
export function customerSearchFields(
  customer: CustomerSearchSource
): Pick<Customer, 'searchKeys' | 'phoneDigits'> {
  return { searchKeys: customerSearchKeys(customer), phoneDigits: phoneDigitsOf(customer.phones) }
}

/** The record with its search fields recomputed: callers never set them by hand. */
export function withSearchFields<C extends CustomerSearchSource>(
  customer: C
): C & Pick<Customer, 'searchKeys' | 'phoneDigits'> {
  return { ...customer, ...customerSearchFields(customer) }
}
