import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Complaint } from '@shared/domain/complaint'
import type { ComplaintDeadlines } from '@shared/domain/complaint-deadlines'
import type { Customer } from '@shared/domain/customer'
import { useComplaintsByIds } from '../../data/hooks/use-complaints-by-ids'
import { useCustomersByIds } from '../../data/hooks/use-customers-by-ids'
import { useAllStaff } from '../../data/hooks/use-staff'
import { useIdTable } from '../../ui/use-id-table'
import { VirtualTable } from '../../ui/virtual-table'
import { COMPLAINT_COLUMNS, SORT_FIELD_OF_COLUMN } from './complaint-columns'
import { ComplaintRowsContext } from './complaint-list-rows-context'
import { COMPLAINT_COLUMN_IDS, useComplaintListStore } from './complaint-list-store'
import './complaint-list.css'

const isLoaded = <T,>(record: T | undefined): record is T => record !== undefined

interface ComplaintTableProps {
  readonly ids: readonly string[]
  readonly now: Date
  readonly deadlines: ComplaintDeadlines
  readonly emptyMessage: string
}

/**
 * The complaint list: the ordered ids come from index queries; only the rows on screen are
 * read, with their customers' names, so years of complaints never sit in memory at once.
 */
export function ComplaintTable({ ids, now, deadlines, emptyMessage }: ComplaintTableProps) {
  const { t } = useTranslation()
  const sort = useComplaintListStore((state) => state.sort)
  const setSort = useComplaintListStore((state) => state.setSort)
  const hiddenColumns = useComplaintListStore((state) => state.hiddenColumns)
  const { table, windowIds, blockStart, onVisibleRangeChange } = useIdTable({
    ids,
    columns: COMPLAINT_COLUMNS,
    columnIds: COMPLAINT_COLUMN_IDS,
    sortFieldOfColumn: SORT_FIELD_OF_COLUMN,
    sort,
    setSort,
    fallbackColumn: 'receivedAt',
    hiddenColumns
  })
  const loaded = useComplaintsByIds(windowIds)
  const complaints = useMemo(() => (loaded ?? []).filter(isLoaded<Complaint>), [loaded])
  const customerIds = useMemo(() => [...new Set(complaints.map((complaint) => complaint.customerId))], [complaints])
  const customers = useCustomersByIds(customerIds)
  const staff = useAllStaff()
  const rows = useMemo(
    () => ({
      byId: new Map(complaints.map((complaint) => [complaint.id, complaint])),
      customerNames: new Map((customers ?? []).filter(isLoaded<Customer>).map((customer) => [customer.id, customer.name])),
      staffNames: new Map((staff ?? []).map((member) => [member.id, member.name])),
      deadlines,
      now
    }),
    [complaints, customers, staff, deadlines, now]
  )

  return (
    <ComplaintRowsContext.Provider value={rows}>
      <div className="complaint-table">
        <VirtualTable
          table={table}
          rowCount={ids.length}
          rowOffset={blockStart}
          label={t('complaintList.title')}
          onVisibleRangeChange={onVisibleRangeChange}
          emptyMessage={emptyMessage}
        />
      </div>
    </ComplaintRowsContext.Provider>
  )
}
