import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { db } from '@renderer/data/db'
import { RecordNotFoundError } from '@renderer/data/records'
import { listAuditForRecord } from '@renderer/data/repositories/audit-log'
import { careDecisionsRepository } from '@renderer/data/repositories/care-decisions'
import { careTasksRepository } from '@renderer/data/repositories/care-tasks'
import { complaintsRepository } from '@renderer/data/repositories/complaints'
import { mergeCustomers } from '@renderer/data/repositories/customer-merge'
import { searchCustomers } from '@renderer/data/repositories/customer-search'
import { customersRepository } from '@renderer/data/repositories/customers'
import { interactionsRepository } from '@renderer/data/repositories/interactions'
import { ownedProductsRepository } from '@renderer/data/repositories/owned-products'
import {
  careTaskContent,
  complaintContent,
  customerContent,
  interactionContent,
  mobile,
  productContent
} from '../shared/customer-record-content'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const clerk = { staffId: 'clerk-1' }

const HISTORY_TABLES = ['ownedProducts', 'interactions', 'complaints', 'careTasks', 'careDecisions'] as const

/** Every history record of the customer, deleted ones too, by table. */
const historyOf = async (customerId: string) =>
  Object.fromEntries(
    await Promise.all(
      HISTORY_TABLES.map(async (table) => [table, (await db.table(table).where('customerId').equals(customerId).primaryKeys()).sort()] as const)
    )
  )

async function twoRecordsOfOnePerson() {
  const survivor = await customersRepository.create(customerContent('张伟', { phones: [mobile('13800000001')] }), clerk)
  const absorbed = await customersRepository.create(customerContent('张 伟', { phones: [mobile('13900000002')] }), clerk)
  return { survivor, absorbed }
}

describe('mergeCustomers', () => {
  it('moves all history to the survivor, takes the merged content, and marks the absorbed record merged and deleted', async () => {
    const { survivor, absorbed } = await twoRecordsOfOnePerson()
    await interactionsRepository.create(interactionContent(survivor.id, { occurredAt: '2025-01-01T02:00:00.000Z' }), clerk)
    const product = await ownedProductsRepository.create(productContent(absorbed.id), clerk)
    const visit = await interactionsRepository.create(interactionContent(absorbed.id, { occurredAt: '2025-04-01T02:00:00.000Z' }), clerk)
    const removed = await interactionsRepository.create(interactionContent(absorbed.id, { occurredAt: '2025-05-01T02:00:00.000Z' }), clerk)
    await interactionsRepository.remove(removed.id, clerk)
    const complaint = await complaintsRepository.create(complaintContent(absorbed.id), clerk)
    const task = await careTasksRepository.create(careTaskContent(absorbed.id), clerk)
    const decision = await careDecisionsRepository.create(
      { occasionKey: 'birthday:2025', customerId: absorbed.id, decision: 'dismissed', until: null, reason: '' },
      clerk
    )
    const absorbedHistory = await historyOf(absorbed.id)

    const merged = await mergeCustomers(
      survivor.id,
      absorbed.id,
      { phones: [...survivor.phones, ...absorbed.phones], notes: '两条记录合并', lastContactAt: null, mergedInto: 'elsewhere' },
      clerk
    )

    expect(merged).toMatchObject({ id: survivor.id, notes: '两条记录合并', mergedInto: null, deletedAt: null })
    expect(merged.phoneDigits).toContain('13900000002')
    expect(merged.lastContactAt).toBe(visit.occurredAt)
    expect(await historyOf(absorbed.id)).toEqual(Object.fromEntries(HISTORY_TABLES.map((table) => [table, []])))
    const survivorHistory = await historyOf(survivor.id)
    for (const table of HISTORY_TABLES) expect(survivorHistory[table]).toEqual(expect.arrayContaining(absorbedHistory[table] ?? []))
    expect(survivorHistory.interactions).toContain(removed.id)

    const gone = await customersRepository.get(absorbed.id)
    expect(gone?.mergedInto).toBe(survivor.id)
    expect(gone?.deletedAt).not.toBeNull()
    const [deletion, marking] = await listAuditForRecord(absorbed.id)
    expect([deletion?.action, marking?.action, marking?.changedFields]).toEqual(['delete', 'update', ['mergedInto']])
    for (const id of [product.id, complaint.id, task.id, decision.id]) {
      expect((await listAuditForRecord(id))[0]?.changedFields).toEqual(['customerId'])
    }
    expect((await searchCustomers('13900000002')).map((customer) => customer.id)).toEqual([survivor.id])
  })

  it('refuses to merge a record into itself', async () => {
    const { survivor } = await twoRecordsOfOnePerson()
    await expect(mergeCustomers(survivor.id, survivor.id, {}, clerk)).rejects.toThrow(/itself/)
  })

  it('refuses records already merged or deleted, and unknown ids, changing nothing', async () => {
    const { survivor, absorbed } = await twoRecordsOfOnePerson()
    const third = await customersRepository.create(customerContent('张伟伟'), clerk)
    await interactionsRepository.create(interactionContent(third.id), clerk)
    await mergeCustomers(survivor.id, absorbed.id, {}, clerk)
    const auditCount = await db.auditLog.count()

    await expect(mergeCustomers(survivor.id, absorbed.id, {}, clerk)).rejects.toThrow(/already deleted or merged/)
    await expect(mergeCustomers(absorbed.id, third.id, {}, clerk)).rejects.toThrow(/already deleted or merged/)
    await customersRepository.remove(third.id, clerk)
    await expect(mergeCustomers(survivor.id, third.id, {}, clerk)).rejects.toThrow(/already deleted or merged/)
    await expect(mergeCustomers(survivor.id, 'nobody', {}, clerk)).rejects.toThrow(RecordNotFoundError)
    expect((await historyOf(third.id)).interactions).toHaveLength(1)
    expect(await db.auditLog.count()).toBe(auditCount + 1) // the delete of the third record only
  })
})

