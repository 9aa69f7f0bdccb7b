import { describe, expect, it } from 'vitest'
import { db } from '@renderer/data/db'
import { careTasksRepository } from '@renderer/data/repositories/care-tasks'
import { complaintsRepository } from '@renderer/data/repositories/complaints'
import { addPurchase, logCall } from '@renderer/data/repositories/customer-actions'
import { loadCustomerCard, loadCustomerTimeline } from '@renderer/data/repositories/customer-card'
import { mergeCustomers } from '@renderer/data/repositories/customer-merge'
import { customersRepository } from '@renderer/data/repositories/customers'
import { ownedProductsRepository } from '@renderer/data/repositories/owned-products'
import { RecordNotFoundError } from '@renderer/data/records'
import { careTaskContent, complaintContent, customerContent, productContent } from '../shared/customer-record-content'
import { setWallClock, useFreshDatabase } from './fresh-database'

useFreshDatabase()

const clerk = { staffId: 'clerk-1' }
const NOW = new Date('2025-06-15T04:00:00.000Z')

const purchase = {
  amount: 3999,
  productName: '格力 空调 KFR-35GW',
  serial: 'AC2503001',
  at: '2025-03-10T04:00:00.000Z',
  warrantyEnd: '2028-03-09',
  maintenanceIntervalMonths: 12
}

describe('loadCustomerCard', () => {
  it('gathers live products, open complaints newest first and the latest satisfaction', async () => {
    const { id } = await customersRepository.create(customerContent('张伟'), clerk)
    await ownedProductsRepository.create(productContent(id), clerk)
    const sold = await ownedProductsRepository.create(productContent(id, { product: '旧冰箱' }), clerk)
    await ownedProductsRepository.remove(sold.id, clerk)
    await complaintsRepository.create(complaintContent(id, { number: 'TS-1', status: 'new', receivedAt: '2025-05-01T02:00:00.000Z' }), clerk)
    await complaintsRepository.create(complaintContent(id, { number: 'TS-2', status: 'in-progress', receivedAt: '2025-06-01T02:00:00.000Z' }), clerk)
    await complaintsRepository.create(complaintContent(id, { number: 'TS-3', status: 'closed' }), clerk)
    await careTasksRepository.create(careTaskContent(id, { status: 'done', startAt: '2025-06-10T02:00:00.000Z', satisfactionScore: 4 }), clerk)

    const card = await loadCustomerCard(id, NOW)
    expect(card?.customer.name).toBe('张伟')
    expect(card?.products.map((product) => product.product)).toEqual(['格力 空调 KFR-35GW'])
    expect(card?.openComplaints.map((complaint) => complaint.number)).toEqual(['TS-2', 'TS-1'])
    expect(card?.lastSatisfaction).toEqual({ score: 4, at: '2025-06-10T02:00:00.000Z', source: 'visit' })
  })

  it('is null for an unknown customer', async () => {
    expect(await loadCustomerCard('nobody', NOW)).toBeNull()
  })
})

