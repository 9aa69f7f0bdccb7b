import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../ui/format'
import { pendingDeadline } from './complaint-list-deadline'
import { formatDeadlineTime, formatRowDateTime } from './complaint-list-format'
import { useComplaintLabels } from './complaint-list-labels'
import { useComplaintRows } from './complaint-list-rows-context'
import type { ComplaintColumnId } from './complaint-list-store'
import { OverdueBadge } from './overdue-badge'

/** One cell of the complaint table; rows not loaded yet show a quiet placeholder. */
export function ComplaintCell({ id, column }: { readonly id: string; readonly column: ComplaintColumnId }) {
  const { t, i18n } = useTranslation()
  const labels = useComplaintLabels()
  const { byId, customerNames, staffNames, deadlines, now } = useComplaintRows()
  const complaint = byId.get(id)
  if (!complaint) return <span className="muted">…</span>
  switch (column) {
    case 'number':
      // The link covers the whole row (see complaint-list.css): a click anywhere, or Enter on it, opens the complaint.
      return (
        <Link className="complaint-row-link" to={`/complaints/${complaint.id}`}>
          {complaint.number}
        </Link>
      )
    case 'receivedAt':
      return <>{formatRowDateTime(complaint.receivedAt, i18n.language)}</>
    case 'customer': {
      const name = customerNames.get(complaint.customerId)
      return name === undefined ? <span className="muted">…</span> : <span title={name}>{name}</span>
    }
    case 'category': {
      const label = labels.category(complaint.category)
      return (
        <span className={complaint.category.trim() === '' ? 'muted' : undefined} title={label}>
          {label}
        </span>
      )
    }
    case 'severity':
      return <span className={`complaint-severity severity-${complaint.severity}`}>{t(`complaints.severities.${complaint.severity}`)}</span>
    case 'status':
      return <span className={`complaint-status status-${complaint.status}`}>{t(`complaints.statuses.${complaint.status}`)}</span>
    case 'handler':
      return complaint.handlerId ? (
        <>{staffNames.get(complaint.handlerId) ?? ''}</>
      ) : (
        <span className="muted">{t('complaintList.unassigned')}</span>
      )
    case 'deadline': {
      const pending = pendingDeadline(complaint, deadlines, now.toISOString())
      if (pending === null) return null
      // Compact: two missed deadlines' names fill the cell; how late shows on hover.
      if (pending.overdue) return <OverdueBadge complaint={complaint} deadlines={deadlines} now={now} compact />
      const time = formatDeadlineTime(pending.due, i18n.language)
      return <span>{t(pending.kind === 'response' ? 'complaintList.deadline.respondBy' : 'complaintList.deadline.resolveBy', { time })}</span>
    }
    case 'followUp':
      return <>{formatDate(complaint.followUpDate, i18n.language)}</>
    case 'updatedAt':
      return <>{formatRowDateTime(complaint.updatedAt, i18n.language)}</>
  }
}
