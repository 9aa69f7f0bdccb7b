import type { CareTask } from '../domain/care-task'
import { BUILT_IN_COMPLAINT_CATEGORIES, type Complaint, type ComplaintContent, type ComplaintSeverity } from '../domain/complaint'
import { completedFollowUpCall, plannedFollowUpCall } from '../domain/complaint-follow-up'
import { openedComplaint } from '../domain/complaint-intake'
import { CLOSE_CHECKLIST, transitionComplaint, type ComplaintAction } from '../domain/complaint-lifecycle'
import { formatComplaintNumber } from '../domain/complaint-number'
import { COMPLAINT_INTAKE_STEP_IDS, type ComplaintIntakeStep } from '../domain/complaint-steps'
import type { RecordContent } from '../domain/record'
import { DAY_MS, HOUR_MS, iso, MINUTE_MS, nextOpeningTime, randomShopTime, shopDate, shopDay } from './demo-calendar'
import type { CustomerSketch, DemoContext, DemoOutput, ProductSale } from './demo-context'
import { addInteraction } from './demo-interactions'
import { weighted } from './random'
import { COMPLAINT_STORIES, DESIRED_REMEDIES } from './vocabulary'

/** Chance that a customer of each tier complained in the past year (busier customers complain more). */
const COMPLAINT_CHANCE = { A: 0.15, B: 0.08, C: 0.04, D: 0.02 } as const

const pickSeverity = weighted<ComplaintSeverity>([['ordinary', 80], ['serious', 17], ['crisis', 3]])
const pickScore = weighted<number>([[5, 45], [4, 35], [3, 12], [2, 5], [1, 3]])

/** Where the wizard stands: before the resolution while new, at it while in progress, at the end after. */
const STEPS_WHILE_NEW = COMPLAINT_INTAKE_STEP_IDS.slice(0, COMPLAINT_INTAKE_STEP_IDS.indexOf('resolve'))
const STEP_IN_PROGRESS: ComplaintIntakeStep = 'resolve'
const LAST_STEP: ComplaintIntakeStep = 'follow-up'

const REOPEN_CHANCE = 0.08

/** What the follow-up call heard, and why the complaint was closed, by the customer's score. */
function followUpWords(score: number): { readonly heard: string; readonly closeReason: string } {
  if (score >= 4) return { heard: '客户认可处理结果', closeReason: '问题已解决，客户认可' }
  if (score === 3) return { heard: '客户基本满意', closeReason: '问题已解决，客户基本满意' }
  return { heard: '客户仍有不满，已记录意见', closeReason: '已按方案处理完毕，客户意见已转店长' }
}

/**
 * Plays one complaint's story through the lifecycle's own transitions, so the demo holds only
 * what the app could have written: taken up, escalated when serious, resolved (now and then
 * reopened and resolved again), the follow-up call booked three days on and made, and the
 * complaint closed. The story stops at the first step still in the future, and one complaint in
 * ten stops after one to four status changes, so open complaints exist at every age. The number
 * is left blank: `numberComplaints` gives numbers once every complaint of the shop is made.
 */
