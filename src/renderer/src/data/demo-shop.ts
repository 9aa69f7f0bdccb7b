import { observe, ZERO_CLOCK } from '@shared/domain/clock'
import { generateDemoShop, type DemoShop } from '@shared/demo/generate-demo-shop'
import { db } from './db'
import { getDeviceId, getMeta, setMeta } from './repositories/meta'
import { seedScriptLibrary } from './script-library'

/** The seed of the demo shop everyone sees; tests and benchmarks may pass their own. */
export const DEMO_SEED = 20_240_601

export interface LoadDemoShopOptions {
  readonly customerCount?: number
  readonly now?: Date
  readonly seed?: number
}

export type DemoShopCounts = { readonly [K in keyof DemoShop]: number }

/**
 * Fills the database with the demo shop and the shipped script library, all in one
 * transaction, and records the first-run choice. The records are generated with fixed ids
 * for this device, so loading twice writes the same records again rather than a second shop.
 * No audit entries are written: the demo is not anybody's work. The returned counts are the
 * demo shop's; the script library is the same for a shop started empty.
 */
export async function loadDemoShop({
  customerCount = 300,
  now = new Date(),
  seed = DEMO_SEED
}: LoadDemoShopOptions = {}): Promise<DemoShopCounts> {
  const deviceId = await getDeviceId()
  const shop = generateDemoShop({ seed, customerCount, now, deviceId })
  await db.transaction(
    'rw',
    [
      db.staff,
      db.customers,
      db.ownedProducts,
      db.interactions,
      db.complaints,
      db.careTasks,
      db.careDecisions,
      db.phraseHits,
      db.scripts,
      db.meta
    ],
    async () => {
      await seedScriptLibrary(now)
      await db.staff.bulkPut(shop.staff)
      await db.customers.bulkPut(shop.customers)
      await db.ownedProducts.bulkPut(shop.ownedProducts)
      await db.interactions.bulkPut(shop.interactions)
      await db.complaints.bulkPut(shop.complaints)
      await db.careTasks.bulkPut(shop.careTasks)
      await db.careDecisions.bulkPut(shop.careDecisions)
      await db.phraseHits.bulkPut(shop.phraseHits)
      // The demo records carry a clock stamp at `now`: later local edits must sort after it.
      const clock = (await getMeta('clock')) ?? ZERO_CLOCK
      await setMeta('clock', observe(clock, { millis: now.getTime(), counter: 0 }, Date.now()))
      await setMeta('firstRunChoice', 'demo')
    }
  )
  return {
    staff: shop.staff.length,
    customers: shop.customers.length,
    ownedProducts: shop.ownedProducts.length,
    interactions: shop.interactions.length,
    complaints: shop.complaints.length,
    careTasks: shop.careTasks.length,
    careDecisions: shop.careDecisions.length,
    phraseHits: shop.phraseHits.length
  }
}
