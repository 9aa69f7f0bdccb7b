import { useMemo } from 'react'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { DEFAULT_COMPLAINT_DEADLINES } from '@shared/domain/complaint-deadlines'
import { useComplaintDeadlines } from '../../data/hooks/use-complaint-deadlines'
import { useComplaintIds } from '../../data/hooks/use-complaint-ids'
import { ComplaintFilters } from './complaint-filters'
import { ComplaintColumnMenu } from './complaint-list-column-menu'
import { ComplaintListEmpty } from './complaint-list-empty'
import { ComplaintListExport } from './complaint-list-export'
import { useMinuteClock } from './complaint-list-now'
import { ComplaintOverdueSummary } from './complaint-list-overdue-summary'
import { hasActiveFilters, useComplaintListStore } from './complaint-list-store'
import { ComplaintTable } from './complaint-table'
import './complaint-list.css'

/** 投诉处理: every complaint, newest first, filtered and sorted through the database's indexes. */
export function ComplaintsPage() {
  const { t } = useTranslation()
  const sort = useComplaintListStore((state) => state.sort)
  const filters = useComplaintListStore((state) => state.filters)
  const now = useMinuteClock()
  // Undefined only for the first moment; the defaults stand in so the list does not wait on a setting.
  const deadlines = useComplaintDeadlines()
  const ids = useComplaintIds(
    useMemo(() => ({ sort, ...filters, now, deadlines: deadlines ?? DEFAULT_COMPLAINT_DEADLINES }), [sort, filters, now, deadlines])
  )
  const filtered = hasActiveFilters(filters)
  const loading = ids === undefined || deadlines === undefined
  const nothingYet = !loading && ids.length === 0 && !filtered
  return (
    <div className="page page-wide list-page complaint-list-page">
      <div className="page-header">
        <h1>{t('complaintList.title')}</h1>
        <span className="muted" role="status">
          {loading ? t('complaintList.loading') : t('complaintList.count', { count: ids.length })}
        </span>
        {deadlines ? <ComplaintOverdueSummary now={now} deadlines={deadlines} /> : null}
        <div className="page-actions">
          {nothingYet ? null : <ComplaintColumnMenu />}
          {nothingYet ? null : <ComplaintListExport ids={loading ? undefined : ids} />}
          <Link className="button primary" to="/complaints/new">
            {t('complaintList.newComplaint')}
          </Link>
        </div>
      </div>
      {nothingYet ? (
        <ComplaintListEmpty />
      ) : (
        <>
          <ComplaintFilters />
          <ComplaintTable
            ids={loading ? [] : ids}
            now={now}
            deadlines={deadlines ?? DEFAULT_COMPLAINT_DEADLINES}
            emptyMessage={loading ? t('complaintList.loading') : t('complaintList.noMatches')}
          />
        </>
      )}
    </div>
  )
}
