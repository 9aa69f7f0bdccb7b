import { describe, expect, it } from 'vitest'
import type { Complaint, ComplaintStatus } from '@shared/domain/complaint'
import { intakeDraftError, openedComplaint, withDismissedFlag } from '@shared/domain/complaint-intake'
import { transitionComplaint } from '@shared/domain/complaint-lifecycle'
import { complaintContent, stamped } from './customer-record-content'

const NOW = '2025-06-15T04:00:00.000Z'

const complaintIn = (status: ComplaintStatus, overrides: Partial<Complaint> = {}): Complaint =>
  stamped(complaintContent('c1', { status, resolution: { kind: 'repair', detail: '上门重修', accepted: true }, ...overrides }), 'k1')

describe('openedComplaint', () => {
  it('is a new complaint received now, with nothing decided yet', () => {
    const opened = openedComplaint({ customerId: 'c1', customerWords: '修完又坏了' }, { number: 'TS-20250615-0001-7K3F', now: NOW, staffId: 'clerk-1' })
    expect(opened).toEqual(
      complaintContent('c1', {
        number: 'TS-20250615-0001-7K3F',
        statusHistory: [{ status: 'new', at: NOW, by: 'clerk-1' }],
        receivedAt: NOW,
        customerWords: '修完又坏了',
        desiredRemedy: '',
        category: ''
      })
    )
  })

  it('takes the category, severity and product the clerk already knows, and the lifecycle starts from it', () => {
    const opened = openedComplaint(
      { customerId: 'c1', category: 'parts-quality', severity: 'crisis', productId: 'p1' },
      { number: 'TS-20250615-0002-7K3F', now: NOW, staffId: 'clerk-1' }
    )
    expect(opened).toMatchObject({ category: 'parts-quality', severity: 'crisis', productId: 'p1', status: 'new', handlerId: null })
    expect(transitionComplaint(stamped(opened, 'k1'), { type: 'start' }, { now: NOW, staffId: 'clerk-2' }).ok).toBe(true)
  })
})

describe('intakeDraftError', () => {
  it('lets anything but the status change while the complaint is being worked on', () => {
    for (const status of ['new', 'in-progress'] as const) {
      expect(
        intakeDraftError(complaintIn(status), { severity: 'crisis', resolution: { kind: 'refund', accepted: false }, followUpDate: '2025-06-20' })
      ).toBeNull()
    }
  })

  it('settles the resolution and the severity once resolved, but not the notes', () => {
    for (const status of ['resolved', 'followed-up'] as const) {
      const complaint = complaintIn(status)
      expect(intakeDraftError(complaint, { severity: 'serious' })).toBe('settled-by-resolution')
      expect(intakeDraftError(complaint, { resolution: { kind: 'refund' } })).toBe('settled-by-resolution')
      expect(intakeDraftError(complaint, { resolution: { detail: '换新机' } })).toBe('settled-by-resolution')
      expect(intakeDraftError(complaint, { resolution: { accepted: false } })).toBe('settled-by-resolution')
      // An autosave sends the fields as they are: unchanged values pass.
      expect(intakeDraftError(complaint, { severity: 'ordinary', resolution: { kind: 'repair', detail: '上门重修', accepted: true }, notes: '补记' })).toBeNull()
    }
  })

  it('refuses every change to a closed complaint, and a follow-up date that is not a date', () => {
    expect(intakeDraftError(complaintIn('closed'), { notes: '补记' })).toBe('complaint-closed')
    expect(intakeDraftError(complaintIn('new'), { followUpDate: '2025-02-29' })).toBe('follow-up-date-invalid')
    expect(intakeDraftError(complaintIn('new'), { followUpDate: null })).toBeNull()
  })
})

describe('withDismissedFlag', () => {
  it('adds a flag once per rule and text', () => {
    const flag = { ruleId: 'company-policy', text: '这是公司的规定', by: 'clerk-1' }
    const once = withDismissedFlag([], flag)
    expect(once).toEqual([flag])
    expect(withDismissedFlag(once, { ...flag, by: 'manager-1' })).toBe(once)
    expect(withDismissedFlag(once, { ...flag, text: '公司规定' })).toHaveLength(2)
  })
})
