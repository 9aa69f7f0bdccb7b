import { beforeEach, describe, expect, it } from 'vitest'
import type { Customer } from '@shared/domain/customer'
import { complaintsRepository } from '@renderer/data/repositories/complaints'
import {
  getCustomersByIds,
  listAllTags,
  listCustomerIds,
  NO_CUSTOMER_FILTERS,
  type CustomerListQuery
} from '@renderer/data/repositories/customer-list'
import { listDeletedCustomers } from '@renderer/data/repositories/customer-trash'
import { customersRepository } from '@renderer/data/repositories/customers'
import { complaintContent, customerContent, type CustomerContent } from '../shared/customer-record-content'
import { setWallClock, useFreshDatabase } from './fresh-database'

useFreshDatabase()

const clerk = { staffId: 'clerk-1' }
const NOW = new Date('2025-06-15T04:00:00.000Z')

const ALL: CustomerListQuery = {
  sort: { field: 'name', direction: 'asc' },
  ...NO_CUSTOMER_FILTERS,
  now: NOW
}

/* Created a day apart, in this order: creation order is 张三, 李四, 王五, 赵六, 欧阳娜. */
const PEOPLE: readonly (readonly [string, Partial<CustomerContent>])[] = [
  ['张三', { tier: 'A', personality: 'lively', ownerId: 's1', tags: ['VIP'], lastContactAt: '2025-06-10T02:00:00.000Z' }],
  ['李四', { tier: 'B', personality: 'peaceful', ownerId: 's2', tags: ['VIP', '老客户'], lastContactAt: '2025-01-10T02:00:00.000Z' }],
  ['王五', { tier: 'C', personality: 'lively', ownerId: 's1', tags: [], lastContactAt: null }],
  ['赵六', { tier: 'A', personality: 'analytical', ownerId: null, tags: ['老客户'], lastContactAt: '2025-05-01T02:00:00.000Z' }],
  ['欧阳娜', { tier: 'D', personality: 'unknown', ownerId: 's2', tags: [], lastContactAt: null }]
]

let byName: ReadonlyMap<string, Customer>

beforeEach(async () => {
  const created = new Map<string, Customer>()
  for (const [index, [name, fields]] of PEOPLE.entries()) {
    setWallClock(`2025-02-0${index + 1}T02:00:00.000Z`)
    created.set(name, await customersRepository.create(customerContent(name, fields), clerk))
  }
  byName = created
})

const idOf = (name: string): string => byName.get(name)?.id ?? ''

async function listed(query: Partial<CustomerListQuery>): Promise<readonly string[]> {
  const ids = await listCustomerIds({ ...ALL, ...query })
  const names = new Map([...byName].map(([name, customer]) => [customer.id, name]))
  return ids.map((id) => names.get(id) ?? id)
}

describe('listCustomerIds: order', () => {
  it('sorts names by pinyin, either way', async () => {
    expect(await listed({})).toEqual(['李四', '欧阳娜', '王五', '张三', '赵六'])
    expect(await listed({ sort: { field: 'name', direction: 'desc' } })).toEqual(['赵六', '张三', '王五', '欧阳娜', '李四'])
  })

  it('sorts by tier, equal tiers in creation order', async () => {
    expect(await listed({ sort: { field: 'tier', direction: 'asc' } })).toEqual(['张三', '赵六', '李四', '王五', '欧阳娜'])
  })

  it('sorts by last contact with the never-contacted as the longest ago', async () => {
    expect(await listed({ sort: { field: 'lastContactAt', direction: 'asc' } })).toEqual(['王五', '欧阳娜', '李四', '赵六', '张三'])
    expect(await listed({ sort: { field: 'lastContactAt', direction: 'desc' } })).toEqual(['张三', '赵六', '李四', '王五', '欧阳娜'])
  })

  it('sorts by creation and by last change', async () => {
    expect(await listed({ sort: { field: 'createdAt', direction: 'desc' } })).toEqual(['欧阳娜', '赵六', '王五', '李四', '张三'])
    setWallClock('2025-03-01T00:00:00.000Z')
    await customersRepository.update(idOf('李四'), { notes: '改过' }, clerk)
    expect(await listed({ sort: { field: 'updatedAt', direction: 'desc' } })).toEqual(['李四', '欧阳娜', '赵六', '王五', '张三'])
  })
})

