import type { Customer } from '@shared/domain/customer'
import { db } from '../db'

/**
 * Deleted customers, newest deletion first, for the trash. Only tombstones have a
 * deletedAt key, so the index holds just them; merged records (also tombstones) are
 * left out: they live on in the record they were merged into.
 */
export function listDeletedCustomers(limit = 200): Promise<readonly Customer[]> {
  return db.customers
    .where('deletedAt')
    .aboveOrEqual('')
    .reverse()
    .filter((customer) => customer.mergedInto === null)
    .limit(limit)
    .toArray()
}
