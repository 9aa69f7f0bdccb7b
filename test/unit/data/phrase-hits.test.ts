import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { seededScriptId } from '@shared/scripts/default-library'
import { db } from '@renderer/data/db'
import { removeRecord } from '@renderer/data/records'
import { listAuditForRecord } from '@renderer/data/repositories/audit-log'
import { listMostHitRules, listStaffHitCounts, recordPhraseHits } from '@renderer/data/repositories/phrase-hits'
import { createStaff, deactivateStaff, staffRepository } from '@renderer/data/repositories/staff'
import { seedScriptLibrary } from '@renderer/data/script-library'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const clerk = { staffId: 'clerk-1' }
const other = { staffId: 'clerk-2' }
const NOW = new Date('2025-06-15T04:00:00.000Z')
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * 86_400_000)

const POLICY = seededScriptId('never-say.company-policy.zh-CN')
const BUSY = seededScriptId('never-say.cant-you-see-im-busy.zh-CN')
const CALM = seededScriptId('never-say.calm-down.zh-CN')

describe('recordPhraseHits', () => {
  it('stores one hit per new rule with the complaint, field, person and time, each with its audit entry', async () => {
    expect(await recordPhraseHits({ complaintId: 'c1', field: 'replyDraft', ruleIds: [POLICY, BUSY, POLICY] }, clerk, NOW)).toBe(2)
    const stored = await db.phraseHits.orderBy('ruleId').toArray()
    expect(stored.map(({ complaintId, field, ruleId, staffId, at, updatedBy, deletedAt }) => ({ complaintId, field, ruleId, staffId, at, updatedBy, deletedAt }))).toEqual(
      [BUSY, POLICY].sort().map((ruleId) => ({
        complaintId: 'c1',
        field: 'replyDraft',
        ruleId,
        staffId: 'clerk-1',
        at: NOW.toISOString(),
        updatedBy: 'clerk-1',
        deletedAt: null
      }))
    )
    for (const hit of stored) {
      expect((await listAuditForRecord(hit.id)).map((entry) => [entry.table, entry.action])).toEqual([['phraseHits', 'create']])
    }
  })

  it('counts the same text saved again once, and the phrase elsewhere or by someone else again', async () => {
    const report = { complaintId: 'c1', field: 'replyDraft', ruleIds: [POLICY] }
    expect(await recordPhraseHits(report, clerk, NOW)).toBe(1)
    expect(await recordPhraseHits(report, clerk, daysAgo(-1))).toBe(0)
    expect(await recordPhraseHits({ ...report, ruleIds: [POLICY, BUSY] }, clerk, NOW)).toBe(1)
    expect(await recordPhraseHits({ ...report, field: 'notes' }, clerk, NOW)).toBe(1)
    expect(await recordPhraseHits({ ...report, complaintId: 'c2' }, clerk, NOW)).toBe(1)
    expect(await recordPhraseHits(report, other, NOW)).toBe(1)
    expect(await recordPhraseHits(report, { staffId: '' }, NOW)).toBe(1)
    expect(await db.phraseHits.count()).toBe(6)
    // The first hit keeps its time: a later save of the same text changes nothing.
    expect((await db.phraseHits.where('[complaintId+field]').equals(['c1', 'replyDraft']).toArray()).map((hit) => hit.at)).toEqual([
      NOW.toISOString(),
      NOW.toISOString(),
      NOW.toISOString(),
      NOW.toISOString()
    ])
  })

  it('writes nothing for no rules, and refuses a hit without its complaint or field', async () => {
    expect(await recordPhraseHits({ complaintId: 'c1', field: 'notes', ruleIds: [] }, clerk, NOW)).toBe(0)
    await expect(recordPhraseHits({ complaintId: '', field: 'notes', ruleIds: [POLICY] }, clerk, NOW)).rejects.toThrow(RangeError)
    await expect(recordPhraseHits({ complaintId: 'c1', field: '', ruleIds: [POLICY] }, clerk, NOW)).rejects.toThrow(RangeError)
    expect(await db.phraseHits.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)
  })

  it('counts a hit again once the earlier one was taken back (tombstoned)', async () => {
    const report = { complaintId: 'c1', field: 'notes', ruleIds: [POLICY] }
    await recordPhraseHits(report, clerk, NOW)
    const [first] = await db.phraseHits.toArray()
    if (first === undefined) throw new Error('no hit stored')
    await removeRecord('phraseHits', first.id, clerk)
    expect(await recordPhraseHits(report, clerk, NOW)).toBe(1)
    expect((await listStaffHitCounts()).map((member) => member.total)).toEqual([1])
  })

  it('counts each distinct (complaint, field, rule, person) once, whatever the order, repetition or overlap of saves', async () => {
    const id = (prefix: string, count: number) => fc.integer({ min: 1, max: count }).map((n) => `${prefix}${n}`)
    const save = fc.record({
      complaintId: id('c', 3),
      field: fc.constantFrom('replyDraft', 'notes', 'customerWords'),
      ruleIds: fc.array(id('rule-', 4), { maxLength: 4 }),
      staffId: fc.constantFrom('', 'clerk-1', 'clerk-2')
    })
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(save, { minLength: 1, maxLength: 4 }), { maxLength: 6 }), async (batches) => {
        await db.phraseHits.clear()
        let reported = 0
        // Saves within a batch run at once, as two windows' autosaves might.
        for (const batch of batches) {
          const counts = await Promise.all(batch.map(({ staffId, ...report }) => recordPhraseHits(report, { staffId }, NOW)))
          reported += counts.reduce((sum, count) => sum + count, 0)
        }
        const distinct = new Set(
          batches.flat().flatMap(({ complaintId, field, ruleIds, staffId }) => ruleIds.map((ruleId) => JSON.stringify([complaintId, field, ruleId, staffId])))
        )
        const stored = await db.phraseHits.toArray()
        expect(reported).toBe(distinct.size)
        expect(stored).toHaveLength(distinct.size)
        expect(new Set(stored.map((hit) => JSON.stringify([hit.complaintId, hit.field, hit.ruleId, hit.staffId])))).toEqual(distinct)
        const totals = await listStaffHitCounts()
        expect(totals.reduce((sum, member) => sum + member.total, 0)).toBe(distinct.size)
      }),
      { numRuns: 40 }
    )
  })
})

