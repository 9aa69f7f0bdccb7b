import { useTranslation } from 'react-i18next'
import type { TimelineEntry } from '@shared/domain/customer-timeline'
import { useCustomerTimeline } from '../../data/hooks/use-customer-timeline'
import { useAllStaff } from '../../data/hooks/use-staff'
import { formatDateTime, formatMoney } from '../../ui/format'
import { TimelineEntryText } from './timeline-entry-text'

/** Every call, purchase, complaint, visit and edit of this customer, newest first. */
export function CustomerTimeline({ customerId }: { readonly customerId: string }) {
  const { t, i18n } = useTranslation()
  const entries = useCustomerTimeline(customerId)
  const staff = useAllStaff()
  const staffName = (id: string | null) => (id ? (staff?.find((member) => member.id === id)?.name ?? '') : '')
  return (
    <section className="card" aria-labelledby="card-timeline">
      <h2 id="card-timeline">{t('customers.card.timeline')}</h2>
      {entries && entries.length === 0 ? <p className="muted">{t('customers.card.noTimeline')}</p> : null}
      <ol className="timeline">
        {(entries ?? []).map((entry) => (
          <li key={`${entry.kind}-${entry.id}`}>
            <span className="timeline-kind">{t(kindKey(entry))}</span>
            <span>
              <TimelineEntryText entry={entry} />
              {'amount' in entry && entry.amount !== null ? ` · ${formatMoney(entry.amount, i18n.language)}` : ''}
            </span>
            <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
            <span className="muted">{staffName(entry.staffId) ? t('customers.timeline.by', { name: staffName(entry.staffId) }) : ''}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}

/** The message naming the entry's kind: an edit is named by what it did to the record. */
function kindKey(entry: TimelineEntry) {
  if (entry.kind !== 'edit') return `customers.timeline.${entry.kind}` as const
  if (entry.action === 'create') return 'customers.timeline.created'
  if (entry.action === 'delete') return 'customers.timeline.deleted'
  if (entry.action === 'restore') return 'customers.timeline.restored'
  return 'customers.timeline.edit'
}
