import { careOccasionKey } from '../domain/care-rules'
import type { CareDecision, CareMethod, CareTask, CareTaskStatus } from '../domain/care-task'
import type { InteractionKind } from '../domain/interaction'
import type { RecordContent } from '../domain/record'
import { addMonths, DAY_MS, iso, MINUTE_MS, shopDate, shopDay } from './demo-calendar'
import type { CustomerSketch, DemoContext, ProductSale } from './demo-context'
import { addInteraction } from './demo-interactions'
import { weighted } from './random'

/** How far ahead the demo plans. */
const UPCOMING_DAYS = 30

const pickPastStatus = weighted<CareTaskStatus>([['done', 75], ['missed', 15], ['cancelled', 10]])
const pickScore = weighted<number | null>([[5, 35], [4, 30], [3, 10], [null, 25]])

/** What a done task leaves on the customer's timeline. */
const INTERACTION_OF_METHOD: Readonly<Record<CareMethod, InteractionKind>> = {
  visit: 'visit',
  call: 'call',
  message: 'message',
  letter: 'message',
  gift: 'visit',
  event: 'visit'
}

const OUTCOMES: Readonly<Record<CareMethod, string>> = {
  visit: '已上门，设备运行正常',
  call: '已联系客户，客户满意',
  message: '已发送',
  letter: '已寄出',
  gift: '礼品已送达',
  event: '客户已参加'
}

interface TaskPlan {
  readonly day: number
  readonly purpose: string
  readonly method: CareMethod
  readonly minutes: number
  readonly occasionKey: string | null
  /** Set when the rest of the data decides it (a maintenance the product shows as done, or as overdue). */
  readonly status?: CareTaskStatus
}

function addTask(context: DemoContext, customer: CustomerSketch, plan: TaskPlan): void {
  const { random, nowMillis } = context
  const { staffId, startAt } = context.book(plan.day, customer.ownerId, plan.minutes)
  const isPast = startAt < nowMillis
  const status = isPast ? (plan.status ?? pickPastStatus(random)) : 'planned'
  const createdAt = Math.min(nowMillis, Math.max(customer.createdAt, startAt - random.int(1, 14) * DAY_MS))
  const updatedAt = isPast ? Math.min(nowMillis, startAt + plan.minutes * MINUTE_MS) : createdAt
  const rescheduled = status === 'planned' && random.chance(0.1)
  const content: RecordContent<CareTask> = {
    customerId: customer.id,
    purpose: plan.purpose,
    method: plan.method,
    startAt: iso(startAt),
    durationMinutes: plan.minutes,
    staffId,
    status,
    outcome: status === 'done' ? OUTCOMES[plan.method] : '',
    notes: '',
    satisfactionScore: status === 'done' ? pickScore(random) : null,
    followUpNeeded: status === 'done' && random.chance(0.1),
    recurrence: { kind: 'none' },
    occasionKey: plan.occasionKey,
    complaintId: null,
    rescheduleHistory: rescheduled
      ? [{ from: iso(startAt - 2 * DAY_MS), to: iso(startAt), reason: '客户临时有事', at: iso(createdAt) }]
      : []
  }
  const id = context.newId(createdAt)
  const times = { id, createdAt, updatedAt, updatedBy: staffId ?? customer.enteredBy }
  context.out.careTasks.push(context.meta('careTasks', content, times))
  if (status !== 'done') return
  const kind = INTERACTION_OF_METHOD[plan.method]
  addInteraction(context, customer, startAt, {
    kind,
    summary: `${plan.purpose}：${content.outcome}`,
    callOutcome: kind === 'call' ? 'reached' : null,
    staffId,
    taskId: id
  })
}

/** Birthday greetings are planned for the better tiers: a gift for A, a call for B, a message for C. */
const BIRTHDAY_PLAN = {
  A: { method: 'gift', minutes: 60, chance: 1 },
  B: { method: 'call', minutes: 30, chance: 1 },
  C: { method: 'message', minutes: 30, chance: 0.3 },
  D: { method: 'message', minutes: 30, chance: 0 }
} as const satisfies Record<string, { method: CareMethod; minutes: number; chance: number }>

