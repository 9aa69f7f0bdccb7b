import { describe, expect, it } from 'vitest'
import { campaignOccasionDate, campaignOccasionKey, campaignProblems, selectCampaignCustomers, type CareCampaign } from '@shared/domain/care-campaign'
import { careOccasionKey } from '@shared/domain/care-rules'
import { makeCustomer } from './customer-fixtures'
import { complaintContent, stamped } from './customer-record-content'

const springFestival: CareCampaign = {
  occasion: { kind: 'festival', festival: 'spring-festival', year: 2027 },
  segment: { tiers: ['A'], tag: null, ownerId: null },
  method: 'gift',
  contactDate: '2027-01-30',
  purpose: '春节问候'
}

describe('a seasonal campaign', () => {
  it('runs on the festival’s date that year, and shares the festival rule’s occasion key', () => {
    expect(campaignOccasionDate(springFestival.occasion)).toBe('2027-02-06')
    expect(campaignOccasionKey('c1', springFestival.occasion)).toBe(careOccasionKey.festival('c1', 'spring-festival', 2027))
    expect(campaignOccasionKey('c1', { kind: 'date', date: '2026-07-01', name: ' 车主交流会 ' })).toBe('campaign:c1:2026-07-01:车主交流会')
  })

  it('says what keeps it from running', () => {
    expect(campaignProblems(springFestival, '2027-01-10')).toEqual([])
    expect(campaignProblems({ ...springFestival, segment: { tiers: [], tag: null, ownerId: null }, contactDate: '2027-01-01', purpose: ' ' }, '2027-01-10')).toEqual([
      'no-tier',
      'contact-date-past',
      'purpose-required'
    ])
    expect(campaignProblems({ ...springFestival, occasion: { kind: 'festival', festival: 'spring-festival', year: 2200 } }, '2027-01-10')).toEqual([
      'festival-year-out-of-range'
    ])
    expect(campaignProblems({ ...springFestival, occasion: { kind: 'date', date: '', name: '' }, contactDate: 'x' }, '2027-01-10')).toEqual([
      'contact-date-invalid',
      'name-required',
      'occasion-date-invalid'
    ])
  })

  it('takes the segment’s current customers, skipping those planned already, without consent or with an open complaint', () => {
    const customers = [
      makeCustomer({ id: 'a1', tier: 'A' }),
      makeCustomer({ id: 'a2', tier: 'A' }),
      makeCustomer({ id: 'a3', tier: 'A', contactConsent: false }),
      makeCustomer({ id: 'a4', tier: 'A' }),
      makeCustomer({ id: 'a5', tier: 'A', deletedAt: '2026-01-01T00:00:00.000Z' }),
      makeCustomer({ id: 'b1', tier: 'B' })
    ]
    const planned = new Set([campaignOccasionKey('a2', springFestival.occasion)])
    const complaints = [stamped(complaintContent('a4', { status: 'in-progress' }), 'k1'), stamped(complaintContent('a1', { status: 'closed' }), 'k2')]
    const { targets, skipped } = selectCampaignCustomers(customers, springFestival, planned, complaints)
    expect(targets.map((target) => [target.customer.id, target.occasionKey])).toEqual([['a1', 'festival:a1:spring-festival:2027']])
    expect(skipped).toEqual({ alreadyPlanned: 1, noConsent: 1, openComplaint: 1 })
  })

  it('narrows the segment by tag and owner', () => {
    const customers = [
      makeCustomer({ id: 'x', tier: 'B', tags: ['老客户'], ownerId: 's1' }),
      makeCustomer({ id: 'y', tier: 'B', tags: ['老客户'], ownerId: 's2' }),
      makeCustomer({ id: 'z', tier: 'B', tags: [], ownerId: 's1' })
    ]
    const campaign = { ...springFestival, segment: { tiers: ['A', 'B'] as const, tag: '老客户', ownerId: 's1' } }
    expect(selectCampaignCustomers(customers, campaign, new Set(), []).targets.map((target) => target.customer.id)).toEqual(['x'])
  })
})
