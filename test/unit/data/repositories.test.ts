import { describe, expect, it } from 'vitest'
import { db } from '@renderer/data/db'
import { listAuditForRecord } from '@renderer/data/repositories/audit-log'
import { countLiveCustomers, customersRepository } from '@renderer/data/repositories/customers'
import { interactionsRepository, listInteractionsForCustomer } from '@renderer/data/repositories/interactions'
import { getDeviceId, getMeta, setMeta } from '@renderer/data/repositories/meta'
import { getSetting, setSetting, settingsRepository } from '@renderer/data/repositories/settings'
import {
  createStaff,
  deactivateStaff,
  listActiveStaff,
  listAllStaff,
  renameStaff,
  updateStaff
} from '@renderer/data/repositories/staff'
import { customerContent as customer, mobile } from '../shared/customer-record-content'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const manager = { staffId: 'manager-1' }

describe('staff', () => {
  it('creates, renames and deactivates; the switcher lists only active staff, by name', async () => {
    const wang = await createStaff({ name: '王芳', role: 'manager' }, { staffId: '' })
    const li = await createStaff({ name: '李强', role: 'clerk' }, manager)
    const chen = await createStaff({ name: '陈静', role: 'clerk' }, manager)
    expect(wang).toMatchObject({ name: '王芳', role: 'manager', active: true, updatedBy: '' })

    await renameStaff(li.id, '李明', manager)
    await deactivateStaff(chen.id, manager)

    expect((await listActiveStaff()).map((member) => member.name)).toEqual(['李明', '王芳'].sort())
    expect((await listAllStaff()).map((member) => [member.name, member.active])).toEqual(
      [['李明', true], ['王芳', true], ['陈静', false]].sort()
    )
    const reactivated = await updateStaff(chen.id, { active: true }, manager)
    expect(reactivated.active).toBe(true)
    expect((await listAuditForRecord(chen.id)).map((entry) => entry.changedFields)).toEqual([
      ['active'],
      ['active'],
      ['name', 'role', 'active']
    ])
  })
})

describe('settings', () => {
  it('falls back while unset, and upserts under the key as id', async () => {
    expect(await getSetting('complaints.seriousResponseHours', 4)).toBe(4)

    const first = await setSetting('complaints.seriousResponseHours', 2, manager)
    expect(first.id).toBe('complaints.seriousResponseHours')
    expect(await getSetting('complaints.seriousResponseHours', 4)).toBe(2)

    const second = await setSetting('complaints.seriousResponseHours', 3, manager)
    expect(second.id).toBe(first.id)
    expect(await db.settings.count()).toBe(1)
    expect((await listAuditForRecord(first.id)).map((entry) => entry.action)).toEqual(['update', 'create'])

    const same = await setSetting('complaints.seriousResponseHours', 3, manager)
    expect(same).toEqual(second)
  })

  it('ignores a stored value of another kind than the fallback', async () => {
    await setSetting('shop.name', 42, manager)
    expect(await getSetting('shop.name', '前台')).toBe('前台')
    await setSetting('tiers.thresholds', [1000, 5000], manager)
    expect(await getSetting('tiers.thresholds', [0, 0])).toEqual([1000, 5000])
    expect(await getSetting('tiers.thresholds', { a: 1 })).toEqual({ a: 1 })
  })

  it('takes a guard for shapes the default check cannot see', async () => {
    const isNullableName = (value: unknown): value is string | null => value === null || typeof value === 'string'
    expect(await getSetting<string | null>('shop.owner', null, isNullableName)).toBeNull()
    await setSetting('shop.owner', '王芳', manager)
    expect(await getSetting<string | null>('shop.owner', null, isNullableName)).toBe('王芳')
    expect(await getSetting<string | null>('shop.owner', null)).toBeNull()
  })

  it('falls back for a deleted setting, and setting it again brings it back', async () => {
    await setSetting('shop.name', '城东店', manager)
    await settingsRepository.remove('shop.name', manager)
    expect(await getSetting('shop.name', '')).toBe('')
    const back = await setSetting('shop.name', '城西店', manager)
    expect(back).toMatchObject({ value: '城西店', deletedAt: null })
  })
})

