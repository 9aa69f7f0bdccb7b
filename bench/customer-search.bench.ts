/**
 * Customer search and the customer list over 100,000 customers.
 *
 * This runs on fake-indexeddb in Node, a pure-JavaScript IndexedDB whose indexes are
 * in-memory trees: it shows how the work grows with the data and catches a query that
 * scans the table, but it understates the differences Chromium's IndexedDB (LevelDB on
 * disk, a structured clone per record read, IPC to the browser process) makes between
 * walking keys and reading records. Treat the figures as relative, not as what the app
 * will measure.
 */
import 'fake-indexeddb/auto'
import { bench, describe } from 'vitest'
import { generateDemoShop } from '@shared/demo/generate-demo-shop'
import { listCustomerIds, NO_CUSTOMER_FILTERS, type CustomerListQuery } from '@renderer/data/repositories/customer-list'
import { searchCustomers } from '@renderer/data/repositories/customer-search'
import { db } from '@renderer/data/db'

const CUSTOMER_COUNT = 100_000
const now = new Date('2026-11-24T09:00:00Z')

// Only the customers table matters here: the rest of the shop is generated and dropped.
const { customers } = generateDemoShop({ seed: 1, customerCount: CUSTOMER_COUNT, now, deviceId: 'bench' })
await db.delete()
await db.open()
await db.customers.bulkPut(customers)

const tail = customers[CUSTOMER_COUNT / 2]?.phones[0]?.normalized.slice(-4) ?? '5678'

const listQuery: CustomerListQuery = {
  sort: { field: 'name', direction: 'asc' },
  ...NO_CUSTOMER_FILTERS,
  now
}

const options = { iterations: 20, warmupIterations: 2, time: 0 }

describe(`searchCustomers over ${CUSTOMER_COUNT.toLocaleString('en')} customers`, () => {
  bench('initials "zw"', () => searchCustomers('zw').then(() => undefined), options)
  bench('one character "张"', () => searchCustomers('张').then(() => undefined), options)
  bench(`phone tail "${tail}"`, () => searchCustomers(tail).then(() => undefined), options)
  bench('full pinyin "zhangwei"', () => searchCustomers('zhangwei').then(() => undefined), options)
})

describe(`listCustomerIds over ${CUSTOMER_COUNT.toLocaleString('en')} customers`, () => {
  bench('by name (pinyin order)', () => listCustomerIds(listQuery).then(() => undefined), { ...options, iterations: 5 })
  bench(
    'tier A only, by name',
    () => listCustomerIds({ ...listQuery, tiers: ['A'] }).then(() => undefined),
    { ...options, iterations: 5 }
  )
  bench(
    'no contact for 90 days, by last contact',
    () =>
      listCustomerIds({ ...listQuery, sort: { field: 'lastContactAt', direction: 'asc' }, noContactForDays: 90 }).then(
        () => undefined
      ),
    { ...options, iterations: 5 }
  )
})
