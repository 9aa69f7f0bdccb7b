import { beforeEach, describe, expect, it } from 'vitest'
import type { Complaint } from '@shared/domain/complaint'
import { complaintFollowUpKey } from '@shared/domain/complaint-follow-up'
import { CLOSE_CHECKLIST, type ComplaintAction } from '@shared/domain/complaint-lifecycle'
import { complaintNumberSuffix, parseComplaintNumber } from '@shared/domain/complaint-number'
import { db } from '@renderer/data/db'
import { careTasksRepository } from '@renderer/data/repositories/care-tasks'
import {
  applyComplaintAction,
  dismissFlag,
  getFollowUpCall,
  openComplaint,
  openComplaintForWalkIn,
  saveIntakeDraft
} from '@renderer/data/repositories/complaint-intake'
import { complaintsRepository } from '@renderer/data/repositories/complaints'
import { customersRepository } from '@renderer/data/repositories/customers'
import { setMeta } from '@renderer/data/repositories/meta'
import { parsePhone } from '@shared/domain/phone'
import { complaintContent, customerContent } from '../shared/customer-record-content'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const clerk = { staffId: 'clerk-1' }
const manager = { staffId: 'manager-1' }
/** Noon in Shanghai on 2025-06-15. */
const NOW = new Date('2025-06-15T04:00:00.000Z')
const later = (hours: number): Date => new Date(NOW.getTime() + hours * 3_600_000)

const START: ComplaintAction = { type: 'start' }
const RESOLVE: ComplaintAction = { type: 'resolve', resolution: { kind: 'repair', detail: '上门重修', accepted: true } }
const FOLLOW_UP: ComplaintAction = { type: 'record-follow-up', score: 4, comment: '修好了', givenBy: 'customer' }
const REOPEN: ComplaintAction = { type: 'reopen', reason: '又漏水了' }
const CLOSE: ComplaintAction = { type: 'close', reason: '客户认可', checklist: CLOSE_CHECKLIST }

let customerId: string

beforeEach(async () => {
  await setMeta('deviceId', 'device-A')
  customerId = (await customersRepository.create(customerContent('张三'), clerk)).id
})

/** Everything a complaint write may touch, to show that a refused or failed one touched nothing. */
const snapshot = async () => ({
  complaints: await db.complaints.toArray(),
  careTasks: await db.careTasks.toArray(),
  audit: await db.auditLog.toArray()
})

const sequenceOf = (complaint: Complaint): number | undefined => parseComplaintNumber(complaint.number)?.sequence

async function apply(id: string, action: ComplaintAction, hours: number, actor = clerk): Promise<Complaint> {
  const result = await applyComplaintAction(id, action, actor, later(hours))
  if (!result.ok) throw new Error(`Expected ${action.type} to succeed, got ${result.error}`)
  return result.complaint
}

const followUpCalls = (complaintId: string) => db.careTasks.where('occasionKey').equals(complaintFollowUpKey(complaintId)).toArray()

