import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  RESOLUTION_KINDS,
  type Complaint,
  type ComplaintStatus
} from '@shared/domain/complaint'
import {
  CLOSE_CHECKLIST,
  transitionComplaint,
  type ComplaintAction,
  type ComplaintTransition,
  type TransitionContext
} from '@shared/domain/complaint-lifecycle'
import { complaintContent } from './customer-record-content'

const RECEIVED_AT = '2026-11-22T09:00:00.000Z'

function makeComplaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: 'k1',
    createdAt: RECEIVED_AT,
    updatedAt: RECEIVED_AT,
    updatedBy: 'clerk-1',
    deviceId: 'device-1',
    clock: '1795338000000-0000-device-1',
    fieldClocks: {},
    deletedAt: null,
    ...complaintContent('c1', {
      number: 'TS-20261122-0001-7K3F',
      statusHistory: [{ status: 'new', at: RECEIVED_AT, by: 'clerk-1' }],
      receivedAt: RECEIVED_AT
    }),
    ...overrides
  }
}

/** Freezes every nested object, so that any mutation inside the code under test throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const nested of Object.values(value)) deepFreeze(nested)
  }
  return value
}

const at = (minutes: number): string => new Date(Date.parse(RECEIVED_AT) + minutes * 60_000).toISOString()
const context = (minutes: number, staffId = 'clerk-2'): TransitionContext => ({ now: at(minutes), staffId })

const START: ComplaintAction = { type: 'start' }
const RESOLVE: ComplaintAction = { type: 'resolve', resolution: { kind: 'replacement', detail: '换新机', accepted: true } }
const ESCALATE: ComplaintAction = { type: 'escalate', supervisorId: 'manager-1', reason: '客户要求见店长' }
const FOLLOW_UP: ComplaintAction = { type: 'record-follow-up', score: 4, comment: '满意', givenBy: 'customer' }
const CLOSE: ComplaintAction = { type: 'close', reason: '客户认可处理结果', checklist: CLOSE_CHECKLIST }
const REOPEN: ComplaintAction = { type: 'reopen', reason: '换的新机又坏了' }

function complaintOf(result: ComplaintTransition): Complaint {
  if (!result.ok) throw new Error(`Expected the transition to succeed, got ${result.error}`)
  return result.complaint
}

/** Applies actions one after another, a minute apart, failing loudly on any refusal. */
function applyAll(complaint: Complaint, actions: readonly ComplaintAction[]): Complaint {
  return actions.reduce((current, action, index) => complaintOf(transitionComplaint(current, action, context(index + 1))), complaint)
}

const inStatus = (status: ComplaintStatus, overrides: Partial<Complaint> = {}): Complaint => {
  const path: Record<ComplaintStatus, readonly ComplaintAction[]> = {
    new: [],
    'in-progress': [START],
    resolved: [START, RESOLVE],
    'followed-up': [START, RESOLVE, FOLLOW_UP],
    closed: [START, RESOLVE, FOLLOW_UP, CLOSE]
  }
  return applyAll(makeComplaint(overrides), path[status])
}

