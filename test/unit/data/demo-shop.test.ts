import { describe, expect, it } from 'vitest'
import { parseStamp } from '@shared/domain/clock'
import { generateDemoShop } from '@shared/demo/generate-demo-shop'
import { db } from '@renderer/data/db'
import { DEMO_SEED, loadDemoShop } from '@renderer/data/demo-shop'
import { getFirstRunChoice, startEmpty } from '@renderer/data/first-run'
import { countLiveCustomers, customersRepository } from '@renderer/data/repositories/customers'
import { getDeviceId } from '@renderer/data/repositories/meta'
import { listActiveStaff } from '@renderer/data/repositories/staff'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const NOW = new Date('2025-06-15T04:00:00.000Z')

describe('the first-run choice', () => {
  it('is null until made', async () => {
    expect(await getFirstRunChoice()).toBeNull()
  })

  it('is "empty" after starting empty, with nothing loaded', async () => {
    await startEmpty()
    expect(await getFirstRunChoice()).toBe('empty')
    expect(await countLiveCustomers()).toBe(0)
  })
})

describe('loadDemoShop', () => {
  it('writes what it says it wrote, as the generator made it, and records the choice', async () => {
    const counts = await loadDemoShop({ customerCount: 50, now: NOW })
    const expected = generateDemoShop({ seed: DEMO_SEED, customerCount: 50, now: NOW, deviceId: await getDeviceId() })

    expect(counts.customers).toBe(50)
    expect(counts).toEqual(Object.fromEntries(Object.entries(expected).map(([table, records]) => [table, records.length])))
    for (const [table, count] of Object.entries(counts)) expect(await db.table(table).count(), table).toBe(count)
    expect(await db.customers.toArray()).toEqual([...expected.customers].sort((a, b) => (a.id < b.id ? -1 : 1)))
    expect(await db.auditLog.count()).toBe(0)
    expect(await getFirstRunChoice()).toBe('demo')
    expect((await listActiveStaff()).length).toBeGreaterThanOrEqual(4)
  })

  it('defaults to 300 customers and loads the same shop again rather than a second one', async () => {
    const first = await loadDemoShop({ now: NOW })
    const second = await loadDemoShop({ now: NOW })
    expect(first.customers).toBe(300)
    expect(second).toEqual(first)
    expect(await countLiveCustomers()).toBe(300)
  })

  it('moves the clock past the demo records, so later edits win over them', async () => {
    const future = new Date(Date.now() + 3_600_000)
    await loadDemoShop({ customerCount: 5, now: future })
    const [customer] = await db.customers.limit(1).toArray()
    if (customer === undefined) throw new Error('no demo customer')

    const edited = await customersRepository.update(customer.id, { notes: '喜欢上午联系' }, { staffId: '' })
    expect(edited.clock > customer.clock).toBe(true)
    expect(parseStamp(edited.clock).millis).toBeGreaterThanOrEqual(future.getTime())
  })
})
