import { describe, expect, it } from 'vitest'
import { DEFAULT_COMPLAINT_DEADLINES } from '@shared/domain/complaint-deadlines'
import { deadlineOutcome, lateness, pendingDeadline } from '@renderer/features/complaints/complaint-list-deadline'

const received = '2026-03-02T02:00:00.000Z'
const complaint = (patch: Partial<Parameters<typeof pendingDeadline>[0]> = {}) => ({
  receivedAt: received,
  severity: 'ordinary' as const,
  status: 'new' as const,
  firstResponseAt: null,
  ...patch
})
const hoursAfter = (hours: number): string => new Date(Date.parse(received) + hours * 3_600_000).toISOString()

describe('the deadline a complaint is waiting on', () => {
  it('is the response until somebody responds, on time up to the deadline itself', () => {
    expect(pendingDeadline(complaint(), DEFAULT_COMPLAINT_DEADLINES, hoursAfter(1))).toEqual({
      kind: 'response',
      due: hoursAfter(24),
      overdue: false
    })
    expect(pendingDeadline(complaint(), DEFAULT_COMPLAINT_DEADLINES, hoursAfter(24))?.overdue).toBe(false)
    expect(pendingDeadline(complaint(), DEFAULT_COMPLAINT_DEADLINES, hoursAfter(25))).toMatchObject({ kind: 'response', overdue: true })
  })

  it('is the resolution once responded, by severity', () => {
    const started = complaint({ status: 'in-progress', firstResponseAt: hoursAfter(0.5), severity: 'crisis' })
    expect(pendingDeadline(started, DEFAULT_COMPLAINT_DEADLINES, hoursAfter(2))).toEqual({
      kind: 'resolution',
      due: hoursAfter(24),
      overdue: false
    })
    expect(pendingDeadline(started, DEFAULT_COMPLAINT_DEADLINES, hoursAfter(30))?.overdue).toBe(true)
  })

  it('is nothing once resolved, however long ago it came in', () => {
    for (const status of ['resolved', 'followed-up', 'closed'] as const) {
      expect(pendingDeadline(complaint({ status, firstResponseAt: hoursAfter(1) }), DEFAULT_COMPLAINT_DEADLINES, hoursAfter(9999))).toBeNull()
    }
  })

  it('follows the shop’s own deadlines', () => {
    const slow = { ...DEFAULT_COMPLAINT_DEADLINES, ordinary: { responseHours: 48, resolutionHours: 240 } }
    expect(pendingDeadline(complaint(), slow, hoursAfter(30))).toMatchObject({ due: hoursAfter(48), overdue: false })
  })
})

describe('how late, in words a clerk reads at a glance', () => {
  it('counts hours, rounded up, for the first two days', () => {
    expect(lateness(0.01)).toEqual({ unit: 'hour', count: 1 })
    expect(lateness(5.2)).toEqual({ unit: 'hour', count: 6 })
    expect(lateness(47.9)).toEqual({ unit: 'hour', count: 48 })
  })

  it('counts whole days after that', () => {
    expect(lateness(48)).toEqual({ unit: 'day', count: 2 })
    expect(lateness(24 * 124 + 5)).toEqual({ unit: 'day', count: 124 })
  })
})

describe('whether a deadline was kept', () => {
  const due = hoursAfter(24)
  it('is met when done by the deadline (exactly at it counts), missed when done after', () => {
    expect(deadlineOutcome(due, hoursAfter(3), hoursAfter(100))).toBe('met')
    expect(deadlineOutcome(due, due, hoursAfter(100))).toBe('met')
    expect(deadlineOutcome(due, hoursAfter(30), hoursAfter(100))).toBe('missed')
  })

  it('is pending until the deadline, overdue after it, while not done', () => {
    expect(deadlineOutcome(due, null, hoursAfter(10))).toBe('pending')
    expect(deadlineOutcome(due, null, due)).toBe('pending')
    expect(deadlineOutcome(due, null, hoursAfter(25))).toBe('overdue')
  })
})
