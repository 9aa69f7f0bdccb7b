import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getCoreRowModel, useReactTable, type SortingState, type Updater } from '@tanstack/react-table'
import type { Customer } from '@shared/domain/customer'
import { todayInShop } from '@shared/domain/days'
import { useCustomersByIds } from '../../data/hooks/use-customers-by-ids'
import { useAllStaff } from '../../data/hooks/use-staff'
import { VirtualTable } from '../../ui/virtual-table'
import { CUSTOMER_COLUMNS, SORT_FIELD_OF_COLUMN } from './customer-columns'
import { CustomerRowsContext } from './customer-rows-context'
import { CUSTOMER_COLUMN_IDS, useCustomerListStore, type CustomerColumnId } from './customer-list-store'

/*
 * Rows are loaded in aligned blocks, so scrolling changes what is loaded once per block
 * rather than on every row: a read that is replaced before it lands never shows.
 */
const BLOCK_ROWS = 100

const isColumnId = (id: string): id is CustomerColumnId => CUSTOMER_COLUMN_IDS.some((column) => column === id)

/**
 * The customer list: the ordered ids come from an index query; only the rows on screen
 * are read from the database, so the table never holds 100,000 records in memory.
 */
export function CustomerTable({ ids, now, emptyMessage }: { readonly ids: readonly string[]; readonly now: Date; readonly emptyMessage: string }) {
  const { t } = useTranslation()
  const sort = useCustomerListStore((state) => state.sort)
  const setSort = useCustomerListStore((state) => state.setSort)
  const hiddenColumns = useCustomerListStore((state) => state.hiddenColumns)
  const [range, setRange] = useState({ start: 0, end: 0 })
  const onVisibleRangeChange = useCallback((start: number, end: number) => setRange({ start, end }), [])

  const blockStart = Math.floor(range.start / BLOCK_ROWS) * BLOCK_ROWS
  const blockEnd = Math.min(ids.length, Math.ceil(range.end / BLOCK_ROWS) * BLOCK_ROWS)
  const windowIds = useMemo(() => ids.slice(blockStart, blockEnd), [ids, blockStart, blockEnd])
  const loaded = useCustomersByIds(windowIds)
  const staff = useAllStaff()
  const rows = useMemo(
    () => ({
      byId: new Map((loaded ?? []).filter((customer): customer is Customer => customer !== undefined).map((c) => [c.id, c])),
      staffNames: new Map((staff ?? []).map((member) => [member.id, member.name])),
      today: todayInShop(now)
    }),
    [loaded, staff, now]
  )

  const sortedColumn = Object.entries(SORT_FIELD_OF_COLUMN).find(([, field]) => field === sort.field)?.[0] ?? 'name'
  const sorting: SortingState = [{ id: sortedColumn, desc: sort.direction === 'desc' }]
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater
    // TanStack cycles asc → desc → none; a list always has an order, so "none" is asc again.
    const column = next[0]?.id ?? sortedColumn
    const field = isColumnId(column) ? SORT_FIELD_OF_COLUMN[column] : undefined
    if (field) setSort(field, next[0]?.desc ? 'desc' : 'asc')
  }
  const data = useMemo(() => [...windowIds], [windowIds])
  const table = useReactTable({
    data,
    columns: CUSTOMER_COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (id) => id,
    manualSorting: true,
    enableSortingRemoval: false,
    state: {
      sorting,
      columnVisibility: Object.fromEntries(hiddenColumns.map((column) => [column, false]))
    },
    onSortingChange
  })

  return (
    <CustomerRowsContext.Provider value={rows}>
      <VirtualTable
        table={table}
        rowCount={ids.length}
        rowOffset={blockStart}
        label={t('customers.listTitle')}
        onVisibleRangeChange={onVisibleRangeChange}
        emptyMessage={emptyMessage}
      />
    </CustomerRowsContext.Provider>
  )
}
