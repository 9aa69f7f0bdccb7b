import { describe, expect, it } from 'vitest'
import { callInteraction, purchasedProduct, purchaseInteraction, type PurchaseInput } from '@shared/domain/customer-activity'

const purchase: PurchaseInput = {
  amount: 3999,
  productName: ' 格力 空调 KFR-35GW ',
  serial: ' AC2503001 ',
  at: '2025-03-10T12:00:00.000Z',
  warrantyEnd: '2028-03-09',
  maintenanceIntervalMonths: 12
}

describe('callInteraction', () => {
  it('is a call with its outcome, by whoever is at the desk', () => {
    expect(callInteraction('c1', { outcome: 'no-answer', summary: '无人接听', at: '2025-03-10T02:00:00.000Z' }, 'clerk-1')).toEqual({
      customerId: 'c1',
      kind: 'call',
      occurredAt: '2025-03-10T02:00:00.000Z',
      staffId: 'clerk-1',
      summary: '无人接听',
      callOutcome: 'no-answer',
      amount: null,
      productId: null,
      taskId: null,
      complaintId: null
    })
    expect(callInteraction('c1', { outcome: 'reached', summary: '', at: '2025-03-10T02:00:00.000Z' }, '').staffId).toBeNull()
  })
})

describe('purchase records', () => {
  it('makes the product bought, dated the day of the purchase', () => {
    expect(purchasedProduct('c1', purchase)).toEqual({
      customerId: 'c1',
      product: '格力 空调 KFR-35GW',
      serial: 'AC2503001',
      purchaseDate: '2025-03-10',
      warrantyEnd: '2028-03-09',
      maintenanceIntervalMonths: 12,
      lastMaintenanceDate: null,
      notes: ''
    })
    expect(purchasedProduct('c1', { ...purchase, productName: '  ' })).toBeNull()
  })

  it('makes a purchase interaction with the amount, linked to the product', () => {
    expect(purchaseInteraction('c1', purchase, 'clerk-1', 'p1')).toMatchObject({
      kind: 'purchase',
      amount: 3999,
      productId: 'p1',
      summary: '格力 空调 KFR-35GW',
      occurredAt: purchase.at,
      callOutcome: null
    })
  })

  it('refuses an amount that is negative or not a number', () => {
    expect(() => purchaseInteraction('c1', { ...purchase, amount: -1 }, '', null)).toThrow(RangeError)
    expect(() => purchaseInteraction('c1', { ...purchase, amount: Number.NaN }, '', null)).toThrow(RangeError)
  })
})
