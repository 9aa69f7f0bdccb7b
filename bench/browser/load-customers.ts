import type { Customer } from '@shared/domain/customer'
import { phoneDigitsOfNumber } from '@shared/domain/customer-search'
import { generateDemoShop, type DemoShop } from '@shared/demo/generate-demo-shop'
import { db } from '@renderer/data/db'
import type { LoadFigures } from './bench-types'
import { round, summarize, timed } from './stats'

/** One rw transaction per chunk: what an import of a big file would do, with progress in between. */
const CHUNK_SIZE = 5_000

/** Values from the loaded data that the search queries are built from. */
export interface Probe {
  readonly phoneTail: string
  readonly phoneFragment: string
}

export interface LoadedShop {
  readonly figures: LoadFigures
  readonly probe: Probe
  /** The whole generated shop: the report benchmark stores the tables left out here. */
  readonly shop: DemoShop
}

const digitsOf = (customer: Customer | undefined): string => {
  const phone = customer?.phones[0]
  return phone === undefined ? '' : phoneDigitsOfNumber(phone)
}

/**
 * Starts from an empty database and stores the demo shop's customers (and its staff and
 * complaints, which the owner column and the open-complaints filter read). The other
 * tables the generator makes are dropped: the customer list never reads them.
 */
export async function loadCustomers(count: number, now: Date): Promise<LoadedShop> {
  const reset = await timed(async () => {
    await db.delete()
    await db.open()
  })
  const generated = await timed(() => Promise.resolve(generateDemoShop({ seed: 1, customerCount: count, now, deviceId: 'bench' })))
  const { customers, complaints, staff } = generated.value

  const chunkMs: number[] = []
  const start = performance.now()
  for (let from = 0; from < customers.length; from += CHUNK_SIZE) {
    const chunk = customers.slice(from, from + CHUNK_SIZE)
    const { ms } = await timed(() => db.transaction('rw', db.customers, () => db.customers.bulkPut(chunk)))
    chunkMs.push(ms)
  }
  const customersMs = performance.now() - start
  const others = await timed(() =>
    db.transaction('rw', db.staff, db.complaints, async () => {
      await db.staff.bulkPut(staff)
      await db.complaints.bulkPut(complaints)
    })
  )
  const estimate = await navigator.storage?.estimate?.()

  // A tail from one customer and three digits from the middle of another's number.
  const phoneTail = digitsOf(customers[Math.floor(count / 2)]).slice(-4)
  const phoneFragment = digitsOf(customers[Math.floor(count / 3)]).slice(4, 7)
  return {
    shop: generated.value,
    probe: { phoneTail, phoneFragment },
    figures: {
      customers: customers.length,
      complaints: complaints.length,
      staff: staff.length,
      generateMs: round(generated.ms),
      resetMs: round(reset.ms),
      customersMs: round(customersMs),
      customersPerSecond: Math.round((customers.length / customersMs) * 1000),
      chunkSize: CHUNK_SIZE,
      chunk: summarize(chunkMs),
      othersMs: round(others.ms),
      usageBytes: estimate?.usage ?? null
    }
  }
}
