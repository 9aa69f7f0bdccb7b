import { describe, expect, it } from 'vitest'
import { DEFAULT_COMPLAINT_DEADLINES } from '@shared/domain/complaint-deadlines'
import { flagsByStaff, topPhrases } from '@shared/domain/report-coaching'
import { complaintsInScope, complaintTimes, openComplaintsByAge, rootCausePareto } from '@shared/domain/report-complaints'
import { reportHeadlines } from '@shared/domain/report-headlines'
import { reportRangeSpan } from '@shared/domain/report-range'
import { satisfactionGivenBy } from '@shared/domain/report-satisfaction'
import { FIXTURE, MARCH, NOW } from './report-fixtures'

describe('reportHeadlines', () => {
  it('reads each figure off its report’s table', () => {
    const march = complaintsInScope(FIXTURE, { span: reportRangeSpan(MARCH), staffId: null })
    const flags = [{ staffId: 'staff-a', total: 2, byRule: [{ ruleId: 'r2', count: 2 }] }]
    expect(
      reportHeadlines({
        times: complaintTimes(march, DEFAULT_COMPLAINT_DEADLINES),
        open: openComplaintsByAge(march, DEFAULT_COMPLAINT_DEADLINES, NOW),
        causes: rootCausePareto(march).table,
        givenBy: satisfactionGivenBy(march),
        flags: flagsByStaff(flags),
        phrases: topPhrases(flags)
      })
    ).toEqual({
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
      flags: 2,
      topPhrase: 'r2'
    })
  })

  it('has zeros and no averages for an empty period', () => {
    expect(
      reportHeadlines({
        times: complaintTimes([], DEFAULT_COMPLAINT_DEADLINES),
        open: openComplaintsByAge([], DEFAULT_COMPLAINT_DEADLINES, NOW),
        causes: rootCausePareto([]).table,
        givenBy: satisfactionGivenBy([]),
        flags: flagsByStaff([]),
        phrases: topPhrases([])
      })
    ).toEqual({
      received: 0,
      averageResponseHours: null,
      averageResolutionHours: null,
      openNow: 0,
      overdueNow: 0,
      topCause: null,
      topCauseShare: null,
      averageScore: null,
      scored: 0,
      customerScoredShare: null,
      flags: 0,
      topPhrase: null
    })
  })
})