describe('openComplaint', () => {
  it('opens a new complaint received now, with its first status change and an audit entry', async () => {
    const complaint = await openComplaint({ customerId, customerWords: '修完又坏了', severity: 'serious' }, clerk, NOW)

    expect(complaint).toMatchObject({
      customerId,
      status: 'new',
      statusHistory: [{ status: 'new', at: NOW.toISOString(), by: 'clerk-1' }],
      receivedAt: NOW.toISOString(),
      intakeStep: 'listen',
      customerWords: '修完又坏了',
      severity: 'serious',
      category: '',
      handlerId: null,
      number: `TS-20250615-0001-${complaintNumberSuffix('device-A')}`
    })
    expect(await db.complaints.get(complaint.id)).toEqual(complaint)
    const audit = await db.auditLog.where('recordId').equals(complaint.id).toArray()
    expect(audit.map((entry) => [entry.action, entry.staffId])).toEqual([['create', 'clerk-1']])
  })

  it('counts per device per shop day, and a deleted complaint keeps its number', async () => {
    const first = await openComplaint({ customerId }, clerk, NOW)
    const second = await openComplaint({ customerId }, clerk, later(1))
    await complaintsRepository.remove(second.id, clerk)
    const third = await openComplaint({ customerId }, clerk, later(2))
    // 00:30 the next day in Shanghai, though still the 15th in UTC.
    const nextDay = await openComplaint({ customerId }, clerk, new Date('2025-06-15T16:30:00.000Z'))

    expect([first, second, third].map(sequenceOf)).toEqual([1, 2, 3])
    expect(nextDay.number).toMatch(/^TS-20250616-0001-/)
  })

  it('never gives two devices the same number on the same day, each counting on its own', async () => {
    const onA = await openComplaint({ customerId }, clerk, NOW)
    await setMeta('deviceId', 'device-B')
    const onB = [await openComplaint({ customerId }, clerk, later(1)), await openComplaint({ customerId }, clerk, later(2))]
    await setMeta('deviceId', 'device-A')
    const againOnA = await openComplaint({ customerId }, clerk, later(3))

    expect(onB.map(sequenceOf)).toEqual([1, 2])
    expect(sequenceOf(againOnA)).toBe(2)
    const numbers = [onA, ...onB, againOnA].map((complaint) => complaint.number)
    expect(new Set(numbers).size).toBe(4)
    expect(onB.map((complaint) => parseComplaintNumber(complaint.number)?.suffix)).toEqual([
      complaintNumberSuffix('device-B'),
      complaintNumberSuffix('device-B')
    ])
  })

  it('gives a burst of 20 intakes 20 different numbers', async () => {
    const opened = await Promise.all(Array.from({ length: 20 }, () => openComplaint({ customerId }, clerk, NOW)))
    expect(opened.map(sequenceOf).sort((a = 0, b = 0) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1))
    expect(new Set(opened.map((complaint) => complaint.number)).size).toBe(20)
  })

  it('refuses a deleted or merged customer, and an unknown one, writing nothing', async () => {
    const merged = await customersRepository.create(customerContent('李四', { mergedInto: customerId }), clerk)
    const deleted = await customersRepository.create(customerContent('王五'), clerk)
    await customersRepository.remove(deleted.id, clerk)
    const before = await snapshot()

    await expect(openComplaint({ customerId: merged.id }, clerk, NOW)).rejects.toThrow(/deleted or merged/)
    await expect(openComplaint({ customerId: deleted.id }, clerk, NOW)).rejects.toThrow(/deleted or merged/)
    await expect(openComplaint({ customerId: 'nobody' }, clerk, NOW)).rejects.toThrow(/No customers record/)
    expect(await snapshot()).toEqual(before)
  })
})

describe('openComplaintForWalkIn', () => {
  it('files the walk-in customer, looked after by the clerk, searchable, with the complaint', async () => {
    const complaint = await openComplaintForWalkIn({ name: ' 李四 ', phone: parsePhone('139 1234 5678').phone }, clerk, NOW)

    const customer = await customersRepository.get(complaint.customerId)
    expect(customer).toMatchObject({ name: '李四', ownerId: 'clerk-1', tier: 'C', personality: 'unknown', deletedAt: null })
    expect(customer?.phones.map((phone) => phone.normalized)).toEqual(['13912345678'])
    expect(customer?.searchKeys).toContain('ls')
    expect(complaint).toMatchObject({ status: 'new', number: `TS-20250615-0001-${complaintNumberSuffix('device-A')}` })
  })

  it('stores neither the customer nor the complaint when the complaint cannot be opened', async () => {
    const before = { customers: await db.customers.count(), complaints: await db.complaints.count() }
    const failing = (): never => {
      throw new Error('disk full')
    }
    db.complaints.hook('creating', failing)
    try {
      await expect(openComplaintForWalkIn({ name: '王五', phone: null }, clerk, NOW)).rejects.toThrow('disk full')
    } finally {
      db.complaints.hook('creating').unsubscribe(failing)
    }
    expect({ customers: await db.customers.count(), complaints: await db.complaints.count() }).toEqual(before)
  })
})

