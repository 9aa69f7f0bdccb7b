/**
 * The complaint writes the intake wizard makes: opening a complaint, autosaving its draft,
 * the lifecycle's actions with the follow-up call they plan, and dismissed never-say flags.
 * The rules are in @shared/domain; this gathers, writes and stamps, each call in one
 * transaction, so a refused or failed change leaves the database as it was.
 */
import type { CareTask } from '@shared/domain/care-task'
import { taskInteraction } from '@shared/domain/care-task-lifecycle'
import type { Complaint, ComplaintChange } from '@shared/domain/complaint'
import {
  completedFollowUpCall,
  complaintFollowUpKey,
  followUpCallStart,
  plannedFollowUpCall
} from '@shared/domain/complaint-follow-up'
import {
  intakeDraftError,
  openedComplaint,
  withDismissedFlag,
  type ComplaintOpening,
  type IntakeDraft,
  type IntakeDraftError
} from '@shared/domain/complaint-intake'
import { transitionComplaint, type ComplaintAction, type ComplaintTransition } from '@shared/domain/complaint-lifecycle'
import {
  complaintNumberPrefix,
  complaintNumberSuffix,
  formatComplaintNumber,
  nextSequence,
  parseComplaintNumber
} from '@shared/domain/complaint-number'
import type { PhoneNumber } from '@shared/domain/customer'
import { todayInShop } from '@shared/domain/days'
import type { RecordContent } from '@shared/domain/record'
import { walkInCustomer } from '@shared/domain/walk-in-customer'
import { db } from '../db'
import { interactionsRepository } from './interactions'
import {
  createRecord,
  RecordNotFoundError,
  restoreRecord,
  reviseRecord,
  withoutUndefined,
  type Actor
} from '../records'
import { requireCurrentCustomer } from './customer-actions'
import { customersRepository } from './customers'
import { getDeviceId } from './meta'

/** The next number this device gives on the shop's day of `now`. Call inside the write's transaction. */
async function nextComplaintNumber(now: Date): Promise<string> {
  const deviceId = await getDeviceId()
  const date = todayInShop(now)
  const suffix = complaintNumberSuffix(deviceId)
  // Deleted complaints are in the index too: their numbers were handed out and stay taken.
  const numbersOfTheDay = await db.complaints.where('number').startsWith(complaintNumberPrefix(date)).keys()
  const ours = numbersOfTheDay.filter(
    (number): number is string => typeof number === 'string' && parseComplaintNumber(number)?.suffix === suffix
  )
  return formatComplaintNumber({ date, sequence: nextSequence(ours), deviceId })
}

/**
 * Opens a complaint received `now` for a current customer (not deleted, not merged). The
 * number is counted and the complaint stored in one transaction, so two intakes in quick
 * succession never get the same number.
 */
export function openComplaint(opening: ComplaintOpening, actor: Actor, now: Date): Promise<Complaint> {
  return db.transaction('rw', [db.customers, db.complaints, db.auditLog, db.meta], async () => {
    await requireCurrentCustomer(opening.customerId)
    const number = await nextComplaintNumber(now)
    return createRecord('complaints', openedComplaint(opening, { number, now: now.toISOString(), staffId: actor.staffId }), actor)
  })
}

/**
 * Opens a complaint for someone not on file yet: their customer record (name and phone only,
 * looked after by the clerk taking it) and the complaint are stored together or not at all.
 */
export function openComplaintForWalkIn(
  walkIn: { readonly name: string; readonly phone: PhoneNumber | null },
  actor: Actor,
  now: Date
): Promise<Complaint> {
  return db.transaction('rw', [db.customers, db.complaints, db.auditLog, db.meta], async () => {
    const customer = await customersRepository.create(walkInCustomer(walkIn, actor.staffId), actor)
    return openComplaint({ customerId: customer.id }, actor, now)
  })
}

/** Call inside the write's transaction: a missing or deleted complaint is the caller's mistake, not a refusal. */
async function requireLiveComplaint(id: string): Promise<Complaint> {
  const complaint = await db.complaints.get(id)
  if (complaint === undefined) throw new RecordNotFoundError('complaints', id)
  if (complaint.deletedAt !== null) throw new Error(`Complaint ${id} is deleted: restore it before changing it`)
  return complaint
}

