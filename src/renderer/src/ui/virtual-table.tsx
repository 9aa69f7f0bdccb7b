import { useEffect, useRef } from 'react'
import { flexRender, type Table } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'

interface VirtualTableProps<Row> {
  readonly table: Table<Row>
  /** The table's accessible name. */
  readonly label: string
  readonly rowHeight?: number
  /** Which rows are on screen (plus overscan), so the caller loads just those. */
  readonly onVisibleRangeChange: (start: number, end: number) => void
  readonly emptyMessage: string
}

/**
 * A TanStack table whose rows are windowed with TanStack Virtual: only the rows on screen
 * exist in the DOM, so 100,000 rows scroll as smoothly as 100. Sorting is the caller's
 * (through the table's sorting state), because big lists are sorted by database indexes.
 */
export function VirtualTable<Row>({ table, label, rowHeight = 40, onVisibleRangeChange, emptyMessage }: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = table.getRowModel().rows
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? -1
  useEffect(() => {
    onVisibleRangeChange(first, last + 1)
  }, [first, last, onVisibleRangeChange])

  const columnTemplate = table
    .getVisibleLeafColumns()
    .map((column) => `minmax(${column.getSize()}px, ${column.getSize() / 100}fr)`)
    .join(' ')

  return (
    <div className="virtual-table" role="table" aria-label={label} aria-rowcount={rows.length + 1}>
      <div role="rowgroup" className="virtual-table-head">
        {table.getHeaderGroups().map((group) => (
          <div role="row" key={group.id} className="virtual-table-row" style={{ gridTemplateColumns: columnTemplate }}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted()
              return (
                <div
                  role="columnheader"
                  key={header.id}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                >
                  {header.column.getCanSort() ? (
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  ) : (
                    flexRender(header.column.columnDef.header, header.getContext())
                  )}
                </div>
              )
            })}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className="virtual-table-body" role="rowgroup">
        {rows.length === 0 ? <p className="virtual-table-empty">{emptyMessage}</p> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index]
            if (!row) return null
            return (
              <div
                role="row"
                key={row.id}
                aria-rowindex={item.index + 2}
                className="virtual-table-row"
                style={{ gridTemplateColumns: columnTemplate, height: item.size, transform: `translateY(${item.start}px)` }}
              >
                {row.getVisibleCells().map((cell) => (
                  <div role="cell" key={cell.id}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </div>
                ))}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