describe('saveIntakeDraft', () => {
  it('saves what the wizard typed, leaves out undefined fields and never changes the status', async () => {
    const opened = await openComplaint({ customerId, customerWords: '修完又坏了' }, clerk, NOW)
    const result = await saveIntakeDraft(
      opened.id,
      { intakeStep: 'classify', category: 'repair-workmanship', customerWords: undefined, resolution: { kind: 'repair' } },
      clerk
    )

    expect(result.ok).toBe(true)
    const saved = await db.complaints.get(opened.id)
    expect(saved).toMatchObject({
      status: 'new',
      statusHistory: opened.statusHistory,
      intakeStep: 'classify',
      category: 'repair-workmanship',
      customerWords: '修完又坏了',
      resolution: { kind: 'repair', detail: '', accepted: null }
    })
    const audit = await db.auditLog.where('recordId').equals(opened.id).toArray()
    expect(audit.at(-1)?.changedFields).toEqual(['intakeStep', 'category', 'resolution'])
  })

  it('refuses to change a closed complaint, or the resolution and severity once resolved, writing nothing', async () => {
    const opened = await openComplaint({ customerId }, clerk, NOW)
    await apply(opened.id, START, 1)
    await apply(opened.id, RESOLVE, 2)
    const before = await snapshot()

    expect(await saveIntakeDraft(opened.id, { severity: 'crisis' }, clerk)).toEqual({ ok: false, error: 'settled-by-resolution' })
    expect(await saveIntakeDraft(opened.id, { resolution: { detail: '换新机' } }, clerk)).toEqual({
      ok: false,
      error: 'settled-by-resolution'
    })
    expect(await saveIntakeDraft(opened.id, { followUpDate: '2025-02-30' }, clerk)).toEqual({ ok: false, error: 'follow-up-date-invalid' })
    expect(await snapshot()).toEqual(before)

    expect((await saveIntakeDraft(opened.id, { notes: '客户很配合', severity: 'ordinary' }, clerk)).ok).toBe(true)
    await apply(opened.id, CLOSE, 3)
    expect(await saveIntakeDraft(opened.id, { notes: '补记' }, clerk)).toEqual({ ok: false, error: 'complaint-closed' })
  })

  it('throws for a complaint that is not there or deleted', async () => {
    const opened = await openComplaint({ customerId }, clerk, NOW)
    await complaintsRepository.remove(opened.id, clerk)
    await expect(saveIntakeDraft(opened.id, { notes: '…' }, clerk)).rejects.toThrow(/deleted/)
    await expect(saveIntakeDraft('nobody', { notes: '…' }, clerk)).rejects.toThrow(/No complaints record/)
  })
})

