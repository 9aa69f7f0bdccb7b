import { describe, expect, it } from 'vitest'
import { DEFAULT_COMPLAINT_DEADLINES } from '@shared/domain/complaint-deadlines'
import {
  complaintsByCategory,
  complaintsByMonth,
  complaintsBySeverity,
  complaintsInScope,
  complaintTimes,
  openComplaintsByAge,
  rootCausePareto
} from '@shared/domain/report-complaints'
import { reportMonths, reportRangeSpan } from '@shared/domain/report-range'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { seededScriptId } from '@shared/scripts/default-library'
import { db } from '@renderer/data/db'
import { recordPhraseHits } from '@renderer/data/repositories/phrase-hits'
import {
  listReportComplaints,
  listStaffNames,
  loadCoachingReports,
  loadComplaintReports,
  loadReportDashboard,
  loadSatisfactionReports
} from '@renderer/data/repositories/reports'
import { setSetting } from '@renderer/data/repositories/settings'
import { createStaff, staffRepository } from '@renderer/data/repositories/staff'
import { seedScriptLibrary } from '@renderer/data/script-library'
import { useFreshDatabase } from '../../data/fresh-database'
import { FIXTURE, MARCH, NOW, storedComplaint } from '../../shared/report-fixtures'

useFreshDatabase()

const POLICY = seededScriptId('never-say.company-policy.zh-CN')
const BUSY = seededScriptId('never-say.cant-you-see-im-busy.zh-CN')

async function storeFixture(): Promise<void> {
  await db.complaints.bulkPut(FIXTURE.map(storedComplaint))
}

const marchInScope = complaintsInScope(FIXTURE, { span: reportRangeSpan(MARCH), staffId: null })

describe('listReportComplaints', () => {
  it('reads the live complaints received in the range through the index, the edges of the shop’s days included', async () => {
    await storeFixture()
    const complaints = await listReportComplaints({ range: MARCH, staffId: null })
    expect(complaints.map((complaint) => complaint.id).sort()).toEqual(['c1', 'c10', 'c2', 'c3', 'c4', 'c5', 'c8'])
  })

  it('narrows to one handler', async () => {
    await storeFixture()
    const complaints = await listReportComplaints({ range: MARCH, staffId: 'staff-b' })
    expect(complaints.map((complaint) => complaint.id).sort()).toEqual(['c2', 'c5'])
  })

  it('finds nothing in an empty database or an empty period', async () => {
    expect(await listReportComplaints({ range: MARCH, staffId: null })).toEqual([])
    await storeFixture()
    expect(await listReportComplaints({ range: { from: '2025-01-01', to: '2025-12-31' }, staffId: null })).toEqual([])
  })
})

describe('loadComplaintReports', () => {
  it('gives the domain’s tables for the stored complaints', async () => {
    await storeFixture()
    const reports = await loadComplaintReports({ range: MARCH, staffId: null }, new Date(NOW))
    expect(reports).toEqual({
      byCategory: complaintsByCategory(marchInScope),
      bySeverity: complaintsBySeverity(marchInScope),
      byMonth: complaintsByMonth(marchInScope, reportMonths(MARCH)),
      rootCauses: rootCausePareto(marchInScope),
      times: complaintTimes(marchInScope, DEFAULT_COMPLAINT_DEADLINES),
      openByAge: openComplaintsByAge(marchInScope, DEFAULT_COMPLAINT_DEADLINES, NOW)
    })
    expect(reports.times.total?.values).toEqual([7, 5, 7.7, 3 / 5, 4, 35, 3 / 4])
  })

  it('judges times by the shop’s own deadlines', async () => {
    await storeFixture()
    await setSetting(
      SETTING_KEYS.complaintDeadlines,
      { ...DEFAULT_COMPLAINT_DEADLINES, crisis: { responseHours: 0.25, resolutionHours: 24 } },
      { staffId: '' }
    )
    const { times } = await loadComplaintReports({ range: MARCH, staffId: null }, new Date(NOW))
    // c3, the crisis, was answered in half an hour: late by the shop's quarter-hour deadline.
    expect(times.rows[2]?.values).toEqual([1, 1, 0.5, 0, 1, 20, 1])
  })
})

describe('loadSatisfactionReports', () => {
  it('averages the stored scores', async () => {
    await storeFixture()
    const reports = await loadSatisfactionReports({ range: MARCH, staffId: null })
    expect(reports.byStaff.rows.map((row) => [row.key, ...row.values])).toEqual([
      ['staff-a', 2, 4.5],
      ['staff-b', 1, 2]
    ])
    expect(reports.givenBy.total?.values).toEqual([3, 1, 11 / 3])
  })
})

describe('loadCoachingReports', () => {
  it('counts the flags of the range per person and per phrase, with the phrases’ wording', async () => {
    await seedScriptLibrary()
    const inMarch = new Date('2026-03-10T02:00:00.000Z')
    await recordPhraseHits({ complaintId: 'c1', field: 'replyDraft', ruleIds: [POLICY, BUSY] }, { staffId: 'staff-a' }, inMarch)
    await recordPhraseHits({ complaintId: 'c2', field: 'notes', ruleIds: [POLICY] }, { staffId: 'staff-b' }, inMarch)
    // The first instant of March in the shop counts; the first of April does not.
    await recordPhraseHits({ complaintId: 'c3', field: 'notes', ruleIds: [POLICY] }, { staffId: '' }, new Date('2026-02-28T16:00:00.000Z'))
    await recordPhraseHits({ complaintId: 'c4', field: 'notes', ruleIds: [POLICY] }, { staffId: 'staff-a' }, new Date('2026-03-31T16:00:00.000Z'))
    const reports = await loadCoachingReports({ range: MARCH, staffId: null })
    expect(reports.byStaff.rows.map((row) => [row.key, ...row.values])).toEqual([
      ['staff-a', 2, 2, 2 / 4],
      ['', 1, 1, 1 / 4],
      ['staff-b', 1, 1, 1 / 4]
    ])
    expect(reports.topPhrases.rows.map((row) => [row.key, ...row.values])).toEqual([
      [POLICY, 3, 3, 3 / 4],
      [BUSY, 1, 1, 1 / 4]
    ])
    expect(reports.phrases.get(POLICY)).toBe('这是公司的规定。')
    const mine = await loadCoachingReports({ range: MARCH, staffId: 'staff-a' })
    expect(mine.byStaff.total?.values).toEqual([2, 2, 1])
  })
})

describe('loadReportDashboard', () => {
  it('reads its figures off the reports’ tables', async () => {
    await storeFixture()
    const { headlines } = await loadReportDashboard({ range: MARCH, staffId: null }, new Date(NOW))
    expect(headlines).toEqual({
      received: 7,
      averageResponseHours: 7.7,
      averageResolutionHours: 35,
      openNow: 5,
      overdueNow: 2,
      topCause: 'product-defect',
      topCauseShare: 2 / 6,
      averageScore: 11 / 3,
      scored: 3,
      customerScoredShare: 2 / 3,
      flags: 0,
      topPhrase: null
    })
  })
})

describe('listStaffNames', () => {
  it('names former and deleted staff too', async () => {
    const kept = await createStaff({ name: '王芳', role: 'manager' }, { staffId: '' })
    const gone = await createStaff({ name: '李雷', role: 'clerk' }, { staffId: '' })
    await staffRepository.remove(gone.id, { staffId: '' })
    const names = await listStaffNames()
    expect(names.get(kept.id)).toBe('王芳')
    expect(names.get(gone.id)).toBe('李雷')
  })
})