function addComplaint(context: DemoContext, customer: CustomerSketch, sales: readonly ProductSale[]): void {
  const { random, nowMillis, manager } = context
  const receivedAt = randomShopTime(random, customer.historyFrom, nowMillis)
  const severity = pickSeverity(random)
  const category = random.pick(BUILT_IN_COMPLAINT_CATEGORIES)
  const story = COMPLAINT_STORIES[category]
  const handlerId = customer.ownerId ?? random.pick(context.activeStaff).id
  const id = context.newId(receivedAt)
  const statusesAtMost = random.chance(0.1) ? random.int(1, 4) : Number.POSITIVE_INFINITY

  let complaint: ComplaintContent = {
    ...openedComplaint(
      { customerId: customer.id, customerWords: random.pick(story.words), category, severity },
      { number: '', now: iso(receivedAt), staffId: handlerId }
    ),
    intakeStep: random.pick(STEPS_WHILE_NEW),
    desiredRemedy: random.pick(DESIRED_REMEDIES),
    productId: sales.length > 0 && random.chance(0.7) ? random.pick(sales).product.id : null
  }
  let changedAt = receivedAt
  const store = (): void => {
    const times = { id, createdAt: receivedAt, updatedAt: changedAt, updatedBy: handlerId }
    context.out.complaints.push(context.meta('complaints', complaint, times))
  }
  /** Takes the action at `at` if the story gets that far, and says whether it did. */
  const take = (action: ComplaintAction, at: number): boolean => {
    const changesStatus = action.type !== 'escalate'
    if (at >= nowMillis || (changesStatus && complaint.statusHistory.length >= statusesAtMost)) return false
    const transition = transitionComplaint(complaint, action, { now: iso(at), staffId: handlerId })
    if (!transition.ok) throw new Error(`The demo complaint's ${action.type} was refused: ${transition.error}`)
    complaint = transition.complaint
    changedAt = at
    return true
  }
  const resolution = { kind: story.remedy, detail: '已按双方商定的方案处理', accepted: true }

  const responseMinutes = severity === 'ordinary' ? random.int(30, 24 * 60) : random.int(10, 120)
  const respondedAt = nextOpeningTime(receivedAt + responseMinutes * MINUTE_MS)
  if (!take({ type: 'start' }, respondedAt)) return store()
  complaint = { ...complaint, intakeStep: STEP_IN_PROGRESS, rootCause: story.cause }
  if (severity !== 'ordinary') take({ type: 'escalate', supervisorId: manager.id, reason: '严重投诉，店长介入' }, respondedAt)

  let resolvedAt = nextOpeningTime(respondedAt + random.int(4, 10 * 24) * HOUR_MS)
  if (!take({ type: 'resolve', resolution }, resolvedAt)) return store()
  const reopenedAt = nextOpeningTime(resolvedAt + random.int(1, 3) * DAY_MS)
  if (random.chance(REOPEN_CHANCE) && take({ type: 'reopen', reason: '客户反映问题再次出现' }, reopenedAt)) {
    const resolvedAgainAt = nextOpeningTime(reopenedAt + random.int(4, 72) * HOUR_MS)
    // Resolving again plans the same call anew; still reopened, the first plan stands.
    if (take({ type: 'resolve', resolution }, resolvedAgainAt)) resolvedAt = resolvedAgainAt
  }

  // The follow-up call the resolution planned, in a free slot three days on (回访).
  const booking = context.book(shopDay(resolvedAt) + 3, handlerId, 30)
  complaint = { ...complaint, intakeStep: LAST_STEP, followUpDate: shopDate(booking.startAt) }
  const score = pickScore(random)
  const { heard, closeReason } = followUpWords(score)
  const followUp: ComplaintAction = { type: 'record-follow-up', score, comment: heard, givenBy: 'customer' }
  const followedUp = complaint.status === 'resolved' && take(followUp, booking.startAt)
  const planned = plannedFollowUpCall(
    { id, number: complaint.number, customerId: customer.id },
    { startAt: iso(booking.startAt), staffId: booking.staffId }
  )
  const call: RecordContent<CareTask> = followedUp
    ? completedFollowUpCall(planned, { score, comment: heard })
    : { ...planned, status: booking.startAt < nowMillis ? 'missed' : 'planned' }
  const callId = context.newId(resolvedAt)
  const callTimes = { id: callId, createdAt: resolvedAt, updatedAt: followedUp ? booking.startAt : resolvedAt, updatedBy: handlerId }
  context.out.careTasks.push(context.meta('careTasks', call, callTimes))
  if (followedUp) {
    addInteraction(context, customer, booking.startAt, {
      kind: 'call',
      summary: `投诉处理后回访：${heard}`,
      callOutcome: 'reached',
      staffId: booking.staffId,
      taskId: callId,
      complaintId: id
    })
    const closedAt = nextOpeningTime(booking.startAt + random.int(0, 48) * HOUR_MS)
    take({ type: 'close', reason: closeReason, checklist: CLOSE_CHECKLIST }, closedAt)
  }
  store()
}

/** Complaints of the past year; a customer who complained once sometimes complained again. */
export function addComplaints(context: DemoContext, customer: CustomerSketch, sales: readonly ProductSale[]): void {
  if (!context.random.chance(COMPLAINT_CHANCE[customer.tier])) return
  addComplaint(context, customer, sales)
  if (context.random.chance(0.1)) addComplaint(context, customer, sales)
}

/**
 * Numbers the complaints as the device would have: each shop day counted in the order the
 * complaints came in, which is known only once every customer's are made. The follow-up
 * calls, named by the number, get it too.
 */
export function numberComplaints(out: DemoOutput, deviceId: string): void {
  const byArrival = out.complaints
    .map((complaint, index) => ({ receivedAt: complaint.receivedAt, id: complaint.id, index }))
    .sort((a, b) => (a.receivedAt === b.receivedAt ? (a.id < b.id ? -1 : 1) : a.receivedAt < b.receivedAt ? -1 : 1))
  const countOfDay = new Map<string, number>()
  const numbers = new Map<string, string>()
  for (const { index } of byArrival) {
    const complaint: Complaint | undefined = out.complaints[index]
    if (complaint === undefined) continue
    const date = shopDate(Date.parse(complaint.receivedAt))
    const sequence = (countOfDay.get(date) ?? 0) + 1
    countOfDay.set(date, sequence)
    const number = formatComplaintNumber({ date, sequence, deviceId })
    out.complaints[index] = { ...complaint, number }
    numbers.set(complaint.id, number)
  }
  out.careTasks.forEach((task, index) => {
    const number = task.complaintId === null ? undefined : numbers.get(task.complaintId)
    if (number !== undefined) out.careTasks[index] = { ...task, purpose: number }
  })
}