describe('transitionComplaint: the straight path', () => {
  it('walks new → in-progress → resolved → followed-up → closed, stamping each step', () => {
    const closed = applyAll(makeComplaint(), [START, RESOLVE, FOLLOW_UP, CLOSE])
    expect(closed.status).toBe('closed')
    expect(closed.statusHistory).toEqual([
      { status: 'new', at: RECEIVED_AT, by: 'clerk-1' },
      { status: 'in-progress', at: at(1), by: 'clerk-2' },
      { status: 'resolved', at: at(2), by: 'clerk-2' },
      { status: 'followed-up', at: at(3), by: 'clerk-2' },
      { status: 'closed', at: at(4), by: 'clerk-2' }
    ])
    expect(closed.firstResponseAt).toBe(at(1))
    expect(closed.resolvedAt).toBe(at(2))
    expect(closed.closedAt).toBe(at(4))
    expect(closed.resolution).toEqual({ kind: 'replacement', detail: '换新机', accepted: true })
    expect(closed.satisfaction).toEqual({ score: 4, comment: '满意', givenBy: 'customer' })
    expect(closed.closeReason).toBe('客户认可处理结果')
    expect(closed.closeChecklist).toEqual(CLOSE_CHECKLIST)
  })

  it('makes the first responder the handler unless one was assigned, and keeps an earlier first response', () => {
    expect(inStatus('in-progress').handlerId).toBe('clerk-2')
    const assigned = inStatus('in-progress', { handlerId: 'manager-1', firstResponseAt: at(-5) })
    expect(assigned.handlerId).toBe('manager-1')
    expect(assigned.firstResponseAt).toBe(at(-5))
  })

  it('never skips a status', () => {
    const refusals: readonly [ComplaintStatus, ComplaintAction][] = [
      ['new', RESOLVE],
      ['new', FOLLOW_UP],
      ['new', CLOSE],
      ['new', REOPEN],
      ['in-progress', START],
      ['in-progress', FOLLOW_UP],
      ['in-progress', CLOSE],
      ['in-progress', REOPEN],
      ['resolved', START],
      ['resolved', RESOLVE],
      ['followed-up', RESOLVE],
      ['followed-up', FOLLOW_UP],
      ['followed-up', START],
      ['closed', START],
      ['closed', RESOLVE],
      ['closed', FOLLOW_UP],
      ['closed', CLOSE],
      ['closed', REOPEN],
      ['closed', ESCALATE]
    ]
    for (const [status, action] of refusals) {
      expect(transitionComplaint(inStatus(status), action, context(60)), `${action.type} from ${status}`).toEqual({
        ok: false,
        error: 'not-allowed-from-status'
      })
    }
  })
})

describe('transitionComplaint: resolving', () => {
  const resolve = (resolution: Complaint['resolution']): ComplaintAction => ({ type: 'resolve', resolution })

  it('needs a kind of resolution the customer accepted', () => {
    const open = inStatus('in-progress')
    expect(transitionComplaint(open, resolve({ kind: null, detail: '', accepted: true }), context(9))).toEqual({
      ok: false,
      error: 'resolution-required'
    })
    for (const accepted of [null, false]) {
      expect(transitionComplaint(open, resolve({ kind: 'refund', detail: '', accepted }), context(9))).toEqual({
        ok: false,
        error: 'resolution-not-accepted'
      })
    }
  })

  it('needs a supervisor and a reason on serious complaints and crises, not ordinary ones', () => {
    for (const severity of COMPLAINT_SEVERITIES) {
      const open = inStatus('in-progress', { severity })
      const result = transitionComplaint(open, RESOLVE, context(9))
      if (severity === 'ordinary') expect(result.ok).toBe(true)
      else expect(result).toEqual({ ok: false, error: 'escalation-required' })
      const escalated = complaintOf(transitionComplaint(open, ESCALATE, context(8)))
      expect(transitionComplaint(escalated, RESOLVE, context(9)).ok, severity).toBe(true)
    }
  })

  it('does not count an escalation without a reason or a supervisor', () => {
    const halfEscalated: readonly Complaint['escalation'][] = [
      { supervisorId: 'manager-1', reason: '  ', at: at(0) },
      { supervisorId: null, reason: '店长介入', at: at(0) },
      { supervisorId: ' ', reason: '店长介入', at: at(0) }
    ]
    for (const escalation of halfEscalated) {
      const open = inStatus('in-progress', { severity: 'crisis', escalation })
      expect(transitionComplaint(open, RESOLVE, context(9))).toEqual({ ok: false, error: 'escalation-required' })
    }
  })
})

describe('transitionComplaint: escalating', () => {
  it('records the supervisor, the reason and when, without changing the status', () => {
    const escalated = complaintOf(transitionComplaint(makeComplaint(), { ...ESCALATE, reason: ' 客户情绪激动 ' }, context(3)))
    expect(escalated.status).toBe('new')
    expect(escalated.statusHistory).toHaveLength(1)
    expect(escalated.escalation).toEqual({ supervisorId: 'manager-1', reason: '客户情绪激动', at: at(3) })
  })

  it('is allowed at every open status', () => {
    for (const status of ['new', 'in-progress', 'resolved', 'followed-up'] as const) {
      expect(transitionComplaint(inStatus(status), ESCALATE, context(60)).ok, status).toBe(true)
    }
  })

  it('needs a supervisor and a reason', () => {
    const open = inStatus('in-progress')
    expect(transitionComplaint(open, { ...ESCALATE, supervisorId: '' }, context(9))).toEqual({
      ok: false,
      error: 'supervisor-required'
    })
    expect(transitionComplaint(open, { ...ESCALATE, reason: ' \n' }, context(9))).toEqual({
      ok: false,
      error: 'escalation-reason-required'
    })
  })
})