describe('applyComplaintAction', () => {
  it('starts: in progress, first response now, the actor takes it on', async () => {
    const opened = await openComplaint({ customerId }, clerk, NOW)
    const started = await apply(opened.id, START, 1, manager)
    expect(started).toMatchObject({ status: 'in-progress', firstResponseAt: later(1).toISOString(), handlerId: 'manager-1' })
    expect(started.statusHistory.map((change) => [change.status, change.by])).toEqual([
      ['new', 'clerk-1'],
      ['in-progress', 'manager-1']
    ])
    expect(await db.complaints.get(opened.id)).toEqual(started)
    const audit = await db.auditLog.where('recordId').equals(opened.id).toArray()
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update'])
    expect(audit[1]?.changedFields).toEqual(['status', 'statusHistory', 'firstResponseAt', 'handlerId'])
  })

  it('resolves and plans the follow-up call for the handler at 10:00 shop time on the follow-up date', async () => {
    const opened = await openComplaint({ customerId }, clerk, NOW)
    await saveIntakeDraft(opened.id, { followUpDate: '2025-06-20' }, clerk)
    await apply(opened.id, START, 1)
    const resolved = await apply(opened.id, RESOLVE, 2, manager)

    expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: later(2).toISOString(), resolution: RESOLVE.resolution })
    const [call, ...others] = await followUpCalls(opened.id)
    expect(others).toEqual([])
    expect(call).toMatchObject({
      customerId,
      purpose: opened.number,
      method: 'call',
      startAt: '2025-06-20T02:00:00.000Z',
      staffId: 'clerk-1',
      status: 'planned',
      complaintId: opened.id,
      occasionKey: `complaint-follow-up:${opened.id}`
    })
    const audit = await db.auditLog.where('recordId').equals(call?.id ?? '').toArray()
    expect(audit.map((entry) => [entry.action, entry.staffId])).toEqual([['create', 'manager-1']])
    expect(await getFollowUpCall(opened.id)).toEqual(call)
  })

  it('finds no follow-up call before the resolution, nor a deleted one', async () => {
    const opened = await openComplaint({ customerId }, clerk, NOW)
    expect(await getFollowUpCall(opened.id)).toBeUndefined()
    await apply(opened.id, START, 1)
    await apply(opened.id, RESOLVE, 2)
    const [call] = await followUpCalls(opened.id)
    await careTasksRepository.remove(call?.id ?? '', clerk)
    expect(await getFollowUpCall(opened.id)).toBeUndefined()
  })

  it('plans the call three shop days after the resolution when no follow-up date was set', async () => {
    const opened = await openComplaint({ customerId }, clerk, NOW)
    await apply(opened.id, START, 1)
    // 2025-06-15T20:00Z is already the 16th in Shanghai.
    await apply(opened.id, RESOLVE, 16)
    expect((await followUpCalls(opened.id)).map((call) => call.startAt)).toEqual(['2025-06-19T02:00:00.000Z'])
  })

  it('keeps exactly one follow-up call through reopen and resolve again, planned anew each time', async () => {
    const opened = await openComplaint({ customerId }, clerk, NOW)
    await apply(opened.id, START, 1)
    await apply(opened.id, RESOLVE, 2)
    const [firstPlan] = await followUpCalls(opened.id)
    await careTasksRepository.update(firstPlan?.id ?? '', { notes: '客户说下午方便' }, clerk)
    await apply(opened.id, REOPEN, 3)
    await saveIntakeDraft(opened.id, { followUpDate: '2025-06-25' }, clerk)
    await apply(opened.id, RESOLVE, 4)

    const calls = await followUpCalls(opened.id)
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({ id: firstPlan?.id, status: 'planned', startAt: '2025-06-25T02:00:00.000Z', notes: '客户说下午方便' })

    await apply(opened.id, FOLLOW_UP, 5)
    await apply(opened.id, REOPEN, 6)
    await careTasksRepository.remove(firstPlan?.id ?? '', clerk)
    await apply(opened.id, RESOLVE, 7)
    const replanned = await followUpCalls(opened.id)
    expect(replanned).toHaveLength(1)
    expect(replanned[0]).toMatchObject({ id: firstPlan?.id, status: 'planned', satisfactionScore: null, outcome: '', deletedAt: null })
    expect(await db.careTasks.count()).toBe(1)
  })

  it('records the follow-up: the complaint gets the score and the planned call is done with it', async () => {
    const opened = await openComplaint({ customerId }, clerk, NOW)
    await apply(opened.id, START, 1)
    await apply(opened.id, RESOLVE, 2)
    const followedUp = await apply(opened.id, FOLLOW_UP, 72)

    expect(followedUp).toMatchObject({ status: 'followed-up', satisfaction: { score: 4, comment: '修好了', givenBy: 'customer' } })
    const [call] = await followUpCalls(opened.id)
    expect(call).toMatchObject({ status: 'done', satisfactionScore: 4, outcome: '修好了' })
    // The call reached the customer: it is on the record as contact, linked to the complaint and the call.
    const interactions = await db.interactions.where('customerId').equals(customerId).toArray()
    expect(interactions).toMatchObject([{ kind: 'call', callOutcome: 'reached', complaintId: opened.id, taskId: call?.id, occurredAt: call?.startAt }])
    expect((await db.customers.get(customerId))?.lastContactAt).toBe(call?.startAt)

    const closed = await apply(opened.id, CLOSE, 73)
    expect(closed).toMatchObject({ status: 'closed', closedAt: later(73).toISOString(), closeReason: '客户认可' })
    expect(closed.statusHistory.map((change) => change.status)).toEqual(['new', 'in-progress', 'resolved', 'followed-up', 'closed'])
  })

  it('makes the record of a follow-up call that was never planned', async () => {
    const resolved = await complaintsRepository.create(
      complaintContent(customerId, { status: 'resolved', handlerId: 'clerk-1', resolution: RESOLVE.resolution }),
      clerk
    )
    await apply(resolved.id, FOLLOW_UP, 1, manager)
    expect(await followUpCalls(resolved.id)).toMatchObject([
      { status: 'done', startAt: later(1).toISOString(), staffId: 'clerk-1', satisfactionScore: 4, purpose: resolved.number }
    ])
  })

  it('escalates without a status change, as a serious complaint needs before it resolves', async () => {
    const opened = await openComplaint({ customerId, severity: 'serious' }, clerk, NOW)
    await apply(opened.id, START, 1)
    expect(await applyComplaintAction(opened.id, RESOLVE, clerk, later(2))).toEqual({ ok: false, error: 'escalation-required' })

    const escalated = await apply(opened.id, { type: 'escalate', supervisorId: 'manager-1', reason: '客户要求见店长' }, 2)
    expect(escalated).toMatchObject({ status: 'in-progress', escalation: { supervisorId: 'manager-1', at: later(2).toISOString() } })
    expect((await apply(opened.id, RESOLVE, 3)).status).toBe('resolved')
  })

  it('writes nothing when the lifecycle refuses the action, and says why', async () => {
    const opened = await openComplaint({ customerId }, clerk, NOW)
    const before = await snapshot()
    expect(await applyComplaintAction(opened.id, RESOLVE, clerk, later(1))).toEqual({ ok: false, error: 'not-allowed-from-status' })
    await apply(opened.id, START, 1)
    const started = await snapshot()
    const unaccepted: ComplaintAction = { type: 'resolve', resolution: { kind: 'refund', detail: '', accepted: false } }
    expect(await applyComplaintAction(opened.id, unaccepted, clerk, later(2))).toEqual({ ok: false, error: 'resolution-not-accepted' })
    expect(await applyComplaintAction(opened.id, { type: 'close', reason: '', checklist: [] }, clerk, later(2))).toEqual({
      ok: false,
      error: 'not-allowed-from-status'
    })
    expect(await snapshot()).toEqual(started)
    expect(started.complaints).not.toEqual(before.complaints)
  })

  it('undoes the status change when planning the call fails: both or neither', async () => {
    const opened = await openComplaint({ customerId }, clerk, NOW)
    await apply(opened.id, START, 1)
    // A date the wizard would have refused, written past it: the call cannot be planned.
    const stored = await db.complaints.get(opened.id)
    if (stored === undefined) throw new Error('complaint missing')
    await db.complaints.put({ ...stored, followUpDate: 'next week' })
    const before = await snapshot()

    await expect(applyComplaintAction(opened.id, RESOLVE, clerk, later(2))).rejects.toThrow(RangeError)
    expect(await snapshot()).toEqual(before)
  })

  it('throws for a deleted complaint rather than act on it', async () => {
    const opened = await openComplaint({ customerId }, clerk, NOW)
    await complaintsRepository.remove(opened.id, clerk)
    await expect(applyComplaintAction(opened.id, START, clerk, later(1))).rejects.toThrow(/deleted/)
  })
})

describe('dismissFlag', () => {
  it('keeps each dismissed flag once, with who dismissed it', async () => {
    const opened = await openComplaint({ customerId }, clerk, NOW)
    await dismissFlag(opened.id, { ruleId: 'company-policy', text: '这是公司的规定' }, clerk)
    await dismissFlag(opened.id, { ruleId: 'company-policy', text: '这是公司的规定' }, manager)
    const flagged = await dismissFlag(opened.id, { ruleId: 'not-my-business', text: '不关我的事' }, manager)

    expect(flagged.dismissedFlags).toEqual([
      { ruleId: 'company-policy', text: '这是公司的规定', by: 'clerk-1' },
      { ruleId: 'not-my-business', text: '不关我的事', by: 'manager-1' }
    ])
    expect(flagged.status).toBe('new')
    const audit = await db.auditLog.where('recordId').equals(opened.id).toArray()
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update', 'update'])
  })
})
