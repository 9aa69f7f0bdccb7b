import { useCallback, useMemo, useState } from 'react'
import { getCoreRowModel, useReactTable, type ColumnDef, type SortingState, type Table, type Updater } from '@tanstack/react-table'

/*
 * The table behind a long list whose order comes from an index query: its rows are record
 * ids, and only the ids near the screen are handed to the table, so a list of 100,000 never
 * holds 100,000 records. Rows are loaded in aligned blocks: scrolling changes what is loaded
 * once per block rather than on every row, and a read replaced before it lands never shows.
 */
const BLOCK_ROWS = 100

export interface IdTableOptions<C extends string, F extends string> {
  /** Every id of the list, in order. */
  readonly ids: readonly string[]
  readonly columns: ColumnDef<string>[]
  readonly columnIds: readonly C[]
  /** The list's sort field for each sortable column. */
  readonly sortFieldOfColumn: Partial<Record<C, F>>
  readonly sort: { readonly field: F; readonly direction: 'asc' | 'desc' }
  readonly setSort: (field: F, direction: 'asc' | 'desc') => void
  /** The column shown as sorted when the sort field has no column. */
  readonly fallbackColumn: C
  readonly hiddenColumns: readonly C[]
}

export interface IdTable {
  readonly table: Table<string>
  /** The ids whose records should be loaded now: the blocks on screen. */
  readonly windowIds: readonly string[]
  /** Where windowIds start in the whole list, for VirtualTable's rowOffset. */
  readonly blockStart: number
  /** For VirtualTable: which rows are on screen. */
  readonly onVisibleRangeChange: (start: number, end: number) => void
}

export function useIdTable<C extends string, F extends string>({
  ids,
  columns,
  columnIds,
  sortFieldOfColumn,
  sort,
  setSort,
  fallbackColumn,
  hiddenColumns
}: IdTableOptions<C, F>): IdTable {
  const [range, setRange] = useState({ start: 0, end: 0 })
  const onVisibleRangeChange = useCallback((start: number, end: number) => setRange({ start, end }), [])
  const blockStart = Math.floor(range.start / BLOCK_ROWS) * BLOCK_ROWS
  const blockEnd = Math.min(ids.length, Math.ceil(range.end / BLOCK_ROWS) * BLOCK_ROWS)
  const windowIds = useMemo(() => ids.slice(blockStart, blockEnd), [ids, blockStart, blockEnd])

  const isColumnId = (id: string): id is C => columnIds.some((column) => column === id)
  const sortedColumn = columnIds.find((column) => sortFieldOfColumn[column] === sort.field) ?? fallbackColumn
  const sorting: SortingState = [{ id: sortedColumn, desc: sort.direction === 'desc' }]
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater
    // TanStack cycles asc → desc → none; a list always has an order, so "none" is asc again.
    const column = next[0]?.id ?? sortedColumn
    const field = isColumnId(column) ? sortFieldOfColumn[column] : undefined
    if (field) setSort(field, next[0]?.desc ? 'desc' : 'asc')
  }
  const data = useMemo(() => [...windowIds], [windowIds])
  const table = useReactTable({
    data,
    columns,
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
  return { table, windowIds, blockStart, onVisibleRangeChange }
}
