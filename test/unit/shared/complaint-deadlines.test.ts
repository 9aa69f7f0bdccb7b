import { describe, expect, it } from 'vitest'
import type { Complaint, ComplaintSeverity, ComplaintStatus } from '@shared/domain/complaint'
import {
  complaintDeadlines,
  DEFAULT_COMPLAINT_DEADLINES,
  isValidComplaintDeadlines,
  overdueState,
  resolutionHours,
  responseHours
} from '@shared/domain/complaint-deadlines'

const RECEIVED_AT = '2026-11-22T09:00:00.000Z'
const HOUR_MS = 3_600_000
const hoursLater = (hours: number, extraMs = 0): string => new Date(Date.parse(RECEIVED_AT) + hours * HOUR_MS + extraMs).toISOString()

const complaint = (
  severity: ComplaintSeverity,
  status: ComplaintStatus = 'new',
  firstResponseAt: string | null = null
): Pick<Complaint, 'receivedAt' | 'severity' | 'status' | 'firstResponseAt'> => ({
  receivedAt: RECEIVED_AT,
  severity,
  status,
  firstResponseAt
})

const NOT_OVERDUE = { responseOverdue: false, resolutionOverdue: false, overdue: false, hoursOverdue: 0 }

describe('complaintDeadlines', () => {
  it('counts each severity’s hours from receipt', () => {
    expect(complaintDeadlines(complaint('ordinary'), DEFAULT_COMPLAINT_DEADLINES)).toEqual({
      respondBy: '2026-11-23T09:00:00.000Z',
      resolveBy: '2026-11-29T09:00:00.000Z'
    })
    expect(complaintDeadlines(complaint('serious'), DEFAULT_COMPLAINT_DEADLINES)).toEqual({
      respondBy: '2026-11-22T13:00:00.000Z',
      resolveBy: '2026-11-25T09:00:00.000Z'
    })
    expect(complaintDeadlines(complaint('crisis'), DEFAULT_COMPLAINT_DEADLINES)).toEqual({
      respondBy: '2026-11-22T10:00:00.000Z',
      resolveBy: '2026-11-23T09:00:00.000Z'
    })
  })

  it('takes the shop’s own deadlines, fractions of an hour included', () => {
    const deadlines = { ...DEFAULT_COMPLAINT_DEADLINES, crisis: { responseHours: 0.5, resolutionHours: 8 } }
    expect(complaintDeadlines(complaint('crisis'), deadlines)).toEqual({
      respondBy: '2026-11-22T09:30:00.000Z',
      resolveBy: '2026-11-22T17:00:00.000Z'
    })
  })

  it('reads a receipt time written with an offset', () => {
    const received = { receivedAt: '2026-11-22T17:00:00+08:00', severity: 'crisis' } as const
    expect(complaintDeadlines(received, DEFAULT_COMPLAINT_DEADLINES).respondBy).toBe('2026-11-22T10:00:00.000Z')
  })
})

