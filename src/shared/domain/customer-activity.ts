/**
 * The records the clerk's quick actions on a customer card make: a logged call, a
 * purchase (and the product bought, for warranty and maintenance care).
 */
import type { CallOutcome, Interaction } from './interaction'
import type { OwnedProduct } from './owned-product'
import type { RecordContent } from './record'

export interface CallInput {
  readonly outcome: CallOutcome
  readonly summary: string
  /** ISO instant of the call. */
  readonly at: string
}

export interface PurchaseInput {
  /** In the shop's currency (yuan). */
  readonly amount: number
  /** '' for a purchase that leaves no product to look after (a service, a part). */
  readonly productName: string
  readonly serial: string
  /** ISO instant of the purchase. */
  readonly at: string
  /** yyyy-mm-dd, or null when unknown. */
  readonly warrantyEnd: string | null
  readonly maintenanceIntervalMonths: number | null
}

const EMPTY_LINKS = { amount: null, productId: null, taskId: null, complaintId: null } as const

/** `staffId` is whoever is at the desk; '' (nobody chosen) is stored as no one. */
const staffOrNull = (staffId: string): string | null => (staffId === '' ? null : staffId)

export function callInteraction(customerId: string, call: CallInput, staffId: string): RecordContent<Interaction> {
  return {
    ...EMPTY_LINKS,
    customerId,
    kind: 'call',
    occurredAt: call.at,
    staffId: staffOrNull(staffId),
    summary: call.summary,
    callOutcome: call.outcome
  }
}

/** The calendar date (yyyy-mm-dd) of an instant where the app runs: the shop's own PC. */
function localDate(instant: string): string {
  const date = new Date(instant)
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The product a purchase adds to the customer's products, or null when no product was named. */
export function purchasedProduct(customerId: string, purchase: PurchaseInput): RecordContent<OwnedProduct> | null {
  const product = purchase.productName.trim()
  if (product === '') return null
  return {
    customerId,
    product,
    serial: purchase.serial.trim(),
    purchaseDate: localDate(purchase.at),
    warrantyEnd: purchase.warrantyEnd,
    maintenanceIntervalMonths: purchase.maintenanceIntervalMonths,
    lastMaintenanceDate: null,
    notes: ''
  }
}

export function purchaseInteraction(
  customerId: string,
  purchase: PurchaseInput,
  staffId: string,
  productId: string | null
): RecordContent<Interaction> {
  if (!Number.isFinite(purchase.amount) || purchase.amount < 0) {
    throw new RangeError(`A purchase amount must be a number of zero or more, not ${purchase.amount}`)
  }
  return {
    ...EMPTY_LINKS,
    customerId,
    kind: 'purchase',
    occurredAt: purchase.at,
    staffId: staffOrNull(staffId),
    summary: purchase.productName.trim(),
    callOutcome: null,
    amount: purchase.amount,
    productId
  }
}
