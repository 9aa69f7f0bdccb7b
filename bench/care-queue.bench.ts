/**
 * The care queue over 100,000 customers: the rules (birthdays solar and lunar, festivals,
 * anniversaries, maintenance, warranties, the call after a repair, long time no contact),
 * then the occasions already planned or decided dropped, then the grouping the page shows.
 *
 * The first group is pure computation on records already in memory: the goal is under a
 * second for all 100,000. The page never waits for all of it: it reads and computes a chunk
 * of 2,000 customers at a time and shows each as it comes (see use-care-queue.ts), so the
 * second group times one such chunk through the data layer. That runs on fake-indexeddb in
 * Node, which shows how the work grows but not what Chromium's IndexedDB will take: treat
 * it as relative.
 */
import 'fake-indexeddb/auto'
import { bench, describe } from 'vitest'
import { careCandidates, computeCareQueue, groupCareQueue, resolveCareSuggestions, type CareQueueInput } from '@shared/domain/care-rules'
import { DEFAULT_CARE_SETTINGS } from '@shared/domain/care-settings'
import { todayInShop } from '@shared/domain/days'
import type { Interaction } from '@shared/domain/interaction'
import { generateDemoShop } from '@shared/demo/generate-demo-shop'
import { db } from '@renderer/data/db'
import { CARE_QUEUE_CHUNK_SIZE, listCareChunkRanges, loadCareQueueChunk } from '@renderer/data/repositories/care-queue'

const CUSTOMER_COUNT = 100_000
const now = new Date('2026-11-24T09:00:00Z')
const today = todayInShop(now)
const context = { today, settings: DEFAULT_CARE_SETTINGS }

const shop = generateDemoShop({ seed: 1, customerCount: CUSTOMER_COUNT, now, deviceId: 'bench' })
const lastContact = new Map(shop.customers.map((customer) => [customer.id, customer.lastContactAt]))
const latestContacts: readonly Interaction[] = shop.interactions.filter(
  (interaction) => lastContact.get(interaction.customerId) === interaction.occurredAt
)
const input: CareQueueInput = {
  customers: shop.customers,
  products: shop.ownedProducts,
  complaints: shop.complaints,
  latestContacts,
  tasks: shop.careTasks,
  decisions: shop.careDecisions
}
const { suggestions } = careCandidates(input, context)
const queue = computeCareQueue(input, context)
const shown = queue.sections.map((section) => `${section.due} ${section.count}`).join(', ')
console.log(`care queue over ${CUSTOMER_COUNT} customers: ${suggestions.length} occasions; shown: ${shown}`)

await db.delete()
await db.open()
await db.customers.bulkPut(shop.customers)
await db.ownedProducts.bulkPut(shop.ownedProducts)
await db.complaints.bulkPut(shop.complaints)
await db.interactions.bulkPut(latestContacts)
await db.careTasks.bulkPut(shop.careTasks)
await db.careDecisions.bulkPut(shop.careDecisions)
const [firstChunk] = await listCareChunkRanges()
if (firstChunk === undefined) throw new Error('no customers')

const options = { iterations: 10, warmupIterations: 2, time: 0 }

describe(`care queue over ${CUSTOMER_COUNT.toLocaleString('en')} customers, in memory`, () => {
  bench('whole queue (rules, minus planned and decided, grouped)', () => void computeCareQueue(input, context), options)
  bench('rules only (careCandidates)', () => void careCandidates(input, context), options)
  bench(
    'after an accept: drop planned and decided, regroup',
    () => void groupCareQueue(resolveCareSuggestions(suggestions, shop.careTasks, shop.careDecisions, today)),
    options
  )
})

describe(`care queue from IndexedDB (fake-indexeddb), ${CUSTOMER_COUNT.toLocaleString('en')} customers stored`, () => {
  bench('cut the customer ids into chunks', () => listCareChunkRanges().then(() => undefined), { ...options, iterations: 5 })
  bench(`one chunk of ${CARE_QUEUE_CHUNK_SIZE.toLocaleString('en')} customers: read, rules, tasks and decisions`, () =>
    loadCareQueueChunk(firstChunk, context).then(() => undefined), { ...options, iterations: 5 })
})
