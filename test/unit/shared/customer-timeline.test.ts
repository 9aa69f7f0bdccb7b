import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '@shared/domain/audit'
import { buildCustomerTimeline, latestSatisfaction } from '@shared/domain/customer-timeline'
import { careTaskContent, complaintContent, interactionContent, stamped } from './customer-record-content'

const C = 'customer-1'

const audit = (id: string, at: string, action: AuditEntry['action'], changedFields: readonly string[], table = 'customers'): AuditEntry =>
  stamped({ at, staffId: 'clerk-1', table, recordId: C, action, changedFields }, id, at)

const NO_SOURCES = { interactions: [], complaints: [], careTasks: [], audit: [] }

describe('buildCustomerTimeline', () => {
  it('merges every kind of history newest first, ties by id', () => {
    const timeline = buildCustomerTimeline({
      interactions: [
        stamped(interactionContent(C, { kind: 'call', occurredAt: '2025-03-01T02:00:00.000Z', callOutcome: 'reached' }), 'i1'),
        stamped(interactionContent(C, { kind: 'purchase', occurredAt: '2025-05-01T02:00:00.000Z', amount: 3999 }), 'i2')
      ],
      complaints: [stamped(complaintContent(C, { receivedAt: '2025-04-01T02:00:00.000Z', number: 'TS-1', status: 'resolved' }), 'k1')],
      careTasks: [stamped(careTaskContent(C, { startAt: '2025-03-01T02:00:00.000Z', status: 'done', satisfactionScore: 5 }), 't1')],
      audit: [audit('a1', '2025-01-01T02:00:00.000Z', 'create', ['name', 'phones'])]
    })
    expect(timeline.map((entry) => [entry.kind, entry.id])).toEqual([
      ['purchase', 'i2'],
      ['complaint', 'k1'],
      ['task', 't1'],
      ['call', 'i1'],
      ['edit', 'a1']
    ])
    expect(timeline[0]).toMatchObject({ amount: 3999 })
    expect(timeline[1]).toMatchObject({ number: 'TS-1', status: 'resolved' })
    expect(timeline[2]).toMatchObject({ satisfactionScore: 5, status: 'done' })
    expect(timeline[4]).toMatchObject({ action: 'create', changedFields: [] })
  })

  it('gives the same order whatever order the records come in', () => {
    const interactions = ['i3', 'i1', 'i2'].map((id) => stamped(interactionContent(C), id))
    const forward = buildCustomerTimeline({ ...NO_SOURCES, interactions })
    const backward = buildCustomerTimeline({ ...NO_SOURCES, interactions: [...interactions].reverse() })
    expect(forward.map((entry) => entry.id)).toEqual(['i3', 'i2', 'i1'])
    expect(backward).toEqual(forward)
  })

  it('shows only tasks carried out, and a done task’s own interaction once, as the task', () => {
    const timeline = buildCustomerTimeline({
      ...NO_SOURCES,
      careTasks: [
        stamped(careTaskContent(C, { status: 'done' }), 't-done'),
        stamped(careTaskContent(C, { status: 'planned' }), 't-planned'),
        stamped(careTaskContent(C, { status: 'cancelled' }), 't-cancelled'),
        stamped(careTaskContent(C, { status: 'missed' }), 't-missed')
      ],
      interactions: [stamped(interactionContent(C, { taskId: 't-done' }), 'i-of-task'), stamped(interactionContent(C, { taskId: 't-gone' }), 'i-other')]
    })
    expect(timeline.map((entry) => entry.id).sort()).toEqual(['i-other', 't-done'])
  })

  it('leaves out deleted records', () => {
    const deleted = '2025-06-01T00:00:00.000Z'
    const timeline = buildCustomerTimeline({
      interactions: [stamped(interactionContent(C), 'i1', undefined, deleted)],
      complaints: [stamped(complaintContent(C), 'k1', undefined, deleted)],
      careTasks: [stamped(careTaskContent(C, { status: 'done' }), 't1', undefined, deleted)],
      audit: []
    })
    expect(timeline).toEqual([])
  })

  it('shows the edits a person made, without the fields the data layer derives', () => {
    const timeline = buildCustomerTimeline({
      ...NO_SOURCES,
      audit: [
        audit('a1', '2025-01-01T02:00:00.000Z', 'update', ['lastContactAt']),
        audit('a2', '2025-01-02T02:00:00.000Z', 'update', ['phones', 'searchKeys', 'phoneDigits']),
        audit('a3', '2025-01-03T02:00:00.000Z', 'delete', ['deletedAt']),
        audit('a4', '2025-01-04T02:00:00.000Z', 'update', ['customerId'], 'ownedProducts')
      ]
    })
    expect(timeline).toEqual([
      expect.objectContaining({ id: 'a4', kind: 'edit', table: 'ownedProducts', action: 'update', changedFields: ['customerId'] }),
      expect.objectContaining({ id: 'a3', action: 'delete', changedFields: ['deletedAt'], staffId: 'clerk-1' }),
      expect.objectContaining({ id: 'a2', action: 'update', changedFields: ['phones'] })
    ])
  })
})

