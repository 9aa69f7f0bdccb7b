import type { ColumnDef } from '@tanstack/react-table'
import type { ComplaintSortField } from '../../data/repositories/complaint-list'
import { ComplaintCell } from './complaint-cells'
import { ComplaintColumnHeader } from './complaint-list-column-header'
import { COMPLAINT_COLUMN_IDS, type ComplaintColumnId } from './complaint-list-store'

/** Columns that sort through a database index; the others do not sort. */
export const SORT_FIELD_OF_COLUMN: Partial<Record<ComplaintColumnId, ComplaintSortField>> = {
  receivedAt: 'receivedAt',
  status: 'status',
  severity: 'severity',
  updatedAt: 'updatedAt'
}

/**
 * Minimum widths in pixels: together they fit a 1280-pixel screen beside the navigation, with
 * room for the scroll bar; spare room is shared out in proportion.
 */
const WIDTHS: Record<ComplaintColumnId, number> = {
  number: 174,
  receivedAt: 128,
  customer: 84,
  category: 96,
  severity: 74,
  status: 94,
  handler: 92,
  deadline: 168,
  followUp: 88,
  updatedAt: 132
}

/** Rows are complaint ids; cells look the loaded complaint up (see complaint-list-rows-context). */
export const COMPLAINT_COLUMNS: ColumnDef<string>[] = COMPLAINT_COLUMN_IDS.map((id) => ({
  id,
  // TanStack only lets a column with an accessor sort; the order itself comes from the database.
  accessorFn: (complaintId) => complaintId,
  size: WIDTHS[id],
  enableSorting: SORT_FIELD_OF_COLUMN[id] !== undefined,
  header: () => <ComplaintColumnHeader column={id} />,
  cell: ({ row }) => <ComplaintCell id={row.original} column={id} />
}))