describe('hit counts for coaching', () => {
  async function recordSomeHits(): Promise<{ readonly wang: string; readonly li: string }> {
    await seedScriptLibrary(NOW)
    const wang = (await createStaff({ name: '王芳', role: 'clerk' }, clerk)).id
    const li = (await createStaff({ name: '李强', role: 'clerk' }, clerk)).id
    await recordPhraseHits({ complaintId: 'c1', field: 'replyDraft', ruleIds: [POLICY, BUSY] }, { staffId: wang }, daysAgo(2))
    await recordPhraseHits({ complaintId: 'c2', field: 'notes', ruleIds: [POLICY] }, { staffId: wang }, daysAgo(40))
    await recordPhraseHits({ complaintId: 'c3', field: 'replyDraft', ruleIds: [POLICY, CALM] }, { staffId: li }, daysAgo(100))
    await recordPhraseHits({ complaintId: 'c3', field: 'notes', ruleIds: ['gone-rule'] }, { staffId: '' }, daysAgo(1))
    return { wang, li }
  }

  it('gives each staff member’s total and hits per rule, with names and phrases', async () => {
    const { wang, li } = await recordSomeHits()
    expect(await listStaffHitCounts()).toEqual([
      {
        staffId: wang,
        staffName: '王芳',
        total: 3,
        byRule: [
          { ruleId: POLICY, phrase: '这是公司的规定。', count: 2 },
          { ruleId: BUSY, phrase: '没看我正忙着吗？一个一个来。', count: 1 }
        ]
      },
      {
        staffId: li,
        staffName: '李强',
        total: 2,
        byRule: [
          { ruleId: CALM, phrase: '你冷静一点。', count: 1 },
          { ruleId: POLICY, phrase: '这是公司的规定。', count: 1 }
        ]
      },
      { staffId: '', staffName: null, total: 1, byRule: [{ ruleId: 'gone-rule', phrase: '', count: 1 }] }
    ])
  })

  it('counts only the hits within the range', async () => {
    const { wang, li } = await recordSomeHits()
    const lastMonth = await listStaffHitCounts({ from: daysAgo(30).toISOString() })
    expect(lastMonth.map((member) => [member.staffId, member.total])).toEqual([
      [wang, 2],
      ['', 1]
    ])
    const before = await listStaffHitCounts({ from: daysAgo(120).toISOString(), to: daysAgo(30).toISOString() })
    expect(before.map((member) => [member.staffId, member.total])).toEqual([
      [li, 2],
      [wang, 1]
    ])
  })

  it('keeps the name of a staff member who has left or was deleted', async () => {
    const { wang, li } = await recordSomeHits()
    await deactivateStaff(wang, clerk)
    await staffRepository.remove(li, clerk)
    const names = (await listStaffHitCounts()).map((member) => member.staffName)
    expect(names).toContain('王芳')
    expect(names).toContain('李强')
  })

  it('lists the most-hit rules with how many people they caught, within the range and the limit', async () => {
    await recordSomeHits()
    expect(await listMostHitRules()).toEqual([
      { ruleId: POLICY, phrase: '这是公司的规定。', count: 3, staffCount: 2 },
      // Equal counts go by rule id.
      { ruleId: 'gone-rule', phrase: '', count: 1, staffCount: 1 },
      { ruleId: CALM, phrase: '你冷静一点。', count: 1, staffCount: 1 },
      { ruleId: BUSY, phrase: '没看我正忙着吗？一个一个来。', count: 1, staffCount: 1 }
    ])
    expect((await listMostHitRules({ from: daysAgo(30).toISOString() }, 2)).map((rule) => [rule.ruleId, rule.count])).toEqual([
      ['gone-rule', 1],
      [BUSY, 1]
    ])
  })
})
