/**
 * Which customers have complaints still open, kept in bundles (fact-bundles.ts) so the customer
 * report and the customer list's "open complaints" filter read 256 small records instead of every
 * open complaint in full (a complaint with its texts and history is big, and a busy centre has
 * tens of thousands open). Only live complaints that are not closed are in them (isOpenComplaint).
 *
 * A complaint's bucket follows from its id alone (factBucketOf), so a write never has to read
 * the complaint it replaces. A bucket is one string of lines (factLines): "complaint id<TAB>
 * customer id"; ids hold no tabs or line breaks.
 */
import { isOpenComplaint, type Complaint } from './complaint'
import { factBucketOf, factsOfLines, lineBundleStorage, type FactBundling, type LineBundle } from './fact-bundles'
import { countInto } from './report-table'

export type OpenComplaintBucket = LineBundle<'bucket'>

export const openComplaintBundling: FactBundling<Pick<Complaint, 'id' | 'status' | 'deletedAt' | 'customerId'>> = {
  bundleOf: (complaint) => (isOpenComplaint(complaint) ? factBucketOf(complaint.id) : null),
  bundleOfId: factBucketOf,
  pack: (complaint) => complaint.customerId
}

export const openComplaintFactStorage = lineBundleStorage(openComplaintBundling, 'bucket')

/** How many open complaints each customer has, from the buckets. */
export function openComplaintsByCustomer(buckets: readonly OpenComplaintBucket[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>()
  for (const bucket of buckets) {
    for (const customerId of factsOfLines(bucket.facts).values()) countInto(counts, customerId)
  }
  return counts
}
