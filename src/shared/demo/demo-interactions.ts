import type { CallOutcome, Interaction } from '../domain/interaction'
import type { RecordContent } from '../domain/record'
import { DAY_MS, iso, randomShopTime } from './demo-calendar'
import type { CustomerSketch, DemoContext, ProductSale } from './demo-context'
import { weighted } from './random'
import { CALL_SUMMARIES, MESSAGE_SUMMARIES, NOTE_SUMMARIES, SERVICE_PURCHASES, VISIT_SUMMARIES } from './vocabulary'

type InteractionFields = Pick<RecordContent<Interaction>, 'kind' | 'occurredAt' | 'summary'> &
  Partial<RecordContent<Interaction>>

/** Stores one interaction of the customer, made by `staffId` at `occurredAt`. */
export function addInteraction(
  context: DemoContext,
  customer: CustomerSketch,
  occurredAt: number,
  fields: Omit<InteractionFields, 'occurredAt'>
): Interaction {
  const content: RecordContent<Interaction> = {
    customerId: customer.id,
    kind: fields.kind,
    occurredAt: iso(occurredAt),
    staffId: fields.staffId === undefined ? customer.ownerId : fields.staffId,
    summary: fields.summary,
    callOutcome: fields.callOutcome ?? null,
    amount: fields.amount ?? null,
    productId: fields.productId ?? null,
    taskId: fields.taskId ?? null,
    complaintId: fields.complaintId ?? null
  }
  const times = {
    id: context.newId(occurredAt),
    createdAt: occurredAt,
    updatedAt: occurredAt,
    updatedBy: content.staffId ?? ''
  }
  const interaction: Interaction = context.meta('interactions', content, times)
  context.out.interactions.push(interaction)
  return interaction
}

const pickOutcome = weighted<CallOutcome>([
  ['reached', 60],
  ['no-answer', 20],
  ['call-back', 10],
  ['wrong-number', 3],
  ['declined', 7]
])

/** How busy a year with the customer was, by tier: [calls, visits, service purchases] at most. */
const ACTIVITY = { A: [6, 2, 3], B: [4, 1, 2], C: [2, 1, 1], D: [1, 0, 0] } as const

/**
 * A year of everyday contact: appliance purchases (from the products), small service
 * purchases, calls with outcomes, visits, messages and the odd note.
 */
export function addEverydayHistory(
  context: DemoContext,
  customer: CustomerSketch,
  sales: readonly ProductSale[]
): void {
  const { random, nowMillis } = context
  const from = customer.historyFrom
  const anyTime = (): number => randomShopTime(random, from, nowMillis)
  const [calls, visits, services] = customer.stage === 'prospect' ? [2, 1, 0] : ACTIVITY[customer.tier]

  const products = sales.map((sale) => sale.product)
  for (const { product, price, boughtAt } of sales) {
    if (boughtAt === null || boughtAt < from) continue
    addInteraction(context, customer, boughtAt, {
      kind: 'purchase',
      summary: `购买${product.product}`,
      amount: price,
      productId: product.id
    })
  }
  for (let count = random.int(0, services); count > 0; count--) {
    const [what, low, high] = random.pick(SERVICE_PURCHASES)
    const product = products.length > 0 && random.chance(0.7) ? random.pick(products) : null
    addInteraction(context, customer, anyTime(), {
      kind: 'purchase',
      summary: what,
      amount: random.int(low / 10, high / 10) * 10,
      productId: product?.id ?? null
    })
  }
  for (let count = random.int(0, calls); count > 0; count--) {
    const callOutcome = pickOutcome(random)
    const summary = random.pick(CALL_SUMMARIES[callOutcome])
    addInteraction(context, customer, anyTime(), { kind: 'call', summary, callOutcome })
  }
  for (let count = random.int(0, visits); count > 0; count--) {
    addInteraction(context, customer, anyTime(), { kind: 'visit', summary: random.pick(VISIT_SUMMARIES) })
  }
  for (let count = random.int(0, 2); count > 0; count--) {
    addInteraction(context, customer, anyTime(), { kind: 'message', summary: random.pick(MESSAGE_SUMMARIES) })
  }
  if (random.chance(0.1)) {
    addInteraction(context, customer, Math.max(from, nowMillis - random.int(1, 300) * DAY_MS), {
      kind: 'note',
      summary: random.pick(NOTE_SUMMARIES)
    })
  }
}
