/**
 * The complaint list's UI state: sort, filters and visible columns. Only the column choice is
 * a preference (persisted); filters reset with each start, so nobody wonders next morning
 * why half the complaints are missing.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import {
  NO_COMPLAINT_FILTERS,
  type ComplaintListFilters,
  type ComplaintListQuery,
  type ComplaintSortField
} from '../../data/repositories/complaint-list'

export const COMPLAINT_COLUMN_IDS = [
  'number',
  'receivedAt',
  'customer',
  'category',
  'severity',
  'status',
  'handler',
  'deadline',
  'followUp',
  'updatedAt'
] as const
export type ComplaintColumnId = (typeof COMPLAINT_COLUMN_IDS)[number]

/** Columns that always show: the number opens the complaint, the deadline is where lateness shows. */
export const FIXED_COMPLAINT_COLUMNS: readonly ComplaintColumnId[] = ['number', 'deadline']

interface ComplaintListState {
  readonly sort: ComplaintListQuery['sort']
  readonly filters: ComplaintListFilters
  readonly hiddenColumns: readonly ComplaintColumnId[]
  setSort(field: ComplaintSortField, direction: 'asc' | 'desc'): void
  setFilters(patch: Partial<ComplaintListFilters>): void
  clearFilters(): void
  toggleColumn(column: ComplaintColumnId): void
}

/** Whether any filter narrows the list: an empty list then means "no match", not "no complaints". */
export const hasActiveFilters = (filters: ComplaintListFilters): boolean =>
  filters.statuses.length > 0 ||
  filters.overdueOnly ||
  filters.categories.length > 0 ||
  filters.severities.length > 0 ||
  filters.handlerId !== null

export const useComplaintListStore = create<ComplaintListState>()(
  persist(
    (set) => ({
      // Newest first: the complaint that just came in is the one the clerk is looking for.
      sort: { field: 'receivedAt', direction: 'desc' },
      filters: NO_COMPLAINT_FILTERS,
      hiddenColumns: ['updatedAt'],
      setSort: (field, direction) => set({ sort: { field, direction } }),
      setFilters: (patch) => set(({ filters }) => ({ filters: { ...filters, ...patch } })),
      clearFilters: () => set({ filters: NO_COMPLAINT_FILTERS }),
      toggleColumn: (column) =>
        set(({ hiddenColumns }) => ({
          hiddenColumns: hiddenColumns.includes(column)
            ? hiddenColumns.filter((hidden) => hidden !== column)
            : [...hiddenColumns, column]
        }))
    }),
    { name: 'frontdesk.complaint-list', version: 1, partialize: ({ hiddenColumns }) => ({ hiddenColumns }) }
  )
)
