import { describe, expect, it } from 'vitest'
import type { SheetLookups } from '@shared/domain/sheet-export'
import { COMPLAINT_SHEET_COLUMNS, complaintSheetRow } from '@shared/domain/sheet-export-complaints'
import { INTERACTION_SHEET_COLUMNS, interactionSheetRow } from '@shared/domain/sheet-export-interactions'
import { TASK_SHEET_COLUMNS, taskSheetRow } from '@shared/domain/sheet-export-tasks'
import { zhCN } from '@renderer/locales/zh-CN'
import { careTaskContent, complaintContent, interactionContent, mobile, stamped } from './customer-record-content'
import { COMPLAINT_WORDS, INTERACTION_WORDS, TASK_WORDS } from './sheet-export-words'

const LOOKUPS: SheetLookups = {
  staffNameById: new Map([['s-li', '李娜']]),
  customerById: new Map([['c1', { name: '=王芳', phones: [mobile('13800138000'), mobile('021-6543 2100')] }]])
}

/** A row as { header: cell }, so a test reads like the sheet. */
const byHeader = <C extends string>(columns: readonly C[], headers: Readonly<Record<C, string>>, cells: readonly unknown[]) =>
  Object.fromEntries(columns.map((column, index) => [headers[column], cells[index]]))

describe('complaint rows', () => {
  const complaint = stamped(
    complaintContent('c1', {
      number: 'TS-20260301-0001-7K3F',
      status: 'resolved',
      severity: 'serious',
      category: 'repair-price',
      handlerId: 's-li',
      receivedAt: '2026-03-01T02:05:00.000Z',
      firstResponseAt: '2026-03-01T15:59:00.000Z',
      resolvedAt: '2026-03-02T16:00:00.000Z',
      customerWords: '师傅说"修不了"，\r\n还收了我 50 元',
      rootCause: 'workmanship',
      resolution: { kind: 'refund', detail: '退 50 元, 道歉', accepted: true },
      followUpDate: '2026-03-05',
      satisfaction: { score: 4, comment: '还行', givenBy: 'customer' }
    }),
    'k1'
  )

  it('names everything in the shop’s words, dates on the shop’s clock to the minute, the score a number', () => {
    expect(byHeader(COMPLAINT_SHEET_COLUMNS, COMPLAINT_WORDS.headers, complaintSheetRow(complaint, { ...LOOKUPS, words: COMPLAINT_WORDS }))).toEqual({
      投诉编号: 'TS-20260301-0001-7K3F',
      受理时间: '2026-03-01 10:05',
      客户: '=王芳',
      客户电话: '13800138000',
      类别: '维修价格',
      级别: '严重投诉',
      状态: '已解决',
      经办人: '李娜',
      客户原话: '师傅说"修不了"，\r\n还收了我 50 元',
      客户诉求: '尽快修好',
      原因: zhCN.complaints.rootCauses.workmanship,
      处理方式: '退款',
      处理说明: '退 50 元, 道歉',
      客户接受: '是',
      // 15:59 UTC is 23:59 in Shanghai; 16:00 UTC is the next day there.
      首次答复时间: '2026-03-01 23:59',
      解决时间: '2026-03-03 00:00',
      回访日期: '2026-03-05',
      结案时间: '',
      满意度: 4,
      满意度评价: '还行',
      备注: ''
    })
  })

  it('writes a shop’s own category and cause as typed, and leaves what is unknown empty', () => {
    const own = stamped(
      complaintContent('gone', { category: '安装预约', rootCause: '师傅迟到', handlerId: 's-left', resolution: { kind: null, detail: '', accepted: false } }),
      'k2'
    )
    const row = byHeader(COMPLAINT_SHEET_COLUMNS, COMPLAINT_WORDS.headers, complaintSheetRow(own, { ...LOOKUPS, words: COMPLAINT_WORDS }))
    expect(row).toMatchObject({ 类别: '安装预约', 原因: '师傅迟到', 客户: '', 客户电话: '', 经办人: '', 处理方式: '', 客户接受: '否', 满意度: null })
    const blank = complaintSheetRow(stamped(complaintContent('c1', { category: '  ', rootCause: '' }), 'k3'), { ...LOOKUPS, words: COMPLAINT_WORDS })
    expect(byHeader(COMPLAINT_SHEET_COLUMNS, COMPLAINT_WORDS.headers, blank)).toMatchObject({ 类别: '', 原因: '' })
  })
})

describe('task rows', () => {
  it('shows a date of a repeating series at its own time, with the method, status and numbers', () => {
    const task = stamped(
      careTaskContent('c1', {
        method: 'visit',
        purpose: '生日问候, 送蛋糕',
        staffId: 's-li',
        durationMinutes: 45,
        startAt: '2026-01-05T02:00:00.000Z',
        recurrence: { kind: 'monthly', interval: 1, until: null },
        followUpNeeded: true
      }),
      't1'
    )
    const row = byHeader(TASK_SHEET_COLUMNS, TASK_WORDS.headers, taskSheetRow({ task, startAt: '2026-03-05T02:00:00.000Z' }, { ...LOOKUPS, words: TASK_WORDS }))
    expect(row).toEqual({
      时间: '2026-03-05 10:00',
      '时长（分钟）': 45,
      客户: '=王芳',
      客户电话: '13800138000',
      方式: '上门拜访',
      目的: '生日问候, 送蛋糕',
      负责人: '李娜',
      状态: '计划中',
      重复: '每月',
      结果: '',
      满意度: null,
      需要跟进: '是',
      备注: ''
    })
  })

  it('leaves the repeat cell of a one-off task empty and says no follow-up', () => {
    const task = stamped(careTaskContent('c1', { status: 'done', satisfactionScore: 5, outcome: '客户很满意' }), 't2')
    const row = byHeader(TASK_SHEET_COLUMNS, TASK_WORDS.headers, taskSheetRow({ task, startAt: task.startAt }, { ...LOOKUPS, words: TASK_WORDS }))
    expect(row).toMatchObject({ 时间: '2025-03-01 10:00', 状态: '已完成', 重复: '', 需要跟进: '否', 满意度: 5, 结果: '客户很满意' })
  })
})

describe('interaction rows', () => {
  it('writes a purchase’s amount as a number and a call’s outcome in words', () => {
    const purchase = stamped(interactionContent('c1', { kind: 'purchase', amount: 2599.5, summary: '格力 空调', staffId: 's-li' }), 'i1')
    const call = stamped(interactionContent('c1', { kind: 'call', callOutcome: 'no-answer', occurredAt: '2025-12-31T16:30:00.000Z' }), 'i2')
    const context = { ...LOOKUPS, words: INTERACTION_WORDS }
    expect(byHeader(INTERACTION_SHEET_COLUMNS, INTERACTION_WORDS.headers, interactionSheetRow(purchase, context))).toEqual({
      时间: '2025-03-01 10:00',
      类型: '购买',
      客户: '=王芳',
      客户电话: '13800138000',
      经办人: '李娜',
      内容: '格力 空调',
      通话结果: '',
      '金额（元）': 2599.5
    })
    expect(byHeader(INTERACTION_SHEET_COLUMNS, INTERACTION_WORDS.headers, interactionSheetRow(call, context))).toMatchObject({
      时间: '2026-01-01 00:30',
      类型: '电话',
      通话结果: '无人接听',
      经办人: '',
      '金额（元）': null
    })
  })
})
