import { liveQuery } from 'dexie'
import { describe, expect, it } from 'vitest'
import type { CareCampaign } from '@shared/domain/care-campaign'
import { careOccasionKey, type CareRuleContext } from '@shared/domain/care-rules'
import { DEFAULT_CARE_SETTINGS } from '@shared/domain/care-settings'
import type { ImportantDate } from '@shared/domain/customer'
import { db } from '@renderer/data/db'
import {
  acceptCareSuggestion,
  dismissCareSuggestion,
  InvalidCampaignError,
  listCareChunkRanges,
  loadCareQueueChunk,
  previewCareCampaign,
  runCareCampaign,
  snoozeCareSuggestion,
  undoAcceptedCareTask,
  undoCareDecision,
  type CareChunkRange
} from '@renderer/data/repositories/care-queue'
import { careTasksRepository } from '@renderer/data/repositories/care-tasks'
import { complaintsRepository } from '@renderer/data/repositories/complaints'
import { addPurchase, logCall } from '@renderer/data/repositories/customer-actions'
import { customersRepository } from '@renderer/data/repositories/customers'
import { interactionsRepository } from '@renderer/data/repositories/interactions'
import { ownedProductsRepository } from '@renderer/data/repositories/owned-products'
import { createStaff, deactivateStaff } from '@renderer/data/repositories/staff'
import { careTaskContent, complaintContent, customerContent, productContent } from '../shared/customer-record-content'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const desk = { staffId: 'desk-1' }
/** 2026-06-10 08:00 in the shop (UTC+8). */
const NOW = new Date('2026-06-10T00:00:00.000Z')
const TODAY = '2026-06-10'
const context: CareRuleContext = { today: TODAY, settings: { ...DEFAULT_CARE_SETTINGS, festivals: [] } }
const ALL: CareChunkRange = { from: '', to: null }

const birthday = (month: number, day: number): ImportantDate => ({
  id: 'b',
  kind: 'birthday',
  label: '生日',
  calendar: 'solar',
  year: 1980,
  month,
  day,
  leapMonth: false
})

/** A customer in touch last week, with a birthday on the day given. */
async function customerWithBirthday(name: string, month: number, day: number, more: Parameters<typeof customerContent>[1] = {}) {
  return customersRepository.create(
    customerContent(name, { importantDates: [birthday(month, day)], lastContactAt: '2026-06-03T02:00:00.000Z', ...more }),
    desk
  )
}

const suggestionsNow = async () => (await loadCareQueueChunk(ALL, context)).suggestions

describe('loadCareQueueChunk', () => {
  it('suggests from the records, and reads only the customers of its range', async () => {
    const first = await customerWithBirthday('张伟', 6, 13)
    const second = await customerWithBirthday('王芳', 6, 12)
    const suggestions = await suggestionsNow()
    expect(suggestions.map((s) => [s.customerName, s.occasionKey]).sort()).toEqual([
      ['张伟', careOccasionKey.birthday(first.id, 2026)],
      ['王芳', careOccasionKey.birthday(second.id, 2026)]
    ])
    const onlyFirst = await loadCareQueueChunk({ from: first.id, to: second.id }, context)
    expect(onlyFirst.suggestions.map((s) => s.customerId)).toEqual([first.id])
    expect(onlyFirst.tally.customers).toBe(1)
  })

  it('cuts the customers into chunks that together hold each one once', async () => {
    const ids: string[] = []
    for (let index = 0; index < 7; index++) ids.push((await customerWithBirthday(`客户${index}`, 6, 12)).id)
    const ranges = await listCareChunkRanges(3)
    expect(ranges).toHaveLength(3)
    expect(ranges[0]?.from).toBe('')
    expect(ranges.at(-1)?.to).toBeNull()
    const seen = (await Promise.all(ranges.map((range) => loadCareQueueChunk(range, context)))).flatMap((chunk) => chunk.suggestions.map((s) => s.customerId))
    expect(seen.sort()).toEqual([...ids].sort())
    expect(await listCareChunkRanges(100)).toEqual([{ from: '', to: null }])
  })

  it('asks for the call after a repair from the interaction at the last contact, until someone calls', async () => {
    const customer = await customersRepository.create(customerContent('李雷'), desk)
    const product = await ownedProductsRepository.create(productContent(customer.id, { purchaseDate: '2025-01-10' }), desk)
    await interactionsRepository.create(
      { customerId: customer.id, kind: 'purchase', occurredAt: '2026-06-08T03:00:00.000Z', staffId: null, summary: '滤芯更换', callOutcome: null, amount: 300, productId: product.id, taskId: null, complaintId: null },
      desk
    )
    expect((await suggestionsNow()).map((s) => [s.reason, s.date])).toEqual([['service-follow-up', '2026-06-11']])
    await logCall(customer.id, { outcome: 'reached', summary: '回访：使用正常', at: '2026-06-09T03:00:00.000Z' }, desk)
    expect(await suggestionsNow()).toEqual([])
  })

  it('holds greetings back while a complaint is open, and leaves out customers who said no', async () => {
    const unhappy = await customerWithBirthday('赵六', 6, 12)
    await customerWithBirthday('孙七', 6, 12, { contactConsent: false })
    await complaintsRepository.create(complaintContent(unhappy.id, { status: 'in-progress' }), desk)
    const chunk = await loadCareQueueChunk(ALL, context)
    expect(chunk.suggestions).toEqual([])
    expect(chunk.tally).toMatchObject({ withheldOpenComplaint: 1, withheldNoConsent: 1 })
  })

  it('leaves deleted customers out', async () => {
    const gone = await customerWithBirthday('周八', 6, 12)
    await customersRepository.remove(gone.id, desk)
    expect(await suggestionsNow()).toEqual([])
  })
})

