import { isCurrentCustomer, type Customer } from '@shared/domain/customer'
import { db } from '../db'
import { RecordNotFoundError, reviseRecord, type Actor } from '../records'
import { customersRepository, type CustomerInput } from './customers'
import { refreshLastContact } from './interactions'

/** Every table whose records belong to a customer: a merge moves them all. */
const CUSTOMER_HISTORY_TABLES = ['ownedProducts', 'interactions', 'complaints', 'careTasks', 'careDecisions'] as const
type CustomerHistoryTable = (typeof CUSTOMER_HISTORY_TABLES)[number]

/* Through the stamping write path, deleted records too: each move gets its clock stamp and audit entry. */
async function moveHistory<K extends CustomerHistoryTable>(table: K, fromId: string, toId: string, actor: Actor): Promise<void> {
  const ids = await db.syncedTable(table).where('customerId').equals(fromId).primaryKeys()
  for (const id of ids) await reviseRecord(table, id, (record) => ({ ...record, customerId: toId }), actor)
}

async function requireMergeable(id: string, role: 'kept' | 'merged'): Promise<Customer> {
  const customer = await db.customers.get(id)
  if (customer === undefined) throw new RecordNotFoundError('customers', id)
  if (!isCurrentCustomer(customer)) {
    throw new Error(`The customer to be ${role} (${customer.name}) is already deleted or merged into another record`)
  }
  return customer
}

/**
 * Merges the absorbed customer into the survivor, in one transaction: the survivor takes
 * `mergedContent` (the fields the clerk chose), every product, interaction, complaint,
 * care task and care decision of the absorbed customer moves to the survivor, and the
 * absorbed record is marked merged into it and deleted. lastContactAt is derived, so it
 * is recomputed rather than taken from `mergedContent`, as is `mergedInto`.
 */
export function mergeCustomers(
  survivorId: string,
  absorbedId: string,
  mergedContent: Partial<CustomerInput>,
  actor: Actor
): Promise<Customer> {
  if (survivorId === absorbedId) return Promise.reject(new Error('A customer cannot be merged into itself'))
  const tables = [db.customers, ...CUSTOMER_HISTORY_TABLES.map((table) => db.syncedTable(table)), db.auditLog, db.meta]
  return db.transaction('rw', tables, async () => {
    await requireMergeable(survivorId, 'kept')
    await requireMergeable(absorbedId, 'merged')
    const { lastContactAt: _lastContactAt, mergedInto: _mergedInto, ...content } = mergedContent
    await customersRepository.update(survivorId, content, actor)
    for (const table of CUSTOMER_HISTORY_TABLES) await moveHistory(table, absorbedId, survivorId, actor)
    await customersRepository.update(absorbedId, { mergedInto: survivorId }, actor)
    await customersRepository.remove(absorbedId, actor)
    await refreshLastContact(survivorId, actor)
    return requireMergeable(survivorId, 'kept')
  })
}
