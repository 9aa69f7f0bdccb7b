/**
 * The customer list's UI state: sort, filters and visible columns. Only the column choice
 * is a preference (persisted); filters reset with each start, as a clerk expects.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { NO_CUSTOMER_FILTERS, type CustomerListFilters, type CustomerListQuery, type CustomerSortField } from '../../data/repositories/customer-list'

export const CUSTOMER_COLUMN_IDS = ['name', 'tier', 'phone', 'company', 'personality', 'owner', 'lastContact', 'tags', 'updatedAt'] as const
export type CustomerColumnId = (typeof CUSTOMER_COLUMN_IDS)[number]

interface CustomerListState {
  readonly sort: CustomerListQuery['sort']
  readonly filters: CustomerListFilters
  readonly hiddenColumns: readonly CustomerColumnId[]
  setSort(field: CustomerSortField, direction: 'asc' | 'desc'): void
  setFilters(patch: Partial<CustomerListFilters>): void
  clearFilters(): void
  toggleColumn(column: CustomerColumnId): void
}

export const useCustomerListStore = create<CustomerListState>()(
  persist(
    (set) => ({
      sort: { field: 'name', direction: 'asc' },
      filters: NO_CUSTOMER_FILTERS,
      hiddenColumns: ['updatedAt'],
      setSort: (field, direction) => set({ sort: { field, direction } }),
      setFilters: (patch) => set(({ filters }) => ({ filters: { ...filters, ...patch } })),
      clearFilters: () => set({ filters: NO_CUSTOMER_FILTERS }),
      toggleColumn: (column) =>
        set(({ hiddenColumns }) => ({
          hiddenColumns: hiddenColumns.includes(column)
            ? hiddenColumns.filter((hidden) => hidden !== column)
            : [...hiddenColumns, column]
        }))
    }),
    { name: 'frontdesk.customer-list', version: 1, partialize: ({ hiddenColumns }) => ({ hiddenColumns }) }
  )
)
