import { describe, expect, it } from 'vitest'
import type { Staff } from '@shared/domain/staff'
import { db } from '@renderer/data/db'
import { listCustomerIds, NO_CUSTOMER_FILTERS } from '@renderer/data/repositories/customer-list'
import {
  listAllComplaintIds,
  listInteractionLogIds,
  makeAllTasksSheet,
  makeComplaintSheet,
  makeCustomerSheet,
  makeInteractionSheet,
  makeTaskSheet,
  SHEET_BATCH_SIZE
} from '@renderer/data/repositories/sheet-export'
import { en } from '@renderer/locales/en'
import { zhCN } from '@renderer/locales/zh-CN'
import { makeCustomer } from '../shared/customer-fixtures'
import { careTaskContent, complaintContent, interactionContent, mobile, stamped } from '../shared/customer-record-content'
import { COMPLAINT_WORDS, INTERACTION_WORDS, TASK_WORDS } from '../shared/sheet-export-words'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const staff = (id: string, name: string): Staff => stamped({ name, role: 'clerk', active: true }, id)

async function seedPeople(): Promise<void> {
  await db.staff.bulkPut([staff('s-li', '李娜'), staff('s-wang', '王强')])
  await db.customers.bulkPut([
    makeCustomer({ id: 'c1', name: '王芳', sortName: 'wangfang', phones: [mobile('13800138000')], tier: 'A', ownerId: 's-li' }),
    makeCustomer({ id: 'c2', name: '李雷', sortName: 'lilei', phones: [mobile('13900139000')], tier: 'B' }),
    makeCustomer({ id: 'c3', name: '安然', sortName: 'anran', phones: [], tier: 'A' })
  ])
}

describe('customer sheets', () => {
  it('write the list’s customers in its order, with the lead’s columns and the owner named', async () => {
    await seedPeople()
    const ids = await listCustomerIds({ ...NO_CUSTOMER_FILTERS, tiers: ['A'], sort: { field: 'name', direction: 'asc' }, now: new Date() })
    const language = {
      headers: zhCN.customerSheet.headers,
      kinds: zhCN.customers.kinds,
      personalities: zhCN.customers.personalities,
      stages: zhCN.customers.stages,
      relationships: zhCN.customers.relationships,
      channels: zhCN.customers.channels,
      yes: '是',
      no: '否',
      lunar: '农历',
      leap: '闰'
    }
    const sheet = await makeCustomerSheet(ids, language, { name: '客户' })
    expect(sheet.headers.slice(0, 3)).toEqual(['姓名', '手机', '其他电话'])
    expect(sheet.rows.map((row) => row.slice(0, 2))).toEqual([
      ['安然', ''],
      ['王芳', '13800138000']
    ])
    expect(sheet.rows[1]).toContain('李娜')
  })
})

describe('complaint sheets', () => {
  it('read several batches by id, keep the order asked, and skip a record gone since the ids were listed', async () => {
    await seedPeople()
    const count = SHEET_BATCH_SIZE + 150
    await db.complaints.bulkPut(
      Array.from({ length: count }, (_, index) =>
        stamped(
          complaintContent(index % 2 === 0 ? 'c1' : 'c2', {
            number: `TS-${String(index).padStart(5, '0')}`,
            receivedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
            handlerId: 's-wang'
          }),
          `k${String(index).padStart(5, '0')}`
        )
      )
    )
    const ids = [...(await listAllComplaintIds())].reverse()
    expect(ids).toHaveLength(count)
    await db.complaints.delete(ids[5] ?? '')
    const progress: [number, number][] = []
    const sheet = await makeComplaintSheet(ids, COMPLAINT_WORDS, { name: '投诉', onProgress: (done, total) => progress.push([done, total]) })
    expect(sheet.rows).toHaveLength(count - 1)
    expect(sheet.rows[0]?.slice(0, 4)).toEqual([`TS-${String(count - 1).padStart(5, '0')}`, '2026-01-02 19:49', '李雷', '13900139000'])
    expect(sheet.rows.at(-1)?.[0]).toBe('TS-00000')
    expect(sheet.rows[0]?.[7]).toBe('王强')
    expect(progress).toEqual([
      [0, count],
      [SHEET_BATCH_SIZE, count],
      [count, count]
    ])
  })

  it('list every live complaint, deleted ones left out', async () => {
    await db.complaints.bulkPut([
      stamped(complaintContent('c1', { receivedAt: '2026-02-01T00:00:00.000Z' }), 'late'),
      stamped(complaintContent('c1', { receivedAt: '2026-01-01T00:00:00.000Z' }), 'early'),
      stamped(complaintContent('c1'), 'gone', undefined, '2026-03-01T00:00:00.000Z')
    ])
    expect(await listAllComplaintIds()).toEqual(['early', 'late'])
  })
})