/** Regular check-in calls per year by tier. */
const CHECK_IN_CALLS = { A: 2, B: 1, C: 0.25, D: 0.05 } as const

function addCareDecision(context: DemoContext, customer: CustomerSketch, occasionKey: string): void {
  const { random, nowMillis } = context
  const snoozed = random.chance(0.5)
  const content: RecordContent<CareDecision> = {
    occasionKey,
    customerId: customer.id,
    decision: snoozed ? 'snoozed' : 'dismissed',
    until: snoozed ? shopDate(nowMillis + UPCOMING_DAYS * DAY_MS) : null,
    reason: snoozed ? '客户近期出差' : '客户不希望被打扰'
  }
  const decidedAt = nowMillis - random.int(1, 20) * DAY_MS
  const times = {
    id: context.newId(decidedAt),
    createdAt: decidedAt,
    updatedAt: decidedAt,
    updatedBy: customer.enteredBy
  }
  context.out.careDecisions.push(context.meta('careDecisions', content, times))
}

/**
 * Care tasks of the past year and the next month: birthday greetings, maintenance visits
 * (done when the product shows it done, missed when it is overdue) and check-in calls.
 */
export function addCare(context: DemoContext, customer: CustomerSketch, sales: readonly ProductSale[]): void {
  const { random, nowMillis } = context
  // From the day after the customer arrived: a task on that day could fall before they did.
  const firstDay = shopDay(customer.historyFrom) + 1
  const today = shopDay(nowMillis)
  const lastDay = today + UPCOMING_DAYS
  const inWindow = (day: number): boolean => day >= firstDay && day <= lastDay

  if (customer.birthday !== null) {
    const plan = BIRTHDAY_PLAN[customer.tier]
    const planned = random.chance(plan.chance)
    const thisYear = new Date(nowMillis).getUTCFullYear()
    for (const year of [thisYear - 1, thisYear, thisYear + 1]) {
      const day = Math.floor(Date.UTC(year, customer.birthday.month - 1, customer.birthday.day) / DAY_MS)
      if (!inWindow(day)) continue
      const occasionKey = careOccasionKey.birthday(customer.id, year)
      const { method, minutes } = plan
      if (planned) addTask(context, customer, { day, purpose: '生日问候', method, minutes, occasionKey })
      else if (day >= today && random.chance(0.1)) addCareDecision(context, customer, occasionKey)
    }
  }

  for (const { product, boughtAt, maintainedAt } of sales) {
    const interval = product.maintenanceIntervalMonths
    if (boughtAt === null || interval === null || !random.chance(0.5)) continue
    const purpose = `${product.product} 定期保养`
    const occasion = (at: number): string => `maintenance:${product.id}:${shopDate(at).slice(0, 7)}`
    const visit = (at: number, status: CareTaskStatus): void =>
      addTask(context, customer, {
        day: shopDay(at),
        purpose,
        method: 'visit',
        minutes: 60,
        occasionKey: occasion(at),
        status
      })
    if (maintainedAt !== null && inWindow(shopDay(maintainedAt))) visit(maintainedAt, 'done')
    const nextDue = addMonths(maintainedAt ?? boughtAt, interval)
    if (inWindow(shopDay(nextDue))) visit(nextDue, 'missed')
  }

  const checkIns = CHECK_IN_CALLS[customer.tier]
  for (let count = Math.floor(checkIns) + (random.chance(checkIns % 1) ? 1 : 0); count > 0; count--) {
    const visit = customer.tier === 'A' && random.chance(0.5)
    addTask(context, customer, {
      day: random.int(firstDay, lastDay),
      purpose: visit ? '上门拜访' : '定期回访',
      method: visit ? 'visit' : 'call',
      minutes: visit ? 60 : 30,
      occasionKey: null
    })
  }
}
