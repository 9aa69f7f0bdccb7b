import { beforeEach, describe, expect, it } from 'vitest'
import type { Complaint } from '@shared/domain/complaint'
import { checkPhrases } from '@shared/domain/phrase-check'
import { seededScriptId } from '@shared/scripts/default-library'
import { db } from '@renderer/data/db'
import { dismissFlag, openComplaint, saveIntakeDraft } from '@renderer/data/repositories/complaint-intake'
import { complaintsRepository } from '@renderer/data/repositories/complaints'
import { customersRepository } from '@renderer/data/repositories/customers'
import { acceptFalsePositive, listPendingFlagReviews, upholdFlag } from '@renderer/data/repositories/flag-review'
import { listAuditForRecord } from '@renderer/data/repositories/audit-log'
import { setMeta } from '@renderer/data/repositories/meta'
import { listNeverSayRules, retireScript } from '@renderer/data/repositories/scripts'
import { createStaff, deactivateStaff } from '@renderer/data/repositories/staff'
import { seedScriptLibrary } from '@renderer/data/script-library'
import { customerContent } from '../shared/customer-record-content'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const NOW = new Date('2025-06-15T04:00:00.000Z')
const POLICY = seededScriptId('never-say.company-policy.zh-CN')
const BUSY = seededScriptId('never-say.cant-you-see-im-busy.zh-CN')
const QUOTE = '上次店员跟他说“这是公司的规定”，他觉得被敷衍了'
const NOTES = `客户很生气。${QUOTE}。已当面道歉。`
const REPLY = '没看我正忙着吗？一个一个来。'
/** What the checker flags in the reply, as the wizard keeps it when the clerk dismisses the flag. */
const BUSY_TEXT = '没看我正忙着吗？一个一个来'

let clerk: { readonly staffId: string }
let manager: { readonly staffId: string }
let clerkName: string
let complaint: Complaint

beforeEach(async () => {
  await setMeta('deviceId', 'device-A')
  await seedScriptLibrary(NOW)
  clerkName = '王芳'
  clerk = { staffId: (await createStaff({ name: clerkName, role: 'clerk' }, { staffId: '' })).id }
  manager = { staffId: (await createStaff({ name: '赵店长', role: 'manager' }, { staffId: '' })).id }
  const customerId = (await customersRepository.create(customerContent('张三'), clerk)).id
  const opened = await openComplaint({ customerId }, clerk, NOW)
  await saveIntakeDraft(opened.id, { notes: NOTES, replyDraft: REPLY }, clerk)
  await dismissFlag(opened.id, { ruleId: POLICY, text: '这是公司的规定' }, clerk)
  complaint = await dismissFlag(opened.id, { ruleId: BUSY, text: BUSY_TEXT }, clerk)
})

const policyKey = () => ({ complaintId: complaint.id, ruleId: POLICY, text: '这是公司的规定' })
const busyKey = () => ({ complaintId: complaint.id, ruleId: BUSY, text: BUSY_TEXT })

/** What a decision may touch, to show that a refused one touched nothing. */
const snapshot = async () => ({ complaints: await db.complaints.toArray(), scripts: await db.scripts.toArray(), audit: await db.auditLog.count() })

const flagsFor = async (text: string) => checkPhrases(text, await listNeverSayRules('zh-CN')).map((flag) => [flag.ruleId, flag.matched])

describe('listPendingFlagReviews', () => {
  it('lists each dismissal with its complaint, rule, text, who dismissed it and the sentence it stands in', async () => {
    expect(await listPendingFlagReviews()).toEqual([
      {
        complaintId: complaint.id,
        complaintNumber: complaint.number,
        ruleId: POLICY,
        rulePhrase: '这是公司的规定。',
        text: '这是公司的规定',
        dismissedBy: clerk.staffId,
        dismissedByName: clerkName,
        field: 'notes',
        sentence: QUOTE
      },
      {
        complaintId: complaint.id,
        complaintNumber: complaint.number,
        ruleId: BUSY,
        rulePhrase: '没看我正忙着吗？一个一个来。',
        text: BUSY_TEXT,
        dismissedBy: clerk.staffId,
        dismissedByName: clerkName,
        field: 'replyDraft',
        sentence: BUSY_TEXT
      }
    ])
  })

  it('leaves out deleted complaints, retired rules and text edited away', async () => {
    await saveIntakeDraft(complaint.id, { replyDraft: '您稍等，我马上为您办理。' }, clerk)
    expect((await listPendingFlagReviews()).map((review) => review.ruleId)).toEqual([POLICY])
    await retireScript(POLICY, manager)
    expect(await listPendingFlagReviews()).toEqual([])
    await saveIntakeDraft(complaint.id, { replyDraft: REPLY }, clerk)
    expect((await listPendingFlagReviews()).map((review) => review.ruleId)).toEqual([BUSY])
    await complaintsRepository.remove(complaint.id, clerk)
    expect(await listPendingFlagReviews()).toEqual([])
  })

  it('lists newer complaints first', async () => {
    const customerId = complaint.customerId
    const newer = await openComplaint({ customerId }, clerk, new Date(NOW.getTime() + 3_600_000))
    await saveIntakeDraft(newer.id, { notes: NOTES }, clerk)
    await dismissFlag(newer.id, { ruleId: POLICY, text: '这是公司的规定' }, clerk)
    expect((await listPendingFlagReviews()).map((review) => review.complaintId)).toEqual([newer.id, complaint.id, complaint.id])
  })
})