describe('loadCustomerTimeline', () => {
  it('lists calls, purchases, complaints, done tasks and edits of the record and its products, newest first', async () => {
    setWallClock('2025-01-01T02:00:00.000Z')
    const { id } = await customersRepository.create(customerContent('张伟'), clerk)
    setWallClock('2025-06-15T02:00:00.000Z')
    await logCall(id, { outcome: 'reached', summary: '回访', at: '2025-02-01T02:00:00.000Z' }, clerk)
    await addPurchase(id, purchase, clerk)
    await complaintsRepository.create(complaintContent(id, { receivedAt: '2025-04-01T02:00:00.000Z' }), clerk)
    await careTasksRepository.create(careTaskContent(id, { status: 'done', startAt: '2025-05-01T02:00:00.000Z' }), clerk)
    await careTasksRepository.create(careTaskContent(id, { status: 'planned', startAt: '2025-07-01T02:00:00.000Z' }), clerk)
    await customersRepository.update(id, { notes: '喜欢下午来' }, clerk)

    const timeline = await loadCustomerTimeline(id)
    expect(timeline.map((entry) => entry.kind)).toEqual(['edit', 'edit', 'task', 'complaint', 'purchase', 'call', 'edit'])
    expect(timeline[0]).toMatchObject({ table: 'customers', action: 'update', changedFields: ['notes'] })
    expect(timeline[1]).toMatchObject({ table: 'ownedProducts', action: 'create' })
    expect(timeline[6]).toMatchObject({ table: 'customers', action: 'create' })
    expect(await loadCustomerTimeline(id, 2)).toEqual(timeline.slice(0, 2))
  })

  it("keeps the edits of a record merged into this one: they are this customer's history too", async () => {
    setWallClock('2025-01-01T02:00:00.000Z')
    const survivor = await customersRepository.create(customerContent('张伟'), clerk)
    const absorbed = await customersRepository.create(customerContent('张伟（重复）'), clerk)
    setWallClock('2025-02-01T02:00:00.000Z')
    await customersRepository.update(absorbed.id, { address: '上海市徐汇区' }, clerk)
    setWallClock('2025-03-01T02:00:00.000Z')
    await mergeCustomers(survivor.id, absorbed.id, {}, clerk)

    const addressEdit = (await loadCustomerTimeline(survivor.id)).find(
      (entry) => entry.kind === 'edit' && entry.recordId === absorbed.id && entry.changedFields.includes('address')
    )
    expect(addressEdit).toMatchObject({ at: '2025-02-01T02:00:00.000Z', staffId: 'clerk-1' })
  })
})

describe('logCall', () => {
  it('moves lastContactAt for a call that reached the customer, not for one nobody answered', async () => {
    const { id } = await customersRepository.create(customerContent('张伟'), clerk)
    await logCall(id, { outcome: 'reached', summary: '', at: '2025-03-01T02:00:00.000Z' }, clerk)
    const unanswered = await logCall(id, { outcome: 'no-answer', summary: '无人接听', at: '2025-04-01T02:00:00.000Z' }, clerk)
    await logCall(id, { outcome: 'wrong-number', summary: '', at: '2025-05-01T02:00:00.000Z' }, clerk)

    expect(unanswered).toMatchObject({ kind: 'call', callOutcome: 'no-answer', staffId: 'clerk-1', customerId: id })
    expect((await customersRepository.get(id))?.lastContactAt).toBe('2025-03-01T02:00:00.000Z')
  })

  it('refuses an unknown or deleted customer', async () => {
    const call = { outcome: 'reached' as const, summary: '', at: '2025-03-01T02:00:00.000Z' }
    await expect(logCall('nobody', call, clerk)).rejects.toThrow(RecordNotFoundError)
    const { id } = await customersRepository.create(customerContent('张伟'), clerk)
    await customersRepository.remove(id, clerk)
    await expect(logCall(id, call, clerk)).rejects.toThrow(/deleted or merged/)
    expect(await db.interactions.count()).toBe(0)
  })
})

describe('addPurchase', () => {
  it('stores the purchase and the product bought, linked, and counts as contact', async () => {
    const { id } = await customersRepository.create(customerContent('张伟'), clerk)
    const { interaction, product } = await addPurchase(id, purchase, clerk)

    expect(product).toMatchObject({ customerId: id, product: '格力 空调 KFR-35GW', serial: 'AC2503001', purchaseDate: '2025-03-10' })
    expect(interaction).toMatchObject({ kind: 'purchase', amount: 3999, productId: product?.id })
    expect((await customersRepository.get(id))?.lastContactAt).toBe(purchase.at)
  })

  it('stores no product when none was named', async () => {
    const { id } = await customersRepository.create(customerContent('张伟'), clerk)
    const { interaction, product } = await addPurchase(id, { ...purchase, productName: '', serial: '' }, clerk)
    expect(product).toBeNull()
    expect(interaction.productId).toBeNull()
    expect(await db.ownedProducts.count()).toBe(0)
  })

  it('stores neither when the purchase is refused', async () => {
    const { id } = await customersRepository.create(customerContent('张伟'), clerk)
    await expect(addPurchase(id, { ...purchase, amount: -5 }, clerk)).rejects.toThrow(RangeError)
    expect(await db.ownedProducts.count()).toBe(0)
    expect(await db.interactions.count()).toBe(0)
  })
})
