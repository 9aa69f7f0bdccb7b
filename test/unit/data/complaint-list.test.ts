import { beforeEach, describe, expect, it } from 'vitest'
import type { Complaint } from '@shared/domain/complaint'
import { DEFAULT_COMPLAINT_DEADLINES } from '@shared/domain/complaint-deadlines'
import type { RecordContent } from '@shared/domain/record'
import {
  getComplaintsByIds,
  listComplaintIds,
  listComplaintsForCustomer,
  NO_COMPLAINT_FILTERS,
  type ComplaintListQuery
} from '@renderer/data/repositories/complaint-list'
import { complaintsRepository } from '@renderer/data/repositories/complaints'
import { complaintContent } from '../shared/customer-record-content'
import { setWallClock, useFreshDatabase } from './fresh-database'

useFreshDatabase()

const clerk = { staffId: 'clerk-1' }
const NOW = new Date('2025-06-15T04:00:00.000Z')

const ALL: ComplaintListQuery = {
  sort: { field: 'receivedAt', direction: 'asc' },
  ...NO_COMPLAINT_FILTERS,
  now: NOW,
  deadlines: DEFAULT_COMPLAINT_DEADLINES
}

const responded = (receivedAt: string): Partial<RecordContent<Complaint>> => ({ receivedAt, firstResponseAt: receivedAt })

/*
 * Created a day apart, in this order. At NOW, with the default deadlines: 严重 has waited 24
 * hours for a first response (serious: 4), 危机 48 hours for a resolution (crisis: 24); 六天
 * is within an ordinary week, 刚到 two hours old, 已删 overdue but deleted.
 */
const COMPLAINTS: readonly (readonly [string, Partial<RecordContent<Complaint>>])[] = [
  ['已结', { status: 'closed', category: 'repair-price', handlerId: 's1', customerId: 'c2', ...responded('2025-05-01T04:00:00.000Z') }],
  ['已解决', { status: 'resolved', category: 'repair-workmanship', handlerId: 's2', customerId: 'c2', ...responded('2025-06-01T04:00:00.000Z') }],
  ['六天', { status: 'in-progress', category: 'repair-workmanship', handlerId: 's2', customerId: 'c2', ...responded('2025-06-09T04:00:00.000Z') }],
  ['危机', { status: 'in-progress', severity: 'crisis', category: 'service-attitude', handlerId: 's1', customerId: 'c2', ...responded('2025-06-13T04:00:00.000Z') }],
  ['严重', { status: 'new', severity: 'serious', category: 'product-quality', customerId: 'c1', receivedAt: '2025-06-14T04:00:00.000Z' }],
  ['刚到', { status: 'new', category: 'repair-workmanship', customerId: 'c1', receivedAt: '2025-06-15T02:00:00.000Z' }],
  ['已删', { status: 'new', severity: 'crisis', customerId: 'c1', receivedAt: '2025-06-15T03:00:00.000Z' }]
]

let byLabel: ReadonlyMap<string, Complaint>

beforeEach(async () => {
  const created = new Map<string, Complaint>()
  for (const [index, [label, fields]] of COMPLAINTS.entries()) {
    setWallClock(`2025-06-0${index + 1}T02:00:00.000Z`)
    created.set(label, await complaintsRepository.create(complaintContent('c1', { customerWords: label, ...fields }), clerk))
  }
  await complaintsRepository.remove(created.get('已删')?.id ?? '', clerk)
  byLabel = created
})

const idOf = (label: string): string => byLabel.get(label)?.id ?? ''

async function listed(query: Partial<ComplaintListQuery>): Promise<readonly string[]> {
  const ids = await listComplaintIds({ ...ALL, ...query })
  const labels = new Map([...byLabel].map(([label, complaint]) => [complaint.id, label]))
  return ids.map((id) => labels.get(id) ?? id)
}

describe('listComplaintIds: order', () => {
  it('sorts by when received, either way, without deleted complaints', async () => {
    expect(await listed({})).toEqual(['已结', '已解决', '六天', '危机', '严重', '刚到'])
    expect(await listed({ sort: { field: 'receivedAt', direction: 'desc' } })).toEqual(['刚到', '严重', '危机', '六天', '已解决', '已结'])
  })

  it('sorts statuses in lifecycle order and severities from ordinary to crisis, ties in creation order', async () => {
    expect(await listed({ sort: { field: 'status', direction: 'asc' } })).toEqual(['严重', '刚到', '六天', '危机', '已解决', '已结'])
    expect(await listed({ sort: { field: 'status', direction: 'desc' } })).toEqual(['已结', '已解决', '危机', '六天', '刚到', '严重'])
    expect(await listed({ sort: { field: 'severity', direction: 'asc' } })).toEqual(['已结', '已解决', '六天', '刚到', '严重', '危机'])
    expect(await listed({ sort: { field: 'severity', direction: 'desc' } })).toEqual(['危机', '严重', '刚到', '六天', '已解决', '已结'])
  })

  it('sorts by last change', async () => {
    setWallClock('2025-06-20T00:00:00.000Z')
    await complaintsRepository.update(idOf('六天'), { notes: '已联系师傅' }, clerk)
    expect(await listed({ sort: { field: 'updatedAt', direction: 'desc' } })).toEqual(['六天', '刚到', '严重', '危机', '已解决', '已结'])
  })
})

describe('listComplaintIds: filters', () => {
  it('filters by statuses, categories, severities and handler, all at once', async () => {
    expect(await listed({ statuses: ['new', 'resolved'] })).toEqual(['已解决', '严重', '刚到'])
    expect(await listed({ categories: ['repair-workmanship', 'repair-price'] })).toEqual(['已结', '已解决', '六天', '刚到'])
    expect(await listed({ severities: ['serious', 'crisis'] })).toEqual(['危机', '严重'])
    expect(await listed({ handlerId: 's1' })).toEqual(['已结', '危机'])
    expect(await listed({ statuses: ['in-progress'], categories: ['repair-workmanship'], handlerId: 's2' })).toEqual(['六天'])
  })

  it('finds the overdue ones at `now` under the deadlines given', async () => {
    expect(await listed({ overdueOnly: true })).toEqual(['危机', '严重'])
    expect(await listed({ overdueOnly: true, now: new Date('2025-06-14T06:00:00.000Z') })).toEqual(['危机'])
    expect(await listed({ overdueOnly: true, now: new Date('2025-06-17T04:00:00.000Z') })).toEqual(['六天', '危机', '严重', '刚到'])
    const patient = { ...DEFAULT_COMPLAINT_DEADLINES, crisis: { responseHours: 48, resolutionHours: 96 } }
    expect(await listed({ overdueOnly: true, deadlines: patient })).toEqual(['严重'])
    expect(await listed({ overdueOnly: true, severities: ['crisis'] })).toEqual(['危机'])
  })
})

describe('getComplaintsByIds', () => {
  it('reads the records in the order asked, undefined for an unknown id', async () => {
    const records = await getComplaintsByIds([idOf('刚到'), 'nobody', idOf('已结')])
    expect(records.map((record) => record?.customerWords)).toEqual(['刚到', undefined, '已结'])
  })
})

describe('listComplaintsForCustomer', () => {
  it('lists the customer’s live complaints, the most recently received first', async () => {
    expect((await listComplaintsForCustomer('c1')).map((complaint) => complaint.customerWords)).toEqual(['刚到', '严重'])
    expect((await listComplaintsForCustomer('c2')).map((complaint) => complaint.customerWords)).toEqual(['危机', '六天', '已解决', '已结'])
    expect(await listComplaintsForCustomer('nobody')).toEqual([])
  })
})
