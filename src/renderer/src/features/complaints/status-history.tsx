import { useTranslation } from 'react-i18next'
import type { Complaint } from '@shared/domain/complaint'
import type { Staff } from '@shared/domain/staff'
import { formatDateTime } from '../../ui/format'

/** Every status the complaint went through, when and by whom: what response and resolution times are counted from. */
export function StatusHistory({ complaint, staff }: { readonly complaint: Complaint; readonly staff: readonly Staff[] }) {
  const { t, i18n } = useTranslation()
  const nameOf = (id: string): string => staff.find((member) => member.id === id)?.name ?? (id === '' ? t('complaints.nobody') : id)
  return (
    <section aria-labelledby="status-history-title">
      <h3 id="status-history-title">{t('complaints.lifecycle.history')}</h3>
      <ol className="status-history">
        {complaint.statusHistory.map((change, index) => (
          <li key={index}>
            <strong>{t(`complaints.statuses.${change.status}`)}</strong> · {formatDateTime(change.at, i18n.language)} · {nameOf(change.by)}
            {change.reason ? <span className="muted"> · {change.reason}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