describe('accepting a suggestion', () => {
  it('plans a task for the owner on the occasion day at 10:00, with the occasion key, and the suggestion goes', async () => {
    const owner = await createStaff({ name: '王芳', role: 'clerk' }, desk)
    const customer = await customerWithBirthday('张伟', 6, 13, { ownerId: owner.id, preferredChannel: 'wechat' })
    const [suggestion] = await suggestionsNow()
    if (suggestion === undefined) throw new Error('no suggestion')

    const task = await acceptCareSuggestion(suggestion, { purpose: '生日问候', now: NOW }, desk)
    expect(task).toMatchObject({
      customerId: customer.id,
      purpose: '生日问候',
      method: 'message',
      startAt: '2026-06-13T02:00:00.000Z',
      durationMinutes: 30,
      staffId: owner.id,
      status: 'planned',
      occasionKey: careOccasionKey.birthday(customer.id, 2026),
      complaintId: null,
      recurrence: { kind: 'none' }
    })
    expect(await suggestionsNow()).toEqual([])
    const audit = await db.auditLog.where('recordId').equals(task.id).toArray()
    expect(audit.map((entry) => [entry.action, entry.staffId])).toEqual([['create', 'desk-1']])
  })

  it('plans one task however often it is accepted, and comes back when the task is undone', async () => {
    await customerWithBirthday('张伟', 6, 13)
    const [suggestion] = await suggestionsNow()
    if (suggestion === undefined) throw new Error('no suggestion')
    const [first, second] = await Promise.all([
      acceptCareSuggestion(suggestion, { purpose: '生日问候', now: NOW }, desk),
      acceptCareSuggestion(suggestion, { purpose: '生日问候', now: NOW }, desk)
    ])
    expect(second?.id).toBe(first?.id)
    expect(await db.careTasks.count()).toBe(1)
    await undoAcceptedCareTask(first.id, desk)
    expect((await suggestionsNow()).map((s) => s.occasionKey)).toEqual([suggestion.occasionKey])
  })

  it('gives a customer whose owner has left to whoever is at the desk, today for a missed occasion, never in the past', async () => {
    const leaver = await createStaff({ name: '离职员工', role: 'clerk' }, desk)
    await deactivateStaff(leaver.id, desk)
    await customerWithBirthday('张伟', 6, 8, { ownerId: leaver.id })
    const [suggestion] = await suggestionsNow()
    if (suggestion === undefined) throw new Error('no suggestion')
    expect(suggestion.due).toBe('overdue')
    const afternoon = new Date('2026-06-10T06:05:00.000Z') // 14:05 in the shop
    const task = await acceptCareSuggestion(suggestion, { purpose: '生日问候', now: afternoon }, desk)
    expect(task.staffId).toBe('desk-1')
    expect(task.startAt).toBe('2026-06-10T06:30:00.000Z')
  })

  it('does not book the owner twice: the next free slot, around planned tasks and weekly ones', async () => {
    const owner = await createStaff({ name: '王芳', role: 'clerk' }, desk)
    const a = await customerWithBirthday('张伟', 6, 13, { ownerId: owner.id })
    const b = await customerWithBirthday('李雷', 6, 13, { ownerId: owner.id })
    // Booked at 10:00 that day, and every Saturday at 10:30 (2026-06-13 is a Saturday).
    await careTasksRepository.create(careTaskContent(a.id, { staffId: owner.id, startAt: '2026-06-13T02:00:00.000Z', durationMinutes: 30 }), desk)
    await careTasksRepository.create(
      careTaskContent(b.id, {
        staffId: owner.id,
        startAt: '2026-05-02T02:30:00.000Z',
        durationMinutes: 30,
        recurrence: { kind: 'weekly', interval: 1, until: null }
      }),
      desk
    )
    // A cancelled task frees its slot.
    await careTasksRepository.create(careTaskContent(b.id, { staffId: owner.id, startAt: '2026-06-13T03:00:00.000Z', status: 'cancelled' }), desk)
    const starts: string[] = []
    for (const suggestion of await suggestionsNow()) starts.push((await acceptCareSuggestion(suggestion, { purpose: '生日问候', now: NOW }, desk)).startAt)
    expect(starts.sort()).toEqual(['2026-06-13T03:00:00.000Z', '2026-06-13T03:30:00.000Z'])
  })

  it('refuses a customer who has been deleted meanwhile', async () => {
    const customer = await customerWithBirthday('张伟', 6, 13)
    const [suggestion] = await suggestionsNow()
    if (suggestion === undefined) throw new Error('no suggestion')
    await customersRepository.remove(customer.id, desk)
    await expect(acceptCareSuggestion(suggestion, { purpose: '生日问候', now: NOW }, desk)).rejects.toThrow(/deleted/)
    expect(await db.careTasks.count()).toBe(0)
  })
})

