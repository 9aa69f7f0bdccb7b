/**
 * What the customer report reads of a customer (ReportCustomer), kept in bundles (fact-bundles.ts)
 * so the report reads a few hundred records instead of every customer on file (a big shop has
 * 100,000). Only current customers are in them: deleted and merged-away ones are left out.
 *
 * A customer's bucket follows from its id alone (factBucketOf), so a write never has to read the
 * customer it replaces. A bucket is one string of lines (factLines): "id<TAB>tier<TAB>personality<TAB>owner
 * <TAB>last contact<TAB>added". Ids, tiers, personality types and ISO instants hold no tabs or
 * line breaks.
 */
import { isCurrentCustomer, type Customer } from './customer'
import { factBucketOf, lineBundleStorage, type FactBundling, type LineBundle } from './fact-bundles'
import type { ReportCustomer } from './report-customers'

export type CustomerFactBucket = LineBundle<'bucket'>

/** What bundling reads of a customer: the report's fields, and whether the customer is current. */
export type BundledCustomer = ReportCustomer & Pick<Customer, 'deletedAt' | 'mergedInto'>

export const customerFactBundling: FactBundling<BundledCustomer> = {
  bundleOf: (customer) => (isCurrentCustomer(customer) ? factBucketOf(customer.id) : null),
  bundleOfId: factBucketOf,
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
