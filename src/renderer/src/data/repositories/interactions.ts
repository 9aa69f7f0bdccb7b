import { Dexie } from 'dexie'
import type { Interaction } from '@shared/domain/interaction'
import { countsAsContact } from '@shared/domain/last-contact'
import { isLive } from '@shared/domain/record'
import { db } from '../db'
import type { Actor } from '../records'
import { customersRepository } from './customers'
import { createRecordRepository, type RecordRepository } from './record-repository'

const base = createRecordRepository('interactions')

const byCustomerNewestFirst = (customerId: string) =>
  db.interactions
    .where('[customerId+occurredAt]')
    .between([customerId, Dexie.minKey], [customerId, Dexie.maxKey])
    .reverse()

/** The customer's interactions, newest first (the timeline). */
export function listInteractionsForCustomer(customerId: string, limit = 200): Promise<readonly Interaction[]> {
  return byCustomerNewestFirst(customerId).filter(isLive).limit(limit).toArray()
}

/**
 * Sets the customer's lastContactAt from their newest live contact (a call that reached
 * them, a visit, a purchase). Call it inside a transaction over the interactions,
 * customers, audit log and meta tables.
 */
export async function refreshLastContact(customerId: string, actor: Actor): Promise<void> {
  const customer = await db.customers.get(customerId)
  if (customer === undefined) return
  const newest = await byCustomerNewestFirst(customerId)
    .filter((interaction) => isLive(interaction) && countsAsContact(interaction))
    .first()
  await customersRepository.update(customerId, { lastContactAt: newest?.occurredAt ?? null }, actor)
}

/**
 * Runs an interaction write and keeps lastContactAt in step, in one transaction: for the
 * interaction's customer and, when an update moved it to another customer, the old one.
 */
function keepingLastContact(id: string | null, write: () => Promise<Interaction>, actor: Actor): Promise<Interaction> {
  return db.transaction('rw', [db.interactions, db.customers, db.auditLog, db.meta], async () => {
    const before = id === null ? undefined : await db.interactions.get(id)
    const interaction = await write()
    for (const customerId of new Set([before?.customerId ?? interaction.customerId, interaction.customerId])) {
      await refreshLastContact(customerId, actor)
    }
    return interaction
  })
}

export const interactionsRepository: RecordRepository<Interaction> = {
  ...base,
  create: (content, actor) => keepingLastContact(null, () => base.create(content, actor), actor),
  update: (id, patch, actor) => keepingLastContact(id, () => base.update(id, patch, actor), actor),
  remove: (id, actor) => keepingLastContact(id, () => base.remove(id, actor), actor),
  restore: (id, actor) => keepingLastContact(id, () => base.restore(id, actor), actor)
}