type Owner = 'survivor' | 'absorbed'
interface HistoryItem {
  readonly table: 'interactions' | 'complaints' | 'careTasks'
  readonly owner: Owner
  readonly deleted: boolean
}

const historyItem: fc.Arbitrary<HistoryItem> = fc.record({
  table: fc.constantFrom('interactions' as const, 'complaints' as const, 'careTasks' as const),
  owner: fc.constantFrom('survivor' as const, 'absorbed' as const),
  deleted: fc.boolean()
})

const HISTORY_REPOSITORIES = { interactions: interactionsRepository, complaints: complaintsRepository, careTasks: careTasksRepository }

async function addHistory(table: HistoryItem['table'], customerId: string): Promise<string> {
  switch (table) {
    case 'interactions':
      return (await interactionsRepository.create(interactionContent(customerId), clerk)).id
    case 'complaints':
      return (await complaintsRepository.create(complaintContent(customerId), clerk)).id
    case 'careTasks':
      return (await careTasksRepository.create(careTaskContent(customerId, { status: 'done' }), clerk)).id
  }
}

describe('mergeCustomers (property)', () => {
  it('loses nothing: every interaction, complaint and task of either customer ends up on the survivor', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(historyItem, { maxLength: 8 }), async (items) => {
        const { survivor, absorbed } = await twoRecordsOfOnePerson()
        const customerIds: Readonly<Record<Owner, string>> = { survivor: survivor.id, absorbed: absorbed.id }
        const created: { readonly table: HistoryItem['table']; readonly id: string }[] = []
        for (const { table, owner, deleted } of items) {
          const id = await addHistory(table, customerIds[owner])
          if (deleted) await HISTORY_REPOSITORIES[table].remove(id, clerk)
          created.push({ table, id })
        }

        await mergeCustomers(survivor.id, absorbed.id, {}, clerk)

        for (const table of ['interactions', 'complaints', 'careTasks'] as const) {
          const expected = created.filter((item) => item.table === table).map((item) => item.id).sort()
          expect((await db.table(table).where('customerId').equals(survivor.id).primaryKeys()).sort()).toEqual(expected)
          expect(await db.table(table).where('customerId').equals(absorbed.id).count()).toBe(0)
        }
      }),
      { numRuns: 25 }
    )
  })
})