describe('snoozing and dismissing', () => {
  it('snoozes until a later day, when the suggestion comes back; undo brings it back at once', async () => {
    await customerWithBirthday('张伟', 6, 14)
    const [suggestion] = await suggestionsNow()
    if (suggestion === undefined) throw new Error('no suggestion')
    expect(await snoozeCareSuggestion(suggestion, { until: TODAY, today: TODAY }, desk)).toEqual({ ok: false, error: 'until-not-after-today' })
    const snoozed = await snoozeCareSuggestion(suggestion, { until: '2026-06-12', reason: '客户出差', today: TODAY }, desk)
    if (!snoozed.ok) throw new Error(snoozed.error)
    expect(snoozed.decision).toMatchObject({ decision: 'snoozed', until: '2026-06-12', reason: '客户出差', occasionKey: suggestion.occasionKey })
    expect(await suggestionsNow()).toEqual([])
    expect((await loadCareQueueChunk(ALL, { ...context, today: '2026-06-12' })).suggestions).toHaveLength(1)
    await undoCareDecision(snoozed.decision.id, desk)
    expect(await suggestionsNow()).toHaveLength(1)
  })

  it('dismisses only with a reason, for this occasion only', async () => {
    await customerWithBirthday('张伟', 6, 14)
    const [suggestion] = await suggestionsNow()
    if (suggestion === undefined) throw new Error('no suggestion')
    expect(await dismissCareSuggestion(suggestion, '  ', desk)).toEqual({ ok: false, error: 'reason-required' })
    expect(await db.careDecisions.count()).toBe(0)
    const dismissed = await dismissCareSuggestion(suggestion, ' 客户不希望被打扰 ', desk)
    expect(dismissed.ok && dismissed.decision).toMatchObject({ decision: 'dismissed', reason: '客户不希望被打扰', until: null })
    expect(await suggestionsNow()).toEqual([])
    // Next year's birthday is another occasion.
    const nextYear = (await loadCareQueueChunk(ALL, { ...context, today: '2027-06-10' })).suggestions.filter((s) => s.reason === 'birthday')
    expect(nextYear.map((s) => s.occasionKey)).toEqual([
      careOccasionKey.birthday(suggestion.customerId, 2027)
    ])
  })
})

describe('live chunks', () => {
  it('re-read the chunk when a task for one of its occasions is planned', async () => {
    await customerWithBirthday('张伟', 6, 13)
    const seen: number[] = []
    const subscription = liveQuery(() => loadCareQueueChunk(ALL, context)).subscribe((chunk) => seen.push(chunk.suggestions.length))
    await expect.poll(() => seen).toEqual([1])
    const [suggestion] = await suggestionsNow()
    if (suggestion === undefined) throw new Error('no suggestion')
    await acceptCareSuggestion(suggestion, { purpose: '生日问候', now: NOW }, desk)
    await expect.poll(() => seen).toEqual([1, 0])
    subscription.unsubscribe()
  })
})

