import {
  callInteraction,
  purchasedProduct,
  purchaseInteraction,
  type CallInput,
  type PurchaseInput
} from '@shared/domain/customer-activity'
import { isCurrentCustomer } from '@shared/domain/customer'
import type { Interaction } from '@shared/domain/interaction'
import type { OwnedProduct } from '@shared/domain/owned-product'
import { db } from '../db'
import { RecordNotFoundError, type Actor } from '../records'
import { interactionsRepository } from './interactions'
import { ownedProductsRepository } from './owned-products'

/** Call inside the write's transaction: history is only added to a customer who is still there. */
export async function requireCurrentCustomer(customerId: string): Promise<void> {
  const customer = await db.customers.get(customerId)
  if (customer === undefined) throw new RecordNotFoundError('customers', customerId)
  if (!isCurrentCustomer(customer)) throw new Error(`Customer ${customerId} is deleted or merged: restore it or use the record it was merged into`)
}

/**
 * Logs a call. lastContactAt follows, unless the call never reached the customer
 * (no answer, wrong number).
 */
export function logCall(customerId: string, call: CallInput, actor: Actor): Promise<Interaction> {
  return db.transaction('rw', [db.customers, db.interactions, db.auditLog, db.meta], async () => {
    await requireCurrentCustomer(customerId)
    return interactionsRepository.create(callInteraction(customerId, call, actor.staffId), actor)
  })
}

export interface RecordedPurchase {
  readonly interaction: Interaction
  /** The product added to the customer's products; null when no product was named. */
  readonly product: OwnedProduct | null
}

/** Records a purchase and, when a product was named, the product bought: both or neither. */
export function addPurchase(customerId: string, purchase: PurchaseInput, actor: Actor): Promise<RecordedPurchase> {
  return db.transaction('rw', [db.customers, db.ownedProducts, db.interactions, db.auditLog, db.meta], async () => {
    await requireCurrentCustomer(customerId)
    const productContent = purchasedProduct(customerId, purchase)
    const product = productContent === null ? null : await ownedProductsRepository.create(productContent, actor)
    const interaction = await interactionsRepository.create(
      purchaseInteraction(customerId, purchase, actor.staffId, product?.id ?? null),
      actor
    )
    return { interaction, product }
  })
}
