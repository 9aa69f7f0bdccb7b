import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { isOpenComplaint } from '@shared/domain/complaint'
import { useCustomerComplaints } from '../../data/hooks/use-customer-complaints'
import { formatDate } from '../../ui/format'
import { useComplaintLabels } from './complaint-list-labels'

/** How many past complaints to list: enough to see a pattern, few enough to read at a glance. */
const SHOWN = 5

/** 了解顾客背景: the customer's other complaints, open ones first, so a repeat is seen before it is answered. */
export function CustomerHistory({ customerId, currentId }: { readonly customerId: string; readonly currentId: string }) {
  const { t, i18n } = useTranslation()
  const { category: categoryLabel } = useComplaintLabels()
  const complaints = useCustomerComplaints(customerId)
  const others = (complaints ?? []).filter((complaint) => complaint.id !== currentId)
  const open = others.filter(isOpenComplaint)
  const shown = [...open, ...others.filter((complaint) => !isOpenComplaint(complaint))].slice(0, SHOWN)
  return (
    <section className="card" aria-labelledby="customer-history-title">
      <h2 id="customer-history-title">{t('complaints.history.title')}</h2>
      {complaints === undefined ? null : (
        <p className={open.length > 0 ? 'warn-text' : 'muted'}>
          {t('complaints.history.summary', { open: open.length, total: others.length })}
        </p>
      )}
      <ul className="history-list">
        {shown.map((complaint) => (
          <li key={complaint.id}>
            <Link to={`/complaints/${complaint.id}`}>{complaint.number}</Link> · {formatDate(complaint.receivedAt, i18n.language)} ·{' '}
            {categoryLabel(complaint.category)} · {t(`complaints.statuses.${complaint.status}`)}
          </li>
        ))}
      </ul>
    </section>
  )
}