describe('the interaction log', () => {
  it('covers whole shop days from the first date to the last, one person’s or everyone’s, oldest first', async () => {
    await seedPeople()
    const at = (id: string, occurredAt: string, staffId: string | null, deletedAt: string | null = null) =>
      stamped(interactionContent('c1', { occurredAt, staffId, kind: 'purchase', amount: 100 }), id, occurredAt, deletedAt)
    await db.interactions.bulkPut([
      at('before', '2026-02-28T15:59:00.000Z', 's-li'), // 23:59 on 28 February in Shanghai
      at('first', '2026-02-28T16:00:00.000Z', 's-li'), // 00:00 on 1 March
      at('other', '2026-03-01T02:00:00.000Z', 's-wang'),
      at('deleted', '2026-03-01T03:00:00.000Z', 's-li', '2026-03-02T00:00:00.000Z'),
      at('last', '2026-03-02T15:59:00.000Z', 's-li'), // 23:59 on 2 March
      at('after', '2026-03-02T16:00:00.000Z', 's-li')
    ])
    expect(await listInteractionLogIds({ from: '2026-03-01', to: '2026-03-02', staffId: null })).toEqual(['first', 'other', 'last'])
    const mine = await listInteractionLogIds({ from: '2026-03-01', to: '2026-03-02', staffId: 's-li' })
    expect(mine).toEqual(['first', 'last'])
    const sheet = await makeInteractionSheet(mine, INTERACTION_WORDS, { name: '往来记录' })
    expect(sheet.headers).toEqual(['时间', '类型', '客户', '客户电话', '经办人', '内容', '通话结果', '金额（元）'])
    expect(sheet.rows.map((row) => [row[0], row[1], row[4], row[7]])).toEqual([
      ['2026-03-01 00:00', '购买', '李娜', 100],
      ['2026-03-02 23:59', '购买', '李娜', 100]
    ])
  })
})

describe('task sheets', () => {
  it('write every live task by its start, and the calendar’s entries as given', async () => {
    await seedPeople()
    await db.careTasks.bulkPut([
      stamped(careTaskContent('c2', { startAt: '2026-05-02T02:00:00.000Z', staffId: 's-li' }), 'later'),
      stamped(careTaskContent('c1', { startAt: '2026-05-01T02:00:00.000Z', method: 'visit' }), 'sooner'),
      stamped(careTaskContent('c1'), 'deleted', undefined, '2026-01-01T00:00:00.000Z')
    ])
    const all = await makeAllTasksSheet(TASK_WORDS, { name: '关怀任务' })
    expect(all.rows.map((row) => row.slice(0, 5))).toEqual([
      ['2026-05-01 10:00', 30, '王芳', '13800138000', '上门拜访'],
      ['2026-05-02 10:00', 30, '李雷', '13900139000', '电话']
    ])
    const later = await db.careTasks.get('later')
    if (later === undefined) throw new Error('no task')
    const shown = await makeTaskSheet([{ task: later, startAt: '2026-05-09T02:00:00.000Z' }], { ...TASK_WORDS, headers: en.spreadsheetExport.headers.tasks }, { name: 'Care tasks' })
    expect(shown.headers[0]).toBe('When')
    expect(shown.rows[0]?.slice(0, 3)).toEqual(['2026-05-09 10:00', 30, '李雷'])
    expect(shown.rows[0]?.[6]).toBe('李娜')
  })
})
