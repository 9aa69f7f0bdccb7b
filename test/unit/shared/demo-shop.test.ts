import { describe, expect, it } from 'vitest'
import { parseStamp } from '@shared/domain/clock'
import { COMPLAINT_STATUSES } from '@shared/domain/complaint'
import { complaintFollowUpKey } from '@shared/domain/complaint-follow-up'
import { CLOSE_CHECKLIST, COMPLAINT_ACTION_RULES } from '@shared/domain/complaint-lifecycle'
import { complaintNumberSuffix, parseComplaintNumber } from '@shared/domain/complaint-number'
import { COMPLAINT_INTAKE_STEP_IDS } from '@shared/domain/complaint-steps'
import { todayInShop } from '@shared/domain/days'
import { customerSearchFields } from '@shared/domain/customer-search'
import { latestContactAt } from '@shared/domain/last-contact'
import { RECORD_META_KEYS, type SyncedRecord } from '@shared/domain/record'
import { generateDemoShop, type DemoShop } from '@shared/demo/generate-demo-shop'

const NOW = new Date('2025-06-15T04:00:00.000Z')
const DEVICE = '01JXDEVICE0000000000000000'
const options = { seed: 42, customerCount: 600, now: NOW, deviceId: DEVICE }
const shop = generateDemoShop(options)
/** Enough complaints that the rarer stories (a reopened complaint, one stuck early) are there. */
const { complaints, careTasks, staff } = generateDemoShop({ ...options, customerCount: 5000 })
const DAY = 86_400_000

const allRecords = (demo: DemoShop): readonly SyncedRecord[] => Object.values(demo).flat()
const ids = <T extends SyncedRecord>(records: readonly T[]): ReadonlySet<string> => new Set(records.map((record) => record.id))
const groupBy = <T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

