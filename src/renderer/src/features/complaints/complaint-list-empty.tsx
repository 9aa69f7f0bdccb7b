import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'

/** What the list shows before the shop's first complaint: what to do when one comes. */
export function ComplaintListEmpty() {
  const { t } = useTranslation()
  return (
    <section className="empty-state complaint-list-empty" aria-labelledby="complaint-list-empty-title">
      <h2 id="complaint-list-empty-title">{t('complaintList.empty.title')}</h2>
      <p className="lead">{t('complaintList.empty.lead')}</p>
      <Link className="button primary" to="/complaints/new">
        {t('complaintList.newComplaint')}
      </Link>
    </section>
  )
}