describe('listCustomerIds: filters', () => {
  it('filters by tiers, personalities, owner and tag, all at once', async () => {
    expect(await listed({ tiers: ['A', 'D'] })).toEqual(['欧阳娜', '张三', '赵六'])
    expect(await listed({ personalities: ['lively'] })).toEqual(['王五', '张三'])
    expect(await listed({ ownerId: 's2' })).toEqual(['李四', '欧阳娜'])
    expect(await listed({ tag: '老客户' })).toEqual(['李四', '赵六'])
    expect(await listed({ tiers: ['A', 'B'], tag: 'VIP', ownerId: 's1' })).toEqual(['张三'])
  })

  it('finds those not contacted for N days, the never-contacted included', async () => {
    expect(await listed({ noContactForDays: 30 })).toEqual(['李四', '欧阳娜', '王五', '赵六'])
    expect(await listed({ noContactForDays: 60 })).toEqual(['李四', '欧阳娜', '王五'])
    expect(await listed({ noContactForDays: 1 })).toEqual(['李四', '欧阳娜', '王五', '张三', '赵六'])
  })

  it('finds those with an open complaint: not closed and not deleted', async () => {
    await complaintsRepository.create(complaintContent(idOf('王五'), { status: 'in-progress' }), clerk)
    await complaintsRepository.create(complaintContent(idOf('张三'), { status: 'closed' }), clerk)
    const withdrawn = await complaintsRepository.create(complaintContent(idOf('赵六'), { status: 'new' }), clerk)
    await complaintsRepository.remove(withdrawn.id, clerk)
    expect(await listed({ openComplaintsOnly: true })).toEqual(['王五'])
  })

  it('leaves out deleted and merged customers', async () => {
    await customersRepository.remove(idOf('张三'), clerk)
    await customersRepository.update(idOf('赵六'), { mergedInto: idOf('李四') }, clerk)
    expect(await listed({})).toEqual(['李四', '欧阳娜', '王五'])
    expect(await listed({ tiers: ['A'] })).toEqual([])
  })
})

describe('getCustomersByIds', () => {
  it('reads the records in the order asked, undefined for an unknown id', async () => {
    const records = await getCustomersByIds([idOf('王五'), 'nobody', idOf('张三')])
    expect(records.map((record) => record?.name)).toEqual(['王五', undefined, '张三'])
  })
})

describe('listAllTags', () => {
  it('lists every tag once', async () => {
    expect(await listAllTags()).toEqual(['VIP', '老客户'])
  })

  it('leaves out a tag only deleted or merged customers have', async () => {
    const gone = await customersRepository.create(customerContent('王五', { tags: ['已搬走'] }), clerk)
    const absorbed = await customersRepository.create(customerContent('赵六', { tags: ['重复'], mergedInto: gone.id }), clerk)
    expect(await listAllTags()).toEqual(['VIP', '已搬走', '老客户'])
    await customersRepository.remove(gone.id, clerk)
    expect(absorbed.mergedInto).toBe(gone.id)
    expect(await listAllTags()).toEqual(['VIP', '老客户'])
  })
})

describe('listDeletedCustomers', () => {
  it('lists tombstones newest deletion first, without merged records, up to the limit', async () => {
    setWallClock('2025-03-01T00:00:00.000Z')
    await customersRepository.remove(idOf('张三'), clerk)
    setWallClock('2025-03-02T00:00:00.000Z')
    await customersRepository.remove(idOf('李四'), clerk)
    await customersRepository.update(idOf('王五'), { mergedInto: idOf('赵六') }, clerk)
    await customersRepository.remove(idOf('王五'), clerk)

    expect((await listDeletedCustomers()).map((customer) => customer.name)).toEqual(['李四', '张三'])
    expect((await listDeletedCustomers(1)).map((customer) => customer.name)).toEqual(['李四'])
  })
})