describe('meta', () => {
  it('makes the device id once and keeps it across closing and reopening', async () => {
    const first = await getDeviceId()
    expect(await getDeviceId()).toBe(first)
    db.close()
    await db.open()
    expect(await getDeviceId()).toBe(first)
    expect(await getMeta('deviceId')).toBe(first)
  })

  it('returns null for a missing value or one of the wrong shape', async () => {
    expect(await getMeta('lastHandOverAt')).toBeNull()
    await db.meta.put({ key: 'clock', value: { millis: 'soon' } })
    expect(await getMeta('clock')).toBeNull()
    await setMeta('lastHandOverAt', '2025-05-01T10:00:00.000Z')
    expect(await getMeta('lastHandOverAt')).toBe('2025-05-01T10:00:00.000Z')
  })
})

describe('customers', () => {
  it('computes the search fields on every save', async () => {
    const created = await customersRepository.create(customer('Zhang Wei', { company: '恒通物业', tags: ['VIP'] }), manager)
    expect(created.searchKeys).toEqual(['zhang wei', 'wei', '恒通物业', '通物业', '物业', '业', 'vip'])
    expect(created.sortName).toBe('zhang wei\u0000zhang wei')
    expect(created.phoneDigits).toContain('5678')
    expect(await db.customers.where('phoneDigits').startsWith('5678').count()).toBe(1)

    const updated = await customersRepository.update(created.id, { phones: [mobile('13900001111')], tags: [] }, manager)
    expect(updated.searchKeys).toEqual(['zhang wei', 'wei', '恒通物业', '通物业', '物业', '业'])
    expect(updated.phoneDigits[0]).toBe('13900001111')
    expect(await db.customers.where('phoneDigits').startsWith('5678').count()).toBe(0)
    expect((await listAuditForRecord(created.id))[0]?.changedFields).toEqual(['phones', 'tags', 'searchKeys', 'phoneDigits'])
  })

  it('counts live customers', async () => {
    const names = ['王五', '李四', '张三', '赵六', '陈七']
    const created = []
    for (const name of names) created.push(await customersRepository.create(customer(name), manager))
    await customersRepository.remove(created[0]?.id ?? '', manager)
    expect(await countLiveCustomers()).toBe(4)
  })
})

describe('interactions', () => {
  it("lists a customer's timeline newest first and keeps lastContactAt in step", async () => {
    const { id } = await customersRepository.create(customer('刘备'), manager)
    const other = await customersRepository.create(customer('关羽'), manager)
    const log = (kind: 'call' | 'message' | 'visit', occurredAt: string) =>
      interactionsRepository.create(
        { customerId: id, kind, occurredAt, staffId: null, summary: kind, callOutcome: null, amount: null, productId: null, taskId: null, complaintId: null },
        manager
      )
    const call = await log('call', '2025-01-05T02:00:00.000Z')
    await log('message', '2025-03-01T02:00:00.000Z')
    const visit = await log('visit', '2025-02-01T02:00:00.000Z')

    expect((await listInteractionsForCustomer(id)).map((entry) => entry.occurredAt)).toEqual([
      '2025-03-01T02:00:00.000Z',
      '2025-02-01T02:00:00.000Z',
      '2025-01-05T02:00:00.000Z'
    ])
    expect((await customersRepository.get(id))?.lastContactAt).toBe(visit.occurredAt)

    await interactionsRepository.remove(visit.id, manager)
    expect((await customersRepository.get(id))?.lastContactAt).toBe(call.occurredAt)
    expect(await listInteractionsForCustomer(id)).toHaveLength(2)

    await interactionsRepository.update(call.id, { customerId: other.id }, manager)
    expect((await customersRepository.get(id))?.lastContactAt).toBeNull()
    expect((await customersRepository.get(other.id))?.lastContactAt).toBe(call.occurredAt)
  })
})