/** The wizard's autosave: the fields given change, the status never does. */
export function saveIntakeDraft(id: string, draft: IntakeDraft, actor: Actor): Promise<ComplaintChange<IntakeDraftError>> {
  return db.transaction('rw', [db.complaints, db.auditLog, db.meta], async () => {
    const error = intakeDraftError(await requireLiveComplaint(id), draft)
    if (error !== null) return { ok: false, error }
    const { resolution, ...fields } = draft
    const complaint = await reviseRecord(
      'complaints',
      id,
      (current) => ({
        ...current,
        ...withoutUndefined(fields),
        resolution: { ...current.resolution, ...withoutUndefined(resolution ?? {}) }
      }),
      actor
    )
    return { ok: true, complaint }
  })
}

const staffOrNull = (staffId: string | null): string | null => (staffId === '' ? null : staffId)

/**
 * Writes the complaint's one follow-up call: a new one, or the one there is (brought back if
 * it was deleted) revised, so resolving again after a reopen never plans a second call.
 */
async function saveFollowUpCall(
  complaintId: string,
  callFrom: (existing: CareTask | undefined) => RecordContent<CareTask>,
  actor: Actor
): Promise<CareTask> {
  const existing = await db.careTasks.where('occasionKey').equals(complaintFollowUpKey(complaintId)).first()
  if (existing === undefined) return createRecord('careTasks', callFrom(undefined), actor)
  if (existing.deletedAt !== null) await restoreRecord('careTasks', existing.id, actor)
  return reviseRecord('careTasks', existing.id, (current) => ({ ...current, ...callFrom(current) }), actor)
}

/**
 * Applies one lifecycle action; a refused one writes nothing and says why. A resolution plans
 * the follow-up call (for the handler, else whoever resolved it); a recorded follow-up marks
 * that call done with the customer's score, making the record of it if there was none.
 */
export function applyComplaintAction(id: string, action: ComplaintAction, actor: Actor, now: Date): Promise<ComplaintTransition> {
  return db.transaction('rw', [db.complaints, db.careTasks, db.interactions, db.customers, db.auditLog, db.meta], async () => {
    const transition = transitionComplaint(await requireLiveComplaint(id), action, {
      now: now.toISOString(),
      staffId: actor.staffId
    })
    if (!transition.ok) return transition
    const complaint = await reviseRecord('complaints', id, () => transition.complaint, actor)
    const caller = staffOrNull(complaint.handlerId) ?? staffOrNull(actor.staffId)
    if (action.type === 'resolve') {
      const startAt = followUpCallStart(complaint, now)
      await saveFollowUpCall(id, (earlier) => plannedFollowUpCall(complaint, { startAt, staffId: caller }, earlier), actor)
    }
    if (action.type === 'record-follow-up') {
      const call = await saveFollowUpCall(
        id,
        (earlier) => completedFollowUpCall(earlier ?? plannedFollowUpCall(complaint, { startAt: now.toISOString(), staffId: caller }), action),
        actor
      )
      // The call reached the customer: it is contact, so the card's "days since last contact" and the care queue see it.
      await interactionsRepository.create({ ...taskInteraction(call, now), complaintId: id }, actor)
    }
    return { ok: true, complaint }
  })
}

/** Keeps a never-say flag the clerk marked as a false positive, for the manager to review. */
export function dismissFlag(id: string, flag: { readonly ruleId: string; readonly text: string }, actor: Actor): Promise<Complaint> {
  return db.transaction('rw', [db.complaints, db.auditLog, db.meta], async () => {
    await requireLiveComplaint(id)
    return reviseRecord(
      'complaints',
      id,
      (current) => ({ ...current, dismissedFlags: withDismissedFlag(current.dismissedFlags, { ...flag, by: actor.staffId }) }),
      actor
    )
  })
}

/** The complaint's follow-up call (回访), planned when it was resolved; undefined before that. */
export async function getFollowUpCall(complaintId: string): Promise<CareTask | undefined> {
  const call = await db.careTasks.where('occasionKey').equals(complaintFollowUpKey(complaintId)).first()
  return call?.deletedAt === null ? call : undefined
}
