import { isOpenComplaint, type Complaint } from '@shared/domain/complaint'
import type { Customer } from '@shared/domain/customer'
import { buildCustomerTimeline, latestSatisfaction, type Satisfaction, type TimelineEntry } from '@shared/domain/customer-timeline'
import type { OwnedProduct } from '@shared/domain/owned-product'
import { isLive } from '@shared/domain/record'
import { db } from '../db'
import { listComplaintsForCustomer } from './complaint-list'
import { listInteractionsForCustomer } from './interactions'

/** What the customer card shows at a glance. */
export interface CustomerCard {
  /** Deleted and merged records open too: the card says so and offers the way back. */
  readonly customer: Customer
  /** Live products, in the order they were registered. */
  readonly products: readonly OwnedProduct[]
  /** Live complaints not closed, newest first. */
  readonly openComplaints: readonly Complaint[]
  readonly lastSatisfaction: Satisfaction | null
}

/** The card of a customer, or null when there is no such record. */
export function loadCustomerCard(customerId: string, now: Date): Promise<CustomerCard | null> {
  return db.transaction('r', [db.customers, db.ownedProducts, db.complaints, db.careTasks], async () => {
    const [customer, products, complaints, careTasks] = await Promise.all([
      db.customers.get(customerId),
      db.ownedProducts.where('customerId').equals(customerId).filter(isLive).toArray(),
      listComplaintsForCustomer(customerId),
      db.careTasks.where('customerId').equals(customerId).toArray()
    ])
    if (customer === undefined) return null
    return {
      customer,
      products,
      openComplaints: complaints.filter(isOpenComplaint),
      lastSatisfaction: latestSatisfaction({ complaints, careTasks }, now)
    }
  })
}

/**
 * The customer's history, newest first, at most `limit` entries: interactions through
 * their [customerId+occurredAt] index, complaints and care tasks by customer, the audit
 * trail of the record, of the records merged into it (their edits are this customer's
 * history too) and of its products by record id.
 */
export function loadCustomerTimeline(customerId: string, limit = 300): Promise<readonly TimelineEntry[]> {
  return db.transaction('r', [db.customers, db.interactions, db.complaints, db.careTasks, db.ownedProducts, db.auditLog], async () => {
    const [interactions, complaints, careTasks, productIds, absorbedIds] = await Promise.all([
      listInteractionsForCustomer(customerId, limit),
      db.complaints.where('customerId').equals(customerId).toArray(),
      db.careTasks.where('customerId').equals(customerId).toArray(),
      db.ownedProducts.where('customerId').equals(customerId).primaryKeys(),
      db.customers.where('mergedInto').equals(customerId).primaryKeys()
    ])
    const audit = await db.auditLog.where('recordId').anyOf([customerId, ...absorbedIds, ...productIds]).toArray()
    return buildCustomerTimeline({ interactions, complaints, careTasks, audit }).slice(0, limit)
  })
}
