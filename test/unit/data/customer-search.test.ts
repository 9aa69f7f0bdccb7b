import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { db, FrontDeskDb } from '@renderer/data/db'
import { customersRepository } from '@renderer/data/repositories/customers'
import { findCustomersByPhone, searchCustomers } from '@renderer/data/repositories/customer-search'
import { customerContent, mobile, stamped } from '../shared/customer-record-content'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const clerk = { staffId: 'clerk-1' }

const names = async (query: string, limit?: number): Promise<readonly string[]> =>
  (await searchCustomers(query, limit)).map((customer) => customer.name)

async function addCustomers(): Promise<void> {
  const add = (name: string, phone: string, overrides = {}) =>
    customersRepository.create(customerContent(name, { phones: [mobile(phone)], ...overrides }), clerk)
  await add('张伟', '13800005678', { company: '恒通物业', tags: ['老客户'] })
  await add('周文', '13911112222')
  await add('李张', '13700001234')
  await add('曾小贤', '13655556666')
  await add('王芳', '13856781111')
}

describe('searchCustomers', () => {
  it('finds by name, any part of it, pinyin, initials, company and tag, best match first', async () => {
    await addCustomers()
    expect(await names('张伟')).toEqual(['张伟'])
    expect(await names('张')).toEqual(['张伟', '李张'])
    expect(await names('zw')).toEqual(['张伟', '周文'])
    expect(await names('zhang')).toEqual(['张伟', '李张'])
    expect(await names('wei')).toEqual(['张伟'])
    expect(await names('ceng')).toEqual(['曾小贤'])
    expect(await names('恒通')).toEqual(['张伟'])
    expect(await names('客户')).toEqual(['张伟'])
    expect(await names('nobody')).toEqual([])
  })

  it('finds by any three or more digits of a phone, the tail first', async () => {
    await addCustomers()
    expect(await names('5678')).toEqual(['张伟', '王芳'])
    expect(await names('138 0000 5678')).toEqual(['张伟'])
    expect(await names('1111')).toEqual(['王芳', '周文'])
    expect(await names('13')).toEqual([])
  })

  it('returns nothing for an empty query and at most `limit` results', async () => {
    await addCustomers()
    expect(await names('  ')).toEqual([])
    expect(await names('zw', 1)).toEqual(['张伟'])
  })

  it('leaves out deleted and merged customers', async () => {
    await addCustomers()
    const [zhang, zhou] = await Promise.all([searchCustomers('张伟'), searchCustomers('周文')])
    await customersRepository.remove(zhang[0]?.id ?? '', clerk)
    await customersRepository.update(zhou[0]?.id ?? '', { mergedInto: 'someone-else' }, clerk)
    expect(await names('zw')).toEqual([])
  })

  it('finds customers stored by version 1 once the upgrade has recomputed their keys', async () => {
    db.close()
    await Dexie.delete(db.name)
    const old = new FrontDeskDb(db.name, { upToVersion: 1 })
    await old.open()
    // Version 1's shape: no sortName, keys without pinyin, phone tails of four digits or more.
    await old.table('customers').put({ ...stamped(customerContent('曾小贤'), 'c1'), searchKeys: ['曾小贤'], phoneDigits: ['13812345678', '5678'] })
    old.close()
    await db.open()
    expect(await names('zxx')).toEqual(['曾小贤'])
    expect(await names('678')).toEqual(['曾小贤'])
  })
})

describe('findCustomersByPhone', () => {
  it('finds live, unmerged customers holding exactly that number, not one ending with it', async () => {
    const zhang = await customersRepository.create(customerContent('张伟', { phones: [mobile('13812345678')] }), clerk)
    await customersRepository.create(customerContent('王芳', { phones: [mobile('12345678')] }), clerk)
    const gone = await customersRepository.create(customerContent('李四', { phones: [mobile('13812345678')] }), clerk)
    await customersRepository.remove(gone.id, clerk)

    expect((await findCustomersByPhone('13812345678')).map((customer) => customer.id)).toEqual([zhang.id])
    expect((await findCustomersByPhone('138-1234-5678')).map((customer) => customer.id)).toEqual([zhang.id])
    expect((await findCustomersByPhone('12345678')).map((customer) => customer.name)).toEqual(['王芳'])
    expect(await findCustomersByPhone('')).toEqual([])
  })
})
