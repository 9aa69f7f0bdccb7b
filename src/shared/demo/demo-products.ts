import type { OwnedProduct } from '../domain/owned-product'
import type { RecordContent } from '../domain/record'
import { addMonths, DAY_MS, randomShopTime, shopDate, shopDay, shopDayStart } from './demo-calendar'
import type { CustomerSketch, DemoContext, ProductSale } from './demo-context'
import { PRODUCT_LINES } from './vocabulary'

/** How many appliances a customer of each tier owns: [fewest, most]. */
const PRODUCT_COUNTS = { A: [2, 4], B: [1, 3], C: [1, 2], D: [1, 1] } as const

/**
 * The customer's appliances, bought since they became a customer. A few were registered
 * without a known purchase date: those have no warranty end either (never guessed).
 */
export function addProducts(context: DemoContext, customer: CustomerSketch): readonly ProductSale[] {
  if (customer.stage === 'prospect') return []
  const { random, nowMillis } = context
  const today = shopDayStart(shopDay(nowMillis))
  const [fewest, most] = PRODUCT_COUNTS[customer.tier]
  const sales: ProductSale[] = []
  for (let count = random.int(fewest, most); count > 0; count--) {
    const line = random.pick(PRODUCT_LINES)
    const [low, high] = line.price
    const price = random.int(low / 10, high / 10) * 10
    const boughtAt = random.chance(0.05) ? null : randomShopTime(random, customer.createdAt, nowMillis)
    const interval = line.maintenanceIntervalMonths
    let maintainedAt: number | null = null
    if (boughtAt !== null && interval !== null) {
      // The last due date before today: most customers kept it, some skipped the latest one.
      let due = 1
      while (addMonths(boughtAt, (due + 1) * interval) < today) due++
      const kept = random.chance(0.65) ? due : due - 1
      const candidate = addMonths(boughtAt, kept * interval)
      maintainedAt = kept >= 1 && candidate < today ? candidate : null
    }
    const registeredAt = boughtAt ?? customer.createdAt
    const content: RecordContent<OwnedProduct> = {
      customerId: customer.id,
      product: `${random.pick(line.brands)} ${line.category} ${random.pick(line.models)}`,
      // Line prefix, year and month of registration, seven digits: AC2504…
      serial: line.serialPrefix + shopDate(registeredAt).slice(2, 7).replace('-', '') + random.int(1_000_000, 9_999_999),
      purchaseDate: boughtAt === null ? null : shopDate(boughtAt),
      warrantyEnd: boughtAt === null ? null : shopDate(addMonths(boughtAt, line.warrantyYears * 12) - DAY_MS),
      maintenanceIntervalMonths: interval,
      lastMaintenanceDate: maintainedAt === null ? null : shopDate(maintainedAt),
      notes: ''
    }
    const times = {
      id: context.newId(registeredAt),
      createdAt: registeredAt,
      updatedAt: Math.max(registeredAt, maintainedAt ?? registeredAt),
      updatedBy: customer.enteredBy
    }
    const product: OwnedProduct = context.meta('ownedProducts', content, times)
    context.out.ownedProducts.push(product)
    sales.push({ product, price, boughtAt, maintainedAt })
  }
  return sales
}
