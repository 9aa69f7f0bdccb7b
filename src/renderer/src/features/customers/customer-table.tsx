import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Customer } from '@shared/domain/customer'
import { todayInShop } from '@shared/domain/days'
import { useCustomersByIds } from '../../data/hooks/use-customers-by-ids'
import { useAllStaff } from '../../data/hooks/use-staff'
import { useIdTable } from '../../ui/use-id-table'
import { VirtualTable } from '../../ui/virtual-table'
import { CUSTOMER_COLUMNS, SORT_FIELD_OF_COLUMN } from './customer-columns'
import { CustomerRowsContext } from './customer-rows-context'
import { CUSTOMER_COLUMN_IDS, useCustomerListStore } from './customer-list-store'

/**
 * The customer list: the ordered ids come from an index query; only the rows on screen
 * are read from the database, so the table never holds 100,000 records in memory.
 */
export function CustomerTable({ ids, now, emptyMessage }: { readonly ids: readonly string[]; readonly now: Date; readonly emptyMessage: string }) {
  const { t } = useTranslation()
  const sort = useCustomerListStore((state) => state.sort)
  const setSort = useCustomerListStore((state) => state.setSort)
  const hiddenColumns = useCustomerListStore((state) => state.hiddenColumns)
  const { table, windowIds, blockStart, onVisibleRangeChange } = useIdTable({
    ids,
    columns: CUSTOMER_COLUMNS,
    columnIds: CUSTOMER_COLUMN_IDS,
    sortFieldOfColumn: SORT_FIELD_OF_COLUMN,
    sort,
    setSort,
    fallbackColumn: 'name',
    hiddenColumns
  })
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
