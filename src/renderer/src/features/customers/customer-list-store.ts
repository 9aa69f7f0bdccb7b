/**
 * The customer list's UI state: sort, filters and visible columns. Only the column choice
 * is a preference (persisted); filters reset with each start, as a clerk expects.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { PersonalityType, Tier } from '@shared/domain/customer'

export const CUSTOMER_COLUMN_IDS = ['name', 'tier', 'phone', 'company', 'personality', 'owner', 'lastContact', 'tags', 'updatedAt'] as const
export type CustomerColumnId = (typeof CUSTOMER_COLUMN_IDS)[number]

export type CustomerSortField = 'name' | 'tier' | 'lastContactAt' | 'updatedAt'

export interface CustomerFilters {
  readonly tiers: readonly Tier[]
  readonly personalities: readonly PersonalityType[]
  readonly ownerId: string | null
  readonly tag: string | null
  readonly noContactForDays: number | null
  readonly openComplaintsOnly: boolean
}

export const NO_FILTERS: CustomerFilters = {
  tiers: [],
  personalities: [],
  ownerId: null,
  tag: null,
  noContactForDays: null,
  openComplaintsOnly: false
}

interface CustomerListState {
  readonly sort: { readonly field: CustomerSortField; readonly direction: 'asc' | 'desc' }
  readonly filters: CustomerFilters
  readonly hiddenColumns: readonly CustomerColumnId[]
  setSort(field: CustomerSortField, direction: 'asc' | 'desc'): void
  setFilters(patch: Partial<CustomerFilters>): void
  clearFilters(): void
  toggleColumn(column: CustomerColumnId): void
}

export const useCustomerListStore = create<CustomerListState>()(
  persist(
    (set) => ({
      sort: { field: 'name', direction: 'asc' },
      filters: NO_FILTERS,
      hiddenColumns: ['updatedAt'],
      setSort: (field, direction) => set({ sort: { field, direction } }),
      setFilters: (patch) => set(({ filters }) => ({ filters: { ...filters, ...patch } })),
      clearFilters: () => set({ filters: NO_FILTERS }),
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