describe('seasonal campaigns', () => {
  const campaign: CareCampaign = {
    occasion: { kind: 'festival', festival: 'mid-autumn', year: 2026 },
    segment: { tiers: ['A'], tag: null, ownerId: null },
    method: 'call',
    contactDate: '2026-09-18',
    purpose: '中秋问候'
  }

  it('plans one task per customer of the segment in one go, skipping and counting the rest', async () => {
    const owner = await createStaff({ name: '王芳', role: 'clerk' }, desk)
    const a1 = await customersRepository.create(customerContent('张伟', { tier: 'A', ownerId: owner.id }), desk)
    const a2 = await customersRepository.create(customerContent('李雷', { tier: 'A', ownerId: owner.id }), desk)
    const planned = await customersRepository.create(customerContent('韩梅梅', { tier: 'A' }), desk)
    await customersRepository.create(customerContent('赵六', { tier: 'A', contactConsent: false }), desk)
    const unhappy = await customersRepository.create(customerContent('孙七', { tier: 'A' }), desk)
    await customersRepository.create(customerContent('周八', { tier: 'B' }), desk)
    await complaintsRepository.create(complaintContent(unhappy.id, { status: 'new' }), desk)
    await careTasksRepository.create(careTaskContent(planned.id, { occasionKey: careOccasionKey.festival(planned.id, 'mid-autumn', 2026) }), desk)

    expect(await previewCareCampaign(campaign)).toEqual({ willCreate: 2, skipped: { alreadyPlanned: 1, noConsent: 1, openComplaint: 1 } })
    const report = await runCareCampaign(campaign, { now: NOW }, desk)
    expect(report).toMatchObject({ created: 2, skipped: { alreadyPlanned: 1, noConsent: 1, openComplaint: 1 } })
    const tasks = await db.careTasks.where('occasionKey').startsWith('festival:').toArray()
    const ours = tasks.filter((task) => task.purpose === '中秋问候')
    // Same tier: by name in pinyin order, 李 (li) before 张 (zhang), into the owner's next free slots.
    const startOf = (customerId: string) => ours.find((task) => task.customerId === customerId)
    expect(startOf(a2.id)).toMatchObject({ staffId: owner.id, startAt: '2026-09-18T02:00:00.000Z' })
    expect(startOf(a1.id)).toMatchObject({ staffId: owner.id, startAt: '2026-09-18T02:30:00.000Z' })
    expect(ours).toHaveLength(2)
    expect(report.firstStartAt).toBe('2026-09-18T02:00:00.000Z')
    expect(report.lastStartAt).toBe('2026-09-18T02:30:00.000Z')
    // Run again: everyone is planned already.
    expect(await runCareCampaign(campaign, { now: NOW }, desk)).toMatchObject({ created: 0, skipped: { alreadyPlanned: 3 } })
  })

  it('narrows by tag and owner through the indexes', async () => {
    const owner = await createStaff({ name: '王芳', role: 'clerk' }, desk)
    await customersRepository.create(customerContent('张伟', { tier: 'A', tags: ['老客户'], ownerId: owner.id }), desk)
    await customersRepository.create(customerContent('李雷', { tier: 'A', tags: ['老客户'] }), desk)
    await customersRepository.create(customerContent('韩梅梅', { tier: 'A', ownerId: owner.id }), desk)
    expect((await previewCareCampaign({ ...campaign, segment: { tiers: ['A'], tag: '老客户', ownerId: null } })).willCreate).toBe(2)
    expect((await previewCareCampaign({ ...campaign, segment: { tiers: ['A'], tag: null, ownerId: owner.id } })).willCreate).toBe(2)
    expect((await previewCareCampaign({ ...campaign, segment: { tiers: ['A'], tag: '老客户', ownerId: owner.id } })).willCreate).toBe(1)
  })

  it('refuses a campaign that cannot run, and writes nothing', async () => {
    await customersRepository.create(customerContent('张伟', { tier: 'A' }), desk)
    await expect(runCareCampaign({ ...campaign, contactDate: '2026-06-01' }, { now: NOW }, desk)).rejects.toBeInstanceOf(InvalidCampaignError)
    expect(await db.careTasks.count()).toBe(0)
  })

  it('plans a purchase-based shop event under its own name', async () => {
    const customer = await customersRepository.create(customerContent('张伟', { tier: 'B' }), desk)
    await addPurchase(customer.id, { amount: 100, productName: '', serial: '', at: '2026-06-01T02:00:00.000Z', warrantyEnd: null, maintenanceIntervalMonths: null }, desk)
    const report = await runCareCampaign(
      { ...campaign, occasion: { kind: 'date', date: '2026-07-01', name: '车主交流会' }, segment: { tiers: ['B'], tag: null, ownerId: null }, contactDate: '2026-06-20', method: 'event', purpose: '邀请参加车主交流会' },
      { now: NOW },
      desk
    )
    expect(report.created).toBe(1)
    const [task] = await db.careTasks.toArray()
    expect(task).toMatchObject({ occasionKey: `campaign:${customer.id}:2026-07-01:车主交流会`, method: 'event', durationMinutes: 120, staffId: 'desk-1' })
  })
})
