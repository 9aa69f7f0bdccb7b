import { useEffect, useRef } from 'react'
import { flexRender, type Table } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'

interface VirtualTableProps<Row> {
  /** Holds only the rows near the screen: row `rowOffset` of the whole list is its first. */
  readonly table: Table<Row>
  /** How many rows the whole list has. */
  readonly rowCount: number
  readonly rowOffset: number
  /** The table's accessible name. */
  readonly label: string
  readonly rowHeight?: number
  /** Which rows are on screen (plus overscan), so the caller loads just those. */
  readonly onVisibleRangeChange: (start: number, end: number) => void
  readonly emptyMessage: string
}

/**
 * A TanStack table windowed with TanStack Virtual: only the rows on screen exist in the
 * DOM, and the table itself is given only the rows near the screen (TanStack builds an
 * object with dozens of functions per row, which for 100,000 rows costs hundreds of MB and
 * long garbage-collection pauses). Sorting is the caller's, because big lists are sorted
 * by database indexes.
 */
export function VirtualTable<Row>({ table, rowCount, rowOffset, label, rowHeight = 40, onVisibleRangeChange, emptyMessage }: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = table.getRowModel().rows
  const virtualizer = useVirtualizer({
    count: rowCount,
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
    <div className="virtual-table" role="table" aria-label={label} aria-rowcount={rowCount + 1}>
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
        {rowCount === 0 ? <p className="virtual-table-empty">{emptyMessage}</p> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index - rowOffset]
            const position = { height: item.size, transform: `translateY(${item.start}px)` }
            if (!row) {
              return (
                <div role="row" key={`pending-${item.index}`} aria-rowindex={item.index + 2} className="virtual-table-row" style={position}>
                  <div role="cell" className="muted">
                    …
                  </div>
                </div>
              )
            }
            return (
              <div
                role="row"
                key={row.id}
                aria-rowindex={item.index + 2}
                className="virtual-table-row"
                style={{ gridTemplateColumns: columnTemplate, ...position }}
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
