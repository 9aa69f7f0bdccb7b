import { addMonthsClamped, daysBetween, parseIsoDate } from './days'
import type { OwnedProduct } from './owned-product'

/*
 * After-sales care for products a customer owns: is the warranty still good, and when is the
 * next scheduled maintenance (定期保养). Both come only from what was recorded: a missing or
 * unreadable date gives 'unknown' or null, never a guess.
 */

export type WarrantyStatus = 'valid' | 'expiring' | 'expired' | 'unknown'

/** Days before the end of a warranty from which it counts as expiring, worth a call. */
export const DEFAULT_EXPIRING_WITHIN_DAYS = 30

/** The warranty on `today` (the shop's date): the end day itself is still covered. */
export function warrantyStatus(
  product: Pick<OwnedProduct, 'warrantyEnd'>,
  today: string,
  expiringWithinDays = DEFAULT_EXPIRING_WITHIN_DAYS
): WarrantyStatus {
  if (product.warrantyEnd === null || parseIsoDate(product.warrantyEnd) === null) return 'unknown'
  const daysLeft = daysBetween(today, product.warrantyEnd)
  if (daysLeft < 0) return 'expired'
  return daysLeft <= expiringWithinDays ? 'expiring' : 'valid'
}

/**
 * When the next maintenance is due: the interval after the last maintenance, or after the
 * purchase when there has been none, clamped to the month's end (Jan 31 + 1 month is Feb 28
 * or 29). Null without an interval or a date to count from.
 */
export function nextMaintenanceDue(
  product: Pick<OwnedProduct, 'purchaseDate' | 'lastMaintenanceDate' | 'maintenanceIntervalMonths'>
): string | null {
  const interval = product.maintenanceIntervalMonths
  const from = product.lastMaintenanceDate ?? product.purchaseDate
  if (interval === null || !Number.isInteger(interval) || interval <= 0 || from === null || parseIsoDate(from) === null) return null
  return addMonthsClamped(from, interval)
}
