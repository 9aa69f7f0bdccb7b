import {
  BUILT_IN_COMPLAINT_CATEGORIES,
  type Complaint,
  type ComplaintSeverity,
  type ComplaintStatus,
  type StatusChange
} from '../domain/complaint'
import type { RecordContent } from '../domain/record'
import { DAY_MS, HOUR_MS, iso, MINUTE_MS, nextOpeningTime, randomShopTime, shopDate } from './demo-calendar'
import type { CustomerSketch, DemoContext, ProductSale } from './demo-context'
import { addInteraction } from './demo-interactions'
import { weighted } from './random'
import { COMPLAINT_STORIES, DESIRED_REMEDIES } from './vocabulary'

/** Chance that a customer of each tier complained in the past year (busier customers complain more). */
const COMPLAINT_CHANCE = { A: 0.15, B: 0.08, C: 0.04, D: 0.02 } as const

const pickSeverity = weighted<ComplaintSeverity>([['ordinary', 80], ['serious', 17], ['crisis', 3]])
const pickScore = weighted<number>([[5, 45], [4, 35], [3, 12], [2, 5], [1, 3]])
const INTAKE_STEPS_BEFORE_DONE = ['listen', 'calm', 'record', 'classify'] as const
/** The intake wizard's last step (commit to a follow-up): where every finished intake stands. */
const LAST_INTAKE_STEP = 'follow-up'

/**
 * The lifecycle new → in progress → resolved → followed up → closed, step by step at
 * believable intervals. It stops at the first step that would lie in the future, and one
 * complaint in ten is stuck earlier, so open complaints exist at every age.
 */
function lifecycle(
  context: DemoContext,
  receivedAt: number,
  severity: ComplaintSeverity
): readonly (readonly [ComplaintStatus, number])[] {
  const { random, nowMillis } = context
  const responseMinutes = severity === 'ordinary' ? random.int(30, 24 * 60) : random.int(10, 120)
  const respondedAt = nextOpeningTime(receivedAt + responseMinutes * MINUTE_MS)
  const resolvedAt = nextOpeningTime(respondedAt + random.int(4, 10 * 24) * HOUR_MS)
  const followedUpAt = nextOpeningTime(resolvedAt + random.int(2, 4) * DAY_MS)
  const closedAt = nextOpeningTime(followedUpAt + random.int(0, 48) * HOUR_MS)
  const steps: (readonly [ComplaintStatus, number])[] = [
    ['new', receivedAt],
    ['in-progress', respondedAt],
    ['resolved', resolvedAt],
    ['followed-up', followedUpAt],
    ['closed', closedAt]
  ]
  const reached = steps.filter(([, at]) => at <= nowMillis)
  return random.chance(0.1) ? reached.slice(0, random.int(1, reached.length)) : reached
}

function addComplaint(context: DemoContext, customer: CustomerSketch, sales: readonly ProductSale[]): void {
  const { random, nowMillis, manager } = context
  const receivedAt = randomShopTime(random, customer.historyFrom, nowMillis)
  const severity = pickSeverity(random)
  const category = random.pick(BUILT_IN_COMPLAINT_CATEGORIES)
  const story = COMPLAINT_STORIES[category]
  const receivedBy = customer.ownerId ?? random.pick(context.activeStaff).id
  const handlerId = severity === 'ordinary' ? receivedBy : manager.id
  const steps = lifecycle(context, receivedAt, severity)
  const timeOf = (status: ComplaintStatus): number | null => steps.find(([reached]) => reached === status)?.[1] ?? null
  const [status, lastChangeAt] = steps[steps.length - 1] ?? ['new', receivedAt]
  const statusHistory: readonly StatusChange[] = steps.map(([reached, at]) => ({
    status: reached,
    at: iso(at),
    by: reached === 'new' ? receivedBy : handlerId
  }))
  const isoOrNull = (at: number | null): string | null => (at === null ? null : iso(at))
  const respondedAt = timeOf('in-progress')
  const resolvedAt = timeOf('resolved')
  const followedUpAt = timeOf('followed-up')
  const closedAt = timeOf('closed')
  const id = context.newId(receivedAt)
  const content: RecordContent<Complaint> = {
    number: context.nextComplaintNumber(shopDate(receivedAt)),
    customerId: customer.id,
    status,
    statusHistory,
    receivedAt: iso(receivedAt),
    firstResponseAt: isoOrNull(respondedAt),
    resolvedAt: isoOrNull(resolvedAt),
    closedAt: isoOrNull(closedAt),
    handlerId,
    intakeStep: status === 'new' ? random.pick(INTAKE_STEPS_BEFORE_DONE) : LAST_INTAKE_STEP,
    customerWords: random.pick(story.words),
    desiredRemedy: random.pick(DESIRED_REMEDIES),
    productId: sales.length > 0 && random.chance(0.7) ? random.pick(sales).product.id : null,
    category,
    severity,
    rootCause: respondedAt === null ? '' : story.cause,
    replyDraft: '',
    notes: '',
    resolution:
      resolvedAt === null
        ? { kind: null, detail: '', accepted: null }
        : { kind: story.remedy, detail: '已按双方商定的方案处理', accepted: true },
    escalation:
      severity === 'ordinary'
        ? { supervisorId: null, reason: '', at: null }
        : {
            supervisorId: manager.id,
            reason: '严重投诉，店长介入',
            at: iso(Math.min(nowMillis, receivedAt + 30 * MINUTE_MS))
          },
    followUpDate: resolvedAt === null ? null : shopDate(resolvedAt + 3 * DAY_MS),
    satisfaction:
      followedUpAt === null
        ? { score: null, comment: '', givenBy: null }
        : { score: pickScore(random), comment: '', givenBy: 'customer' },
    closeReason: closedAt === null ? '' : '问题已解决，客户认可',
    closeChecklist: [],
    dismissedFlags: []
  }
  const times = { id, createdAt: receivedAt, updatedAt: lastChangeAt, updatedBy: handlerId }
  context.out.complaints.push(context.meta('complaints', content, times))
  if (followedUpAt !== null) {
    addInteraction(context, customer, followedUpAt, {
      kind: 'call',
      summary: '投诉处理后回访，客户认可处理结果',
      callOutcome: 'reached',
      staffId: handlerId,
      complaintId: id
    })
  }
}

/** Complaints of the past year; a customer who complained once sometimes complained again. */
export function addComplaints(context: DemoContext, customer: CustomerSketch, sales: readonly ProductSale[]): void {
  if (!context.random.chance(COMPLAINT_CHANCE[customer.tier])) return
  addComplaint(context, customer, sales)
  if (context.random.chance(0.1)) addComplaint(context, customer, sales)
}
