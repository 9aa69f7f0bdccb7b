// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { NO_COMPLAINT_FILTERS } from '@renderer/data/repositories/complaint-list'
import { hasActiveFilters, useComplaintListStore } from '@renderer/features/complaints/complaint-list-store'

const store = useComplaintListStore

describe('the complaint list’s UI state', () => {
  beforeEach(() => {
    localStorage.clear()
    store.setState({ sort: { field: 'receivedAt', direction: 'desc' }, filters: NO_COMPLAINT_FILTERS, hiddenColumns: ['updatedAt'] })
  })

  it('starts newest first, with no filter', () => {
    expect(store.getState().sort).toEqual({ field: 'receivedAt', direction: 'desc' })
    expect(hasActiveFilters(store.getState().filters)).toBe(false)
  })

  it('counts every kind of filter as narrowing the list', () => {
    const cases = [
      { statuses: ['new' as const] },
      { overdueOnly: true },
      { categories: [''] },
      { severities: ['crisis' as const] },
      { handlerId: 'staff-1' }
    ]
    for (const patch of cases) expect(hasActiveFilters({ ...NO_COMPLAINT_FILTERS, ...patch }), JSON.stringify(patch)).toBe(true)
  })

  it('merges filter changes and clears them all at once', () => {
    store.getState().setFilters({ overdueOnly: true })
    store.getState().setFilters({ severities: ['serious'] })
    expect(store.getState().filters).toMatchObject({ overdueOnly: true, severities: ['serious'] })
    store.getState().clearFilters()
    expect(store.getState().filters).toEqual(NO_COMPLAINT_FILTERS)
  })

  it('remembers hidden columns on this PC, but never the filters or the sort', () => {
    store.getState().toggleColumn('updatedAt')
    store.getState().toggleColumn('followUp')
    store.getState().setFilters({ overdueOnly: true })
    store.getState().setSort('severity', 'asc')
    const saved: unknown = JSON.parse(localStorage.getItem('frontdesk.complaint-list') ?? 'null')
    expect(saved).toEqual({ state: { hiddenColumns: ['followUp'] }, version: 1 })
  })
})