describe('transitionComplaint: follow-up', () => {
  const followUp = (score: number): ComplaintAction => ({ ...FOLLOW_UP, score })

  it('takes whole scores from 1 to 5 and nothing else', () => {
    const resolved = inStatus('resolved')
    for (const score of [1, 5]) expect(transitionComplaint(resolved, followUp(score), context(60)).ok, String(score)).toBe(true)
    for (const score of [0, 6, -1, 3.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(transitionComplaint(resolved, followUp(score), context(60)), String(score)).toEqual({
        ok: false,
        error: 'score-out-of-range'
      })
    }
  })

  it('records who gave the score', () => {
    const followedUp = complaintOf(transitionComplaint(inStatus('resolved'), { ...FOLLOW_UP, givenBy: 'clerk' }, context(60)))
    expect(followedUp.satisfaction.givenBy).toBe('clerk')
  })
})

describe('transitionComplaint: closing', () => {
  it('needs a reason', () => {
    for (const reason of ['', '   ']) {
      expect(transitionComplaint(inStatus('followed-up'), { ...CLOSE, reason }, context(60))).toEqual({
        ok: false,
        error: 'close-reason-required'
      })
    }
  })

  it('needs every item of the checklist', () => {
    const missingOne = CLOSE_CHECKLIST.map((left) => CLOSE_CHECKLIST.filter((item) => item !== left))
    for (const checklist of [[], ...missingOne, ['decision-recorded', 'decision-recorded', 'actions-noted']]) {
      expect(transitionComplaint(inStatus('followed-up'), { ...CLOSE, checklist }, context(60))).toEqual({
        ok: false,
        error: 'checklist-incomplete'
      })
    }
    const reordered = ['actions-noted', 'customer-informed', 'decision-recorded']
    expect(transitionComplaint(inStatus('followed-up'), { ...CLOSE, checklist: reordered }, context(60)).ok).toBe(true)
  })

  it('closes straight from resolved when the customer could not be reached, leaving no score', () => {
    const closed = complaintOf(transitionComplaint(inStatus('resolved'), { ...CLOSE, reason: '三次回访未接通' }, context(60)))
    expect(closed.status).toBe('closed')
    expect(closed.satisfaction.score).toBeNull()
    expect(closed.statusHistory.map((change) => change.status)).toEqual(['new', 'in-progress', 'resolved', 'closed'])
  })
})

describe('transitionComplaint: reopening', () => {
  it('goes back to in progress from resolved or followed up, noting why in the history', () => {
    for (const status of ['resolved', 'followed-up'] as const) {
      const reopened = complaintOf(transitionComplaint(inStatus(status), { ...REOPEN, reason: ' 又坏了 ' }, context(60, 'clerk-3')))
      expect(reopened.status).toBe('in-progress')
      expect(reopened.statusHistory.at(-1)).toEqual({ status: 'in-progress', at: at(60), by: 'clerk-3', reason: '又坏了' })
    }
  })

  it('asks for the resolution to be accepted again and forgets the old score', () => {
    const reopened = complaintOf(transitionComplaint(inStatus('followed-up'), REOPEN, context(60)))
    expect(reopened.resolvedAt).toBeNull()
    expect(reopened.resolution).toEqual({ kind: 'replacement', detail: '换新机', accepted: null })
    expect(reopened.satisfaction).toEqual({ score: null, comment: '', givenBy: null })
    expect(reopened.firstResponseAt).toBe(at(1))
    expect(transitionComplaint(reopened, { type: 'resolve', resolution: reopened.resolution }, context(61))).toEqual({
      ok: false,
      error: 'resolution-not-accepted'
    })
    const resolvedAgain = complaintOf(transitionComplaint(reopened, RESOLVE, context(90)))
    expect(resolvedAgain.resolvedAt).toBe(at(90))
  })

  it('needs a reason', () => {
    expect(transitionComplaint(inStatus('resolved'), { ...REOPEN, reason: ' ' }, context(60))).toEqual({
      ok: false,
      error: 'reopen-reason-required'
    })
  })
})

const ACTION_TYPES = ['start', 'resolve', 'escalate', 'record-follow-up', 'close', 'reopen'] as const

/** Actions as a clerk might try them: mostly valid, sometimes missing a reason, a checklist item or a sane score. */
const actionArbitrary: fc.Arbitrary<ComplaintAction> = fc.oneof(
  fc.constant(START),
  fc.record({
    type: fc.constant('resolve'),
    resolution: fc.record({
      kind: fc.constantFrom(null, ...RESOLUTION_KINDS),
      detail: fc.constantFrom('', '换新机'),
      accepted: fc.constantFrom(null, false, true, true, true)
    })
  }),
  fc.record({
    type: fc.constant('escalate'),
    supervisorId: fc.constantFrom('', 'manager-1'),
    reason: fc.constantFrom('', ' ', '店长介入')
  }),
  fc.record({
    type: fc.constant('record-follow-up'),
    score: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -2, max: 8 }), fc.double()),
    comment: fc.string(),
    givenBy: fc.constantFrom('customer', 'clerk')
  }),
  fc.record({
    type: fc.constant('close'),
    reason: fc.constantFrom('', '客户认可'),
    checklist: fc.oneof(fc.constant(CLOSE_CHECKLIST), fc.subarray([...CLOSE_CHECKLIST]))
  }),
  fc.record({ type: fc.constant('reopen'), reason: fc.constantFrom('', '又坏了') })
)