describe('latestSatisfaction', () => {
  const NOW = new Date('2025-06-15T04:00:00.000Z')
  const followedUp = (at: string, score: number) =>
    complaintContent(C, {
      status: 'closed',
      statusHistory: [{ status: 'followed-up', at, by: 'clerk-1' }],
      satisfaction: { score, comment: '', givenBy: 'customer' }
    })

  it('is the newest score, from a complaint follow-up or a task carried out', () => {
    const complaints = [stamped(followedUp('2025-05-01T02:00:00.000Z', 2), 'k1')]
    const careTasks = [
      stamped(careTaskContent(C, { status: 'done', startAt: '2025-04-01T02:00:00.000Z', satisfactionScore: 5 }), 't1'),
      stamped(careTaskContent(C, { status: 'done', startAt: '2025-06-01T02:00:00.000Z', satisfactionScore: 4 }), 't2')
    ]
    expect(latestSatisfaction({ complaints, careTasks }, NOW)).toEqual({ score: 4, at: '2025-06-01T02:00:00.000Z', source: 'visit' })
    expect(latestSatisfaction({ complaints, careTasks: careTasks.slice(0, 1) }, NOW)).toEqual({
      score: 2,
      at: '2025-05-01T02:00:00.000Z',
      source: 'complaint'
    })
  })

  it('ignores scores after now, unscored, undone and deleted records', () => {
    const careTasks = [
      stamped(careTaskContent(C, { status: 'done', startAt: '2025-07-01T02:00:00.000Z', satisfactionScore: 5 }), 't-future'),
      stamped(careTaskContent(C, { status: 'done', satisfactionScore: null }), 't-unscored'),
      stamped(careTaskContent(C, { status: 'missed', satisfactionScore: 3 }), 't-missed'),
      stamped(careTaskContent(C, { status: 'done', satisfactionScore: 1 }), 't-deleted', undefined, '2025-06-01T00:00:00.000Z')
    ]
    expect(latestSatisfaction({ complaints: [], careTasks }, NOW)).toBeNull()
  })

  it('prefers the complaint, then the lower score, at the same instant', () => {
    const at = '2025-05-01T02:00:00.000Z'
    const complaints = [stamped(followedUp(at, 3), 'k1')]
    const careTasks = [stamped(careTaskContent(C, { status: 'done', startAt: at, satisfactionScore: 5 }), 't1')]
    expect(latestSatisfaction({ complaints, careTasks }, NOW)?.source).toBe('complaint')
    const twoTasks = [...careTasks, stamped(careTaskContent(C, { status: 'done', startAt: at, satisfactionScore: 2 }), 't2')]
    expect(latestSatisfaction({ complaints: [], careTasks: twoTasks }, NOW)?.score).toBe(2)
    expect(latestSatisfaction({ complaints: [], careTasks: [...twoTasks].reverse() }, NOW)?.score).toBe(2)
  })
})
