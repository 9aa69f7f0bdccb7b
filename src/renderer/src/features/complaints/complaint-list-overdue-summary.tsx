import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ComplaintDeadlines } from '@shared/domain/complaint-deadlines'
import { useComplaintIds } from '../../data/hooks/use-complaint-ids'
import { NO_COMPLAINT_FILTERS } from '../../data/repositories/complaint-list'
import { useComplaintListStore } from './complaint-list-store'

/**
 * How many complaints are overdue, whatever the filters show, as a button that shows just
 * those: lateness must not hide behind a filter or below the fold.
 */
export function ComplaintOverdueSummary({ now, deadlines }: { readonly now: Date; readonly deadlines: ComplaintDeadlines }) {
  const { t } = useTranslation()
  const overdueOnly = useComplaintListStore((state) => state.filters.overdueOnly)
  const setFilters = useComplaintListStore((state) => state.setFilters)
  const query = useMemo(
    () => ({ ...NO_COMPLAINT_FILTERS, overdueOnly: true, sort: { field: 'receivedAt' as const, direction: 'desc' as const }, now, deadlines }),
    [now, deadlines]
  )
  const overdue = useComplaintIds(query)
  if (!overdue || overdue.length === 0) return null
  return (
    <button
      type="button"
      className="complaint-overdue-summary"
      aria-pressed={overdueOnly}
      title={t('complaintList.showOverdue')}
      onClick={() => setFilters({ overdueOnly: !overdueOnly })}
    >
      <span aria-hidden="true">⚠ </span>
      {t('complaintList.overdueSummary', { count: overdue.length })}
    </button>
  )
}