describe('the demo shop generator', () => {
  it('gives the same shop for the same options, and another for another seed', () => {
    expect(generateDemoShop(options)).toEqual(shop)
    const other = generateDemoShop({ ...options, seed: 43 })
    expect(other.customers.map((customer) => customer.name)).not.toEqual(shop.customers.map((customer) => customer.name))
  })

  it('mixes the device into ids only: another device gets the same shop under other ids', () => {
    const elsewhere = generateDemoShop({ ...options, deviceId: '01JXOTHER00000000000000000' })
    expect(elsewhere.customers.map((customer) => customer.name)).toEqual(shop.customers.map((customer) => customer.name))
    expect(elsewhere.customers[0]?.id).not.toBe(shop.customers[0]?.id)
  })

  it('makes the customers asked for, and four to six staff with one manager', () => {
    expect(shop.customers).toHaveLength(600)
    expect(shop.staff.length).toBeGreaterThanOrEqual(4)
    expect(shop.staff.length).toBeLessThanOrEqual(6)
    expect(shop.staff.filter((member) => member.role === 'manager')).toHaveLength(1)
    expect(new Set(shop.staff.map((member) => member.name)).size).toBe(shop.staff.length)
    for (const table of ['ownedProducts', 'interactions', 'complaints', 'careTasks'] as const) {
      expect(shop[table].length, table).toBeGreaterThan(0)
    }
    expect(generateDemoShop({ ...options, customerCount: 0 }).customers).toEqual([])
  })

  it('stamps every record fully: unique ULIDs, this device, one clock at now, a clock for each content field', () => {
    const records = allRecords(shop)
    expect(ids(records).size).toBe(records.length)
    const metaKeys = new Set<string>(RECORD_META_KEYS)
    for (const record of records) {
      expect(record.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
      expect(record.deviceId).toBe(DEVICE)
      expect(parseStamp(record.clock)).toEqual({ millis: NOW.getTime(), counter: 0, deviceId: DEVICE })
      expect(record.deletedAt).toBeNull()
      expect(record.createdAt <= record.updatedAt).toBe(true)
      expect(Date.parse(record.createdAt)).toBeLessThanOrEqual(NOW.getTime())
      expect(Object.keys(record.fieldClocks).sort()).toEqual(Object.keys(record).filter((key) => !metaKeys.has(key)).sort())
    }
  })

  it('points every foreign key at an existing record', () => {
    const customers = ids(shop.customers)
    const staff = ids(shop.staff)
    const products = ids(shop.ownedProducts)
    const complaints = ids(shop.complaints)
    const tasks = ids(shop.careTasks)
    const isStaffOrNull = (id: string | null) => id === null || staff.has(id)
    for (const customer of shop.customers) {
      expect(isStaffOrNull(customer.ownerId)).toBe(true)
      expect(staff.has(customer.updatedBy)).toBe(true)
    }
    for (const product of shop.ownedProducts) expect(customers.has(product.customerId)).toBe(true)
    for (const interaction of shop.interactions) {
      expect(customers.has(interaction.customerId)).toBe(true)
      expect(isStaffOrNull(interaction.staffId)).toBe(true)
      expect(interaction.productId === null || products.has(interaction.productId)).toBe(true)
      expect(interaction.taskId === null || tasks.has(interaction.taskId)).toBe(true)
      expect(interaction.complaintId === null || complaints.has(interaction.complaintId)).toBe(true)
    }
    for (const complaint of shop.complaints) {
      expect(customers.has(complaint.customerId)).toBe(true)
      expect(isStaffOrNull(complaint.handlerId)).toBe(true)
      expect(isStaffOrNull(complaint.escalation.supervisorId)).toBe(true)
      expect(complaint.productId === null || products.has(complaint.productId)).toBe(true)
      for (const change of complaint.statusHistory) expect(staff.has(change.by)).toBe(true)
    }
    for (const task of shop.careTasks) {
      expect(customers.has(task.customerId)).toBe(true)
      expect(isStaffOrNull(task.staffId)).toBe(true)
    }
    for (const decision of shop.careDecisions) expect(customers.has(decision.customerId)).toBe(true)
  })

  it("sets each customer's lastContactAt to their newest call, visit or purchase", () => {
    const byCustomer = groupBy(shop.interactions, (interaction) => interaction.customerId)
    for (const customer of shop.customers) {
      expect(customer.lastContactAt).toBe(latestContactAt(byCustomer.get(customer.id) ?? []))
    }
    expect(shop.customers.some((customer) => customer.lastContactAt === null)).toBe(true)
  })

  it('keeps interactions within the past year and after the customer arrived', () => {
    const arrived = new Map(shop.customers.map((customer) => [customer.id, customer.createdAt]))
    for (const interaction of shop.interactions) {
      expect(Date.parse(interaction.occurredAt)).toBeLessThanOrEqual(NOW.getTime())
      expect(Date.parse(interaction.occurredAt)).toBeGreaterThanOrEqual(NOW.getTime() - 366 * DAY)
      expect(interaction.occurredAt >= (arrived.get(interaction.customerId) ?? '')).toBe(true)
      if (interaction.kind === 'purchase') expect(interaction.amount).toBeGreaterThan(0)
      else expect(interaction.amount).toBeNull()
      expect(interaction.callOutcome === null).toBe(interaction.kind !== 'call')
    }
  })

  it('gives complaints a status history the lifecycle allows, in time order, ending at their status', () => {
    for (const complaint of complaints) {
      const history = complaint.statusHistory
      expect(history[0]).toMatchObject({ status: 'new', at: complaint.receivedAt })
      history.slice(1).forEach((change, index) => {
        const from = history[index]?.status ?? 'new'
        const allowed = Object.values(COMPLAINT_ACTION_RULES).some((rule) => rule.to === change.status && rule.from.includes(from))
        expect(allowed, `${from} → ${change.status}`).toBe(true)
        expect(change.reason !== undefined).toBe(from !== 'new' && change.status === 'in-progress')
      })
      expect(history.at(-1)?.status).toBe(complaint.status)
      const times = history.map((change) => change.at)
      expect([...times].sort()).toEqual(times)
      expect(Date.parse(times.at(-1) ?? '')).toBeLessThanOrEqual(NOW.getTime())
      const lastTimeOf = (status: string) => history.findLast((change) => change.status === status)?.at ?? null
      expect(complaint.firstResponseAt).toBe(history.find((change) => change.status === 'in-progress')?.at ?? null)
      expect(complaint.resolvedAt).toBe(['resolved', 'followed-up', 'closed'].includes(complaint.status) ? lastTimeOf('resolved') : null)
      expect(complaint.closedAt).toBe(lastTimeOf('closed'))
    }
    const paths = new Set(complaints.map((complaint) => complaint.statusHistory.map((change) => change.status).join()))
    expect(paths).toContain('new,in-progress,resolved,followed-up,closed')
    expect(paths).toContain('new,in-progress,resolved,in-progress,resolved,followed-up,closed')
    expect(new Set(complaints.map((complaint) => complaint.status))).toEqual(new Set(COMPLAINT_STATUSES))
  })

  it('numbers complaints per shop day in the order they came in, each number once', () => {
    expect(new Set(complaints.map((complaint) => complaint.number)).size).toBe(complaints.length)
    const byDay = groupBy(complaints, (complaint) => parseComplaintNumber(complaint.number)?.date)
    for (const [date, ofDay] of byDay) {
      expect(date).toBeDefined()
      for (const complaint of ofDay) {
        expect(parseComplaintNumber(complaint.number)?.suffix).toBe(complaintNumberSuffix(DEVICE))
        expect(todayInShop(new Date(complaint.receivedAt))).toBe(date)
      }
      const inArrivalOrder = [...ofDay].sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : 1))
      expect(inArrivalOrder.map((complaint) => parseComplaintNumber(complaint.number)?.sequence)).toEqual(ofDay.map((_, index) => index + 1))
    }
  })

  it('fills complaints in as the wizard and the lifecycle would have', () => {
    const managers = new Set(staff.filter((member) => member.role === 'manager').map((member) => member.id))
    const stepIds: readonly string[] = COMPLAINT_INTAKE_STEP_IDS
    for (const complaint of complaints) {
      const reached = (status: string) => complaint.statusHistory.some((change) => change.status === status)
      expect(stepIds).toContain(complaint.intakeStep)
      expect(complaint.handlerId !== null).toBe(reached('in-progress'))
      if (complaint.severity !== 'ordinary' && reached('resolved')) {
        expect(managers.has(complaint.escalation.supervisorId ?? '')).toBe(true)
        expect(complaint.escalation.reason).not.toBe('')
        expect((complaint.escalation.at ?? '') <= (complaint.statusHistory.find((change) => change.status === 'resolved')?.at ?? '')).toBe(true)
      }
      if (complaint.severity === 'ordinary') expect(complaint.escalation.supervisorId).toBeNull()
      expect(complaint.satisfaction.score !== null).toBe(complaint.status === 'followed-up' || complaint.status === 'closed')
      if (complaint.status === 'closed') {
        expect([...complaint.closeChecklist].sort()).toEqual([...CLOSE_CHECKLIST].sort())
        expect(complaint.closeReason).not.toBe('')
      } else {
        expect(complaint.closeChecklist).toEqual([])
      }
      expect(complaint.resolution.accepted === true).toBe(complaint.resolvedAt !== null)
    }
  })

  it('books one follow-up call per resolved complaint, done with its score once followed up', () => {
    const calls = new Map(careTasks.filter((task) => task.complaintId !== null).map((task) => [task.complaintId, task]))
    for (const complaint of complaints) {
      const call = calls.get(complaint.id)
      const wasResolved = complaint.statusHistory.some((change) => change.status === 'resolved')
      expect(call !== undefined).toBe(wasResolved)
      if (call === undefined) continue
      expect(call).toMatchObject({ occasionKey: complaintFollowUpKey(complaint.id), purpose: complaint.number, method: 'call' })
      expect(todayInShop(new Date(call.startAt))).toBe(complaint.followUpDate)
      if (complaint.satisfaction.score === null) expect(call.status).not.toBe('done')
      else expect(call).toMatchObject({ status: 'done', satisfactionScore: complaint.satisfaction.score })
    }
    expect(calls.size).toBe(careTasks.filter((task) => task.complaintId !== null).length)
  })

  it('books no member of staff twice at once, and plans only ahead, reports only what has begun', () => {
    const busy = groupBy(
      shop.careTasks.filter((task) => task.staffId !== null),
      (task) => task.staffId
    )
    for (const tasks of busy.values()) {
      const spans = tasks
        .map((task) => [Date.parse(task.startAt), Date.parse(task.startAt) + task.durationMinutes * 60_000] as const)
        .sort((a, b) => a[0] - b[0])
      spans.slice(1).forEach(([start], index) => expect(start).toBeGreaterThanOrEqual(spans[index]?.[1] ?? 0))
    }
    for (const task of shop.careTasks) {
      const notStarted = Date.parse(task.startAt) >= NOW.getTime()
      expect(task.status === 'planned').toBe(notStarted)
      expect(Date.parse(task.startAt)).toBeLessThanOrEqual(NOW.getTime() + 31 * DAY)
    }
    expect(new Set(shop.careTasks.map((task) => task.status))).toEqual(new Set(['planned', 'done', 'missed', 'cancelled']))
  })

  it('leaves a timeline entry for every task done, and shows done maintenance on the product', () => {
    const byTask = new Map(shop.interactions.filter((entry) => entry.taskId !== null).map((entry) => [entry.taskId, entry]))
    for (const task of shop.careTasks) {
      expect(byTask.has(task.id)).toBe(task.status === 'done')
      if (task.status === 'done') expect(byTask.get(task.id)?.occurredAt).toBe(task.startAt)
    }
    const products = new Map(shop.ownedProducts.map((product) => [product.id, product]))
    const maintenance = shop.careTasks.filter((task) => task.occasionKey?.startsWith('maintenance:'))
    expect(maintenance.length).toBeGreaterThan(0)
    for (const task of maintenance.filter((entry) => entry.status === 'done')) {
      const product = products.get(task.occasionKey?.split(':')[1] ?? '')
      expect(product?.lastMaintenanceDate).not.toBeNull()
      expect(Math.abs(Date.parse(product?.lastMaintenanceDate ?? '') - Date.parse(task.startAt))).toBeLessThan(DAY)
    }
  })

  it('makes products whose warranty ends after their purchase, with dates unknown rather than guessed', () => {
    for (const product of shop.ownedProducts) {
      expect(product.purchaseDate === null).toBe(product.warrantyEnd === null)
      if (product.purchaseDate !== null && product.warrantyEnd !== null) {
        expect(product.warrantyEnd > product.purchaseDate).toBe(true)
      }
      if (product.lastMaintenanceDate !== null) {
        expect(product.lastMaintenanceDate >= (product.purchaseDate ?? '')).toBe(true)
      }
    }
  })

  it('looks like a Chinese shop: names, numbers, addresses, tiers', () => {
    const persons = shop.customers.filter((customer) => customer.kind === 'person')
    const organisations = shop.customers.filter((customer) => customer.kind === 'organisation')
    expect(organisations.length).toBeGreaterThan(0)
    for (const organisation of organisations) expect(organisation.company).toMatch(/有限公司$/)
    for (const person of persons) expect(person.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/)
    const phones = shop.customers.flatMap((customer) => customer.phones)
    for (const phone of phones) {
      if (phone.kind === 'mobile') expect(phone.normalized).toMatch(/^1[3-9]\d{9}$/)
      else expect(phone.normalized).toMatch(/^0\d{2,3}[2-8]\d{7}$/)
      expect(phone.raw.replace(/\D/g, '')).toBe(phone.normalized)
    }
    expect(phones.some((phone) => phone.kind === 'landline')).toBe(true)
    const tierCount = (tier: string) => shop.customers.filter((customer) => customer.tier === tier).length
    expect(tierCount('A')).toBeLessThan(tierCount('B'))
    expect(tierCount('B')).toBeLessThan(tierCount('C'))
    expect(tierCount('A') + tierCount('B')).toBeLessThan(tierCount('C') + tierCount('D'))
    const birthdays = shop.customers.flatMap((customer) => customer.importantDates).filter((date) => date.kind === 'birthday')
    expect(birthdays.some((date) => date.calendar === 'lunar')).toBe(true)
  })

  it('computes the search fields as the app does on save', () => {
    for (const customer of shop.customers) {
      const { searchKeys, phoneDigits, sortName } = customer
      expect({ searchKeys, phoneDigits, sortName }).toEqual(customerSearchFields(customer))
    }
  })
})
