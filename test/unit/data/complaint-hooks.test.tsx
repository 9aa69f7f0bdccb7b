// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_COMPLAINT_DEADLINES } from '@shared/domain/complaint-deadlines'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { useComplaint } from '@renderer/data/hooks/use-complaint'
import { useComplaintDeadlines } from '@renderer/data/hooks/use-complaint-deadlines'
import { useComplaintIds } from '@renderer/data/hooks/use-complaint-ids'
import { useComplaintsByIds } from '@renderer/data/hooks/use-complaints-by-ids'
import { useCustomerComplaints } from '@renderer/data/hooks/use-customer-complaints'
import { NO_COMPLAINT_FILTERS, type ComplaintListQuery } from '@renderer/data/repositories/complaint-list'
import { complaintsRepository } from '@renderer/data/repositories/complaints'
import { setSetting } from '@renderer/data/repositories/settings'
import { complaintContent } from '../shared/customer-record-content'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()
afterEach(cleanup)

const clerk = { staffId: 'clerk-1' }

const query = (overrides: Partial<ComplaintListQuery> = {}): ComplaintListQuery => ({
  sort: { field: 'receivedAt', direction: 'desc' },
  ...NO_COMPLAINT_FILTERS,
  now: new Date(),
  deadlines: DEFAULT_COMPLAINT_DEADLINES,
  ...overrides
})

describe('complaint hooks', () => {
  it('useComplaintIds lists in order, and a new but equal query keeps the list', async () => {
    await complaintsRepository.create(complaintContent('c1'), clerk)
    await complaintsRepository.create(complaintContent('c1', { severity: 'crisis' }), clerk)
    const { result, rerender } = renderHook(({ listQuery }) => useComplaintIds(listQuery), { initialProps: { listQuery: query() } })
    await waitFor(() => expect(result.current).toHaveLength(2))
    const first = result.current
    rerender({ listQuery: query({ now: new Date(Date.now() + 1000), deadlines: { ...DEFAULT_COMPLAINT_DEADLINES } }) })
    expect(result.current).toBe(first)
    rerender({ listQuery: query({ severities: ['crisis'] }) })
    await waitFor(() => expect(result.current).toHaveLength(1))
  })

  it('useComplaint and useComplaintsByIds read records and follow writes', async () => {
    const complaint = await complaintsRepository.create(complaintContent('c1'), clerk)
    const single = renderHook(() => useComplaint(complaint.id))
    const rows = renderHook(() => useComplaintsByIds([complaint.id, 'nobody']))
    await waitFor(() => expect(single.result.current?.id).toBe(complaint.id))
    await waitFor(() => expect(rows.result.current?.map((row) => row?.id)).toEqual([complaint.id, undefined]))
    await complaintsRepository.update(complaint.id, { notes: '已回电' }, clerk)
    await waitFor(() => expect(single.result.current?.notes).toBe('已回电'))
  })

  it('useComplaint is null without an id, useCustomerComplaints [] without a customer', async () => {
    const single = renderHook(() => useComplaint(null))
    const forCustomer = renderHook(() => useCustomerComplaints(null))
    await waitFor(() => expect(single.result.current).toBeNull())
    await waitFor(() => expect(forCustomer.result.current).toEqual([]))
  })

  it('useCustomerComplaints lists the customer’s live complaints', async () => {
    await complaintsRepository.create(complaintContent('c1'), clerk)
    await complaintsRepository.create(complaintContent('c2'), clerk)
    const { result } = renderHook(() => useCustomerComplaints('c1'))
    await waitFor(() => expect(result.current?.map((complaint) => complaint.customerId)).toEqual(['c1']))
  })

  it('useComplaintDeadlines gives the defaults until the shop sets usable deadlines of its own', async () => {
    const { result } = renderHook(() => useComplaintDeadlines())
    await waitFor(() => expect(result.current).toEqual(DEFAULT_COMPLAINT_DEADLINES))
    const shorter = { ...DEFAULT_COMPLAINT_DEADLINES, ordinary: { responseHours: 8, resolutionHours: 48 } }
    await setSetting(SETTING_KEYS.complaintDeadlines, shorter, clerk)
    await waitFor(() => expect(result.current).toEqual(shorter))
    await setSetting(SETTING_KEYS.complaintDeadlines, { ordinary: { responseHours: -1 } }, clerk)
    await waitFor(() => expect(result.current).toEqual(DEFAULT_COMPLAINT_DEADLINES))
  })
})
