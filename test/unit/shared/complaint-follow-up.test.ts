import { describe, expect, it } from 'vitest'
import {
  completedFollowUpCall,
  complaintFollowUpKey,
  followUpCallStart,
  plannedFollowUpCall
} from '@shared/domain/complaint-follow-up'
import { careTaskContent } from './customer-record-content'

const NOW = '2025-06-15T04:00:00.000Z'

describe('the follow-up call', () => {
  it('starts at 10:00 shop time on the follow-up date, else three shop days after now', () => {
    expect(followUpCallStart({ followUpDate: '2025-06-20' }, new Date(NOW))).toBe('2025-06-20T02:00:00.000Z')
    expect(followUpCallStart({ followUpDate: null }, new Date(NOW))).toBe('2025-06-18T02:00:00.000Z')
    // 23:30 on the 15th in Shanghai is still the 15th there: three days on is the 18th.
    expect(followUpCallStart({ followUpDate: null }, new Date('2025-06-15T15:30:00.000Z'))).toBe('2025-06-18T02:00:00.000Z')
    expect(followUpCallStart({ followUpDate: null }, new Date(NOW), 'UTC')).toBe('2025-06-18T10:00:00.000Z')
  })

  it('is a planned call named by the complaint number and keyed to the complaint', () => {
    const complaint = { id: 'k1', number: 'TS-20250615-0001-7K3F', customerId: 'c1' }
    expect(plannedFollowUpCall(complaint, { startAt: NOW, staffId: 's1' })).toEqual(
      careTaskContent('c1', {
        purpose: 'TS-20250615-0001-7K3F',
        startAt: NOW,
        staffId: 's1',
        occasionKey: complaintFollowUpKey('k1'),
        complaintId: 'k1'
      })
    )
  })

  it('planned anew over an earlier call, keeps its notes, length and reschedules but not its outcome', () => {
    const earlier = careTaskContent('c1', {
      status: 'done',
      durationMinutes: 45,
      notes: '客户说下午方便',
      outcome: '不满意',
      satisfactionScore: 2,
      rescheduleHistory: [{ from: NOW, to: NOW, reason: '客户出差', at: NOW }]
    })
    const replanned = plannedFollowUpCall({ id: 'k1', number: 'TS-20250615-0001-7K3F', customerId: 'c1' }, { startAt: NOW, staffId: null }, earlier)
    expect(replanned).toMatchObject({ status: 'planned', outcome: '', satisfactionScore: null, durationMinutes: 45, notes: '客户说下午方便' })
    expect(replanned.rescheduleHistory).toEqual(earlier.rescheduleHistory)
  })

  it('once made, is done with the score and what the customer said', () => {
    const call = careTaskContent('c1', { staffId: 's1' })
    expect(completedFollowUpCall(call, { score: 5, comment: '很满意' })).toEqual({ ...call, status: 'done', satisfactionScore: 5, outcome: '很满意' })
  })
})