describe('acceptFalsePositive', () => {
  it('adds the sentence as an exception through the script library, so the checker stops flagging it there only', async () => {
    expect(await flagsFor(NOTES)).toEqual([[POLICY, '这是公司的规定']])
    expect(await acceptFalsePositive(policyKey(), manager)).toEqual({ ok: true })

    const script = await db.scripts.get(POLICY)
    expect(script?.exceptions).toEqual([QUOTE])
    expect(script?.updatedBy).toBe(manager.staffId)
    expect((await listAuditForRecord(POLICY)).map((entry) => [entry.action, entry.changedFields, entry.staffId])).toEqual([
      ['update', ['exceptions'], manager.staffId]
    ])
    expect(await flagsFor(NOTES)).toEqual([])
    // The phrase said to a customer is still flagged.
    expect(await flagsFor('不好意思，这是公司的规定。')).toEqual([[POLICY, '这是公司的规定']])
    expect((await listPendingFlagReviews()).map((review) => review.ruleId)).toEqual([BUSY])
    // The dismissal stays on the complaint: what the clerk said is kept.
    expect((await db.complaints.get(complaint.id))?.dismissedFlags).toHaveLength(2)
  })

  it('takes the manager’s wording of the exception, and ends every dismissal the exception now covers', async () => {
    const customerId = complaint.customerId
    const other = await openComplaint({ customerId }, clerk, NOW)
    await saveIntakeDraft(other.id, { notes: `回访记录：${QUOTE}。` }, clerk)
    await dismissFlag(other.id, { ruleId: POLICY, text: '这是公司的规定' }, clerk)
    expect(await listPendingFlagReviews()).toHaveLength(3)

    expect(await acceptFalsePositive(policyKey(), manager, { exception: ' 店员跟他说“这是公司的规定” ' })).toEqual({ ok: true })
    expect((await db.scripts.get(POLICY))?.exceptions).toEqual(['店员跟他说“这是公司的规定”'])
    expect((await listPendingFlagReviews()).map((review) => review.ruleId)).toEqual([BUSY])
  })

  it('refuses an exception that would switch the rule off, or would not stop the flag, and writes nothing', async () => {
    const before = await snapshot()
    expect(await acceptFalsePositive(policyKey(), manager, { exception: '这是公司的规定' })).toEqual({ ok: false, error: 'exception-silences-rule' })
    expect(await acceptFalsePositive(policyKey(), manager, { exception: '已当面道歉' })).toEqual({ ok: false, error: 'exception-does-not-cover' })
    expect(await acceptFalsePositive(policyKey(), manager, { exception: ' ' })).toEqual({ ok: false, error: 'exception-empty' })
    // The reply is the bare phrase: the sentence around it is the phrase itself, so accepting as is would silence the rule.
    expect(await acceptFalsePositive(busyKey(), manager)).toEqual({ ok: false, error: 'exception-silences-rule' })
    expect(await snapshot()).toEqual(before)
    expect(await listPendingFlagReviews()).toHaveLength(2)
  })
})

describe('upholdFlag', () => {
  it('takes the dismissal off the complaint, so the flag shows again, and leaves the rule alone', async () => {
    const scriptBefore = await db.scripts.get(BUSY)
    expect(await upholdFlag(busyKey(), manager)).toEqual({ ok: true })
    const stored = await db.complaints.get(complaint.id)
    expect(stored?.dismissedFlags).toEqual([{ ruleId: POLICY, text: '这是公司的规定', by: clerk.staffId }])
    expect(stored?.updatedBy).toBe(manager.staffId)
    expect((await listAuditForRecord(complaint.id))[0]).toMatchObject({ action: 'update', changedFields: ['dismissedFlags'], staffId: manager.staffId })
    expect(await db.scripts.get(BUSY)).toEqual(scriptBefore)
    expect((await listPendingFlagReviews()).map((review) => review.ruleId)).toEqual([POLICY])
  })
})

describe('decisions', () => {
  it('are a manager’s to take while the shop has an active manager', async () => {
    const before = await snapshot()
    expect(await upholdFlag(busyKey(), clerk)).toEqual({ ok: false, error: 'not-allowed' })
    expect(await acceptFalsePositive(policyKey(), { staffId: '' })).toEqual({ ok: false, error: 'not-allowed' })
    expect(await snapshot()).toEqual(before)
  })

  it('are anyone’s to take when the shop has no active manager', async () => {
    await deactivateStaff(manager.staffId, clerk)
    expect(await upholdFlag(busyKey(), clerk)).toEqual({ ok: true })
  })

  it('are taken once: a second decision on the same dismissal is refused', async () => {
    expect(await upholdFlag(busyKey(), manager)).toEqual({ ok: true })
    expect(await upholdFlag(busyKey(), manager)).toEqual({ ok: false, error: 'not-pending' })
    expect(await acceptFalsePositive(busyKey(), manager, { exception: '你没看我正忙着吗' })).toEqual({ ok: false, error: 'not-pending' })
    expect(await acceptFalsePositive(policyKey(), manager)).toEqual({ ok: true })
    expect(await upholdFlag(policyKey(), manager)).toEqual({ ok: false, error: 'not-pending' })
    expect(await listPendingFlagReviews()).toEqual([])
  })

  it('are refused for an unknown complaint or rule', async () => {
    expect(await upholdFlag({ ...busyKey(), complaintId: 'nope' }, manager)).toEqual({ ok: false, error: 'not-pending' })
    expect(await upholdFlag({ ...busyKey(), ruleId: 'nope' }, manager)).toEqual({ ok: false, error: 'not-pending' })
  })
})