/** Status pairs the lifecycle allows, written out here rather than read from the code under test. */
const ALLOWED_STEPS = new Set([
  'new→in-progress',
  'in-progress→resolved',
  'resolved→followed-up',
  'resolved→closed',
  'followed-up→closed',
  'resolved→in-progress',
  'followed-up→in-progress'
])

describe('transitionComplaint: any sequence of actions', () => {
  const stepsArbitrary = fc.array(fc.tuple(actionArbitrary, fc.nat({ max: 3 * 24 * 60 }), fc.constantFrom('clerk-1', 'clerk-2')), {
    maxLength: 30
  })

  it('moves only along allowed transitions, in time order, and never touches its input', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMPLAINT_SEVERITIES), stepsArbitrary, (severity, steps) => {
        let complaint = deepFreeze(makeComplaint({ severity }))
        let minutes = 0
        for (const [action, gap, staffId] of steps) {
          minutes += gap
          const before = structuredClone(complaint)
          const result = transitionComplaint(complaint, deepFreeze(action), context(minutes, staffId))
          expect(complaint).toEqual(before)
          if (!result.ok) continue
          const next = result.complaint
          const added = next.statusHistory.length - complaint.statusHistory.length
          expect(added).toBe(action.type === 'escalate' ? 0 : 1)
          expect(next.statusHistory.slice(0, complaint.statusHistory.length)).toEqual(complaint.statusHistory)
          expect(next.statusHistory.at(-1)?.status).toBe(next.status)
          if (action.type === 'resolve' && severity !== 'ordinary') expect(complaint.escalation.supervisorId).not.toBeNull()
          complaint = deepFreeze(next)
        }
        const history = complaint.statusHistory
        for (let index = 1; index < history.length; index++) {
          const [previous, current] = [history[index - 1], history[index]]
          expect(ALLOWED_STEPS.has(`${previous?.status}→${current?.status}`)).toBe(true)
          expect(Date.parse(current?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(previous?.at ?? ''))
        }
      })
    )
  })

  it('reaches every status and uses every action somewhere', () => {
    // Guards the property above against an arbitrary too weak to get past the first steps.
    const seen = new Set<string>()
    for (const steps of fc.sample(fc.array(actionArbitrary, { maxLength: 30 }), { numRuns: 300, seed: 1 })) {
      let complaint = makeComplaint()
      for (const action of steps) {
        const result = transitionComplaint(complaint, action, context(0))
        if (!result.ok) continue
        complaint = result.complaint
        seen.add(action.type)
      }
      for (const change of complaint.statusHistory) seen.add(change.status)
    }
    expect([...seen].sort()).toEqual([...ACTION_TYPES, ...COMPLAINT_STATUSES].sort())
  })
})
