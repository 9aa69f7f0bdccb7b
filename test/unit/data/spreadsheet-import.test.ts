import { describe, expect, it } from 'vitest'
import { parsePhone } from '@shared/domain/phone'
import type { PlannedRow } from '@shared/domain/sheet-import'
import { db } from '@renderer/data/db'
import { customersRepository } from '@renderer/data/repositories/customers'
import { findCustomersByPhones, ImportCancelledError, importCustomers } from '@renderer/data/repositories/spreadsheet-import'
import { customerContent } from '../shared/customer-record-content'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const clerk = { staffId: 'clerk-1' }
const CONTEXT = { newDateId: () => 'date-1', at: '2026-11-25T02:00:00.000Z', by: 'clerk-1', tierReason: '表格导入', defaultOwnerId: 'clerk-1' }
const newRow = (row: number, name: string, phone: string): PlannedRow => ({ row, action: 'new', values: { name, phones: [parsePhone(phone).phone] } })

describe('importing planned rows', () => {
  it('adds the new customers and updates the matched one, with audit entries, and finds them by phone', async () => {
    const existing = await customersRepository.create(customerContent('张三', { phones: [parsePhone('13800138000').phone, parsePhone('010-12345678').phone] }), clerk)
    const result = await importCustomers(
      [newRow(2, '李四', '13900139000'), { row: 3, action: 'update', customerId: existing.id, values: { name: '张三', tier: 'A', phones: [parsePhone('13800138000').phone] } }, { row: 4, action: 'skip', customerId: existing.id }],
      CONTEXT,
      clerk
    )
    expect(result).toEqual({ created: 1, updated: 1 })
    const updated = await db.customers.get(existing.id)
    expect(updated?.tier).toBe('A')
    expect(updated?.phones.map((phone) => phone.normalized)).toEqual(['13800138000', '01012345678'])
    expect(updated?.tierHistory).toEqual([{ tier: 'A', reason: '表格导入', at: CONTEXT.at, by: 'clerk-1' }])
    const byPhone = await findCustomersByPhones(['13900139000', '01012345678', '00000000000'])
    expect([...byPhone.keys()].sort()).toEqual(['01012345678', '13900139000'])
    expect(await db.auditLog.filter((entry) => entry.table === 'customers').count()).toBe(3)
  })

  it('writes nothing when cancelled while preparing', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(importCustomers([newRow(2, '王五', '13700137000')], CONTEXT, clerk, { signal: controller.signal })).rejects.toBeInstanceOf(ImportCancelledError)
    expect(await db.customers.count()).toBe(0)
  })

  it('writes nothing when cancelled inside the transaction, after a batch was written', async () => {
    const controller = new AbortController()
    const rows = Array.from({ length: 4500 }, (_, index) => newRow(index + 2, `客户${index}`, `139${String(index).padStart(8, '0')}`))
    const progress: number[] = []
    const importing = importCustomers(rows, CONTEXT, clerk, {
      signal: controller.signal,
      onProgress: ({ done }) => {
        progress.push(done)
        // Prepared all 4,500 (0-4,500), then written one batch inside the transaction (4,500-6,500).
        if (done >= 6500) controller.abort()
      }
    })
    await expect(importing).rejects.toBeInstanceOf(ImportCancelledError)
    expect(progress).toEqual([0, 2000, 4000, 4500, 6500])
    expect(await db.customers.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)
  })

  it('writes nothing when a row fails', async () => {
    await expect(importCustomers([newRow(2, '王五', '13700137000'), { row: 3, action: 'update', customerId: 'gone', values: { name: '赵六' } }], CONTEXT, clerk)).rejects.toThrow()
    expect(await db.customers.count()).toBe(0)
  })
})