describe('overdueState', () => {
  const state = (subject: ReturnType<typeof complaint>, hours: number, extraMs = 0) =>
    overdueState(subject, DEFAULT_COMPLAINT_DEADLINES, hoursLater(hours, extraMs))

  it('is on time up to and exactly at each deadline, late a millisecond after', () => {
    const cases: readonly [ComplaintSeverity, number, number][] = [
      ['ordinary', 24, 168],
      ['serious', 4, 72],
      ['crisis', 1, 24]
    ]
    for (const [severity, respondWithin, resolveWithin] of cases) {
      expect(state(complaint(severity), respondWithin), severity).toEqual(NOT_OVERDUE)
      expect(state(complaint(severity), respondWithin, 1), severity).toEqual({
        responseOverdue: true,
        resolutionOverdue: false,
        overdue: true,
        hoursOverdue: 1 / HOUR_MS
      })
      const responded = complaint(severity, 'in-progress', hoursLater(0.5))
      expect(state(responded, resolveWithin), severity).toEqual(NOT_OVERDUE)
      expect(state(responded, resolveWithin, 1).resolutionOverdue, severity).toBe(true)
      expect(state(responded, resolveWithin + 2), severity).toEqual({
        responseOverdue: false,
        resolutionOverdue: true,
        overdue: true,
        hoursOverdue: 2
      })
    }
  })

  it('counts the hours from the earliest missed deadline when both are missed', () => {
    expect(state(complaint('crisis'), 30)).toEqual({ responseOverdue: true, resolutionOverdue: true, overdue: true, hoursOverdue: 29 })
  })

  it('no longer holds a late response against a complaint someone has answered', () => {
    const answeredLate = complaint('serious', 'in-progress', hoursLater(10))
    expect(state(answeredLate, 11)).toEqual(NOT_OVERDUE)
  })

  it('no longer holds the resolution deadline against a resolved, followed-up or closed complaint', () => {
    for (const status of ['resolved', 'followed-up', 'closed'] as const) {
      expect(state(complaint('crisis', status, hoursLater(0.5)), 1000), status).toEqual(NOT_OVERDUE)
    }
  })

  it('holds it again against a reopened one', () => {
    expect(state(complaint('crisis', 'in-progress', hoursLater(0.5)), 25).resolutionOverdue).toBe(true)
  })

  it('refuses an unreadable instant rather than guess', () => {
    expect(() => overdueState(complaint('ordinary'), DEFAULT_COMPLAINT_DEADLINES, 'yesterday')).toThrow(RangeError)
  })
})

describe('isValidComplaintDeadlines', () => {
  it('accepts the defaults and the shop’s own positive hours', () => {
    expect(isValidComplaintDeadlines(DEFAULT_COMPLAINT_DEADLINES)).toBe(true)
    expect(isValidComplaintDeadlines(JSON.parse(JSON.stringify(DEFAULT_COMPLAINT_DEADLINES)))).toBe(true)
    const same = { responseHours: 2, resolutionHours: 2 }
    const quarterHour = { responseHours: 0.25, resolutionHours: 2.5 }
    expect(isValidComplaintDeadlines({ ordinary: same, serious: same, crisis: quarterHour })).toBe(true)
  })

  it('rejects anything else', () => {
    const { ordinary, serious } = DEFAULT_COMPLAINT_DEADLINES
    const rejected: readonly unknown[] = [
      null,
      undefined,
      24,
      'ordinary',
      [],
      {},
      { ordinary, serious },
      { ordinary, serious, crisis: null },
      { ordinary, serious, crisis: { responseHours: 1 } },
      { ordinary, serious, crisis: { responseHours: '1', resolutionHours: 24 } },
      { ordinary, serious, crisis: { responseHours: 0, resolutionHours: 24 } },
      { ordinary, serious, crisis: { responseHours: -1, resolutionHours: 24 } },
      { ordinary, serious, crisis: { responseHours: 1, resolutionHours: Number.POSITIVE_INFINITY } },
      { ordinary, serious, crisis: { responseHours: Number.NaN, resolutionHours: 24 } },
      { ordinary, serious, crisis: { responseHours: 48, resolutionHours: 24 } }
    ]
    for (const value of rejected) expect(isValidComplaintDeadlines(value), JSON.stringify(value)).toBe(false)
  })
})

describe('responseHours and resolutionHours', () => {
  it('measure from receipt, in hours', () => {
    const handled = { receivedAt: RECEIVED_AT, firstResponseAt: hoursLater(0.25), resolvedAt: hoursLater(50) }
    expect(responseHours(handled)).toBe(0.25)
    expect(resolutionHours(handled)).toBe(50)
  })

  it('are null until it happens', () => {
    const waiting = { receivedAt: RECEIVED_AT, firstResponseAt: null, resolvedAt: null }
    expect(responseHours(waiting)).toBeNull()
    expect(resolutionHours(waiting)).toBeNull()
  })
})
