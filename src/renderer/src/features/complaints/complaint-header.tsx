import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { Complaint } from '@shared/domain/complaint'
import type { Customer } from '@shared/domain/customer'
import { formatPhone } from '@shared/domain/phone'
import { useComplaintDeadlines } from '../../data/hooks/use-complaint-deadlines'
import { formatDateTime } from '../../ui/format'
import { TierBadge } from '../../ui/tier-badge'
import { OverdueBadge } from './overdue-badge'
import { useComplaintLabels } from './complaint-list-labels'

/** Which complaint, whose, how serious and where it stands, with the slips to print. */
export function ComplaintHeader({ complaint, customer, now }: { readonly complaint: Complaint; readonly customer: Customer | null; readonly now: Date }) {
  const { t, i18n } = useTranslation()
  const deadlines = useComplaintDeadlines()
  const { category: categoryLabel } = useComplaintLabels()
  const [phone] = customer?.phones ?? []
  return (
    <div className="page-header complaint-header">
      <h1>{t('complaints.page.title', { number: complaint.number })}</h1>
      <span className={`chip status-${complaint.status}`}>{t(`complaints.statuses.${complaint.status}`)}</span>
      <span className={`chip severity-${complaint.severity}`}>{t(`complaints.severities.${complaint.severity}`)}</span>
      {deadlines ? <OverdueBadge complaint={complaint} deadlines={deadlines} now={now} /> : null}
      <span className="muted">
        {categoryLabel(complaint.category)} · {t('complaints.page.received', { time: formatDateTime(complaint.receivedAt, i18n.language) })}
      </span>
      {customer ? (
        <p className="complaint-customer">
          <TierBadge tier={customer.tier} /> <Link to={`/customers/${customer.id}`}>{customer.name}</Link>
          {phone ? <span className="muted"> · {formatPhone(phone)}</span> : null}
        </p>
      ) : null}
      <div className="page-actions">
        <Link className="button" to={`/complaints/${complaint.id}/print/slip`}>
          {t('complaints.page.printSlip')}
        </Link>
        <Link className="button" to={`/complaints/${complaint.id}/print/sheet`}>
          {t('complaints.page.printSheet')}
        </Link>
      </div>
    </div>
  )
}
