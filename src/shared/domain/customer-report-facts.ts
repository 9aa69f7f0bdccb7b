/**
 * What the customer report reads of a customer (ReportCustomer), kept in bundles (fact-bundles.ts)
 * so the report reads a few hundred records instead of every customer on file (a big shop has
 * 100,000). Only current customers are in them: deleted and merged-away ones are left out.
 *
 * A customer's bucket follows from its id alone, so a write never has to read the customer it
 * replaces. A bucket is one string of lines (factLines): "id<TAB>tier<TAB>personality<TAB>owner
 * <TAB>last contact<TAB>added". Ids, tiers, personality types and ISO instants hold no tabs or
 * line breaks.
 */
import { isCurrentCustomer, type Customer } from './customer'
import { lineBundleStorage, type FactBundling, type LineBundle } from './fact-bundles'
import type { ReportCustomer } from './report-customers'

export type CustomerFactBucket = LineBundle<'bucket'>

/** Enough buckets that saving one customer rewrites only a few hundred lines at 100,000 customers. */
export const CUSTOMER_FACT_BUCKETS = 256

/** The bucket of a customer id: FNV-1a over its UTF-16 code units, so it is the same on every device. */
export function customerFactBucketOf(id: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193)
  return String((hash >>> 0) % CUSTOMER_FACT_BUCKETS).padStart(3, '0')
}

export const ALL_CUSTOMER_FACT_BUCKETS: readonly string[] = Array.from({ length: CUSTOMER_FACT_BUCKETS }, (_, index) => String(index).padStart(3, '0'))

/** What bundling reads of a customer: the report's fields, and whether the customer is current. */
export type BundledCustomer = ReportCustomer & Pick<Customer, 'deletedAt' | 'mergedInto'>

export const customerFactBundling: FactBundling<BundledCustomer> = {
  bundleOf: (customer) => (isCurrentCustomer(customer) ? customerFactBucketOf(customer.id) : null),
  bundleOfId: customerFactBucketOf,
  pack: (customer) => [customer.tier, customer.personality, customer.ownerId ?? '', customer.lastContactAt ?? '', customer.createdAt].join('\t')
}

export const customerFactStorage = lineBundleStorage(customerFactBundling, 'bucket')

/** The customers of the buckets, as the report reads them. */
export function unpackCustomerFacts(buckets: readonly CustomerFactBucket[]): ReportCustomer[] {
  const customers: ReportCustomer[] = []
  for (const { facts } of buckets) {
    if (facts === '') continue
    for (const line of facts.split('\n')) {
      const [id = '', tier, personality, ownerId = '', lastContactAt = '', createdAt = ''] = line.split('\t')
      customers.push({
        id,
        tier: tier as ReportCustomer['tier'],
        personality: personality as ReportCustomer['personality'],
        ownerId: ownerId === '' ? null : ownerId,
        lastContactAt: lastContactAt === '' ? null : lastContactAt,
        createdAt
      })
    }
  }
  return customers
}
