import type { ColumnDef } from '@tanstack/react-table'
import { ColumnHeader } from './column-header'
import { CustomerCell } from './customer-cells'
import type { CustomerSortField } from '../../data/repositories/customer-list'
import { CUSTOMER_COLUMN_IDS, type CustomerColumnId } from './customer-list-store'

/** Columns that sort through a database index; the others do not sort. */
export const SORT_FIELD_OF_COLUMN: Partial<Record<CustomerColumnId, CustomerSortField>> = {
  name: 'name',
  tier: 'tier',
  lastContact: 'lastContactAt',
  updatedAt: 'updatedAt'
}

const WIDTHS: Record<CustomerColumnId, number> = {
  name: 120,
  tier: 60,
  phone: 140,
  company: 160,
  personality: 90,
  owner: 90,
  lastContact: 100,
  tags: 160,
  updatedAt: 110
}

/** Rows are customer ids; cells look the loaded customer up (see customer-rows-context). */
export const CUSTOMER_COLUMNS: ColumnDef<string>[] = CUSTOMER_COLUMN_IDS.map((id) => ({
  id,
  // TanStack only lets a column with an accessor sort; the order itself comes from the database.
  accessorFn: (customerId) => customerId,
  size: WIDTHS[id],
  enableSorting: SORT_FIELD_OF_COLUMN[id] !== undefined,
  header: () => <ColumnHeader column={id} />,
  cell: ({ row }) => <CustomerCell id={row.original} column={id} />
}))
