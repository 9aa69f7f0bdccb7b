import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { CareSuggestion } from '@shared/domain/care-rules'
import { formatPhone } from '@shared/domain/phone'
import { TierBadge } from '../../ui/tier-badge'
import type { CareQueueActions } from './care-queue-actions'
import { formatDaysAway } from './care-queue-format'
import { CareQueueMissing } from './care-queue-missing'
import { CareQueueReason } from './care-queue-reason'

interface CareQueueItemProps {
  readonly suggestion: CareSuggestion
  readonly today: string
  readonly actions: CareQueueActions
}

/** One suggested contact: who, why and when, how to reach them, what their record lacks, and what to do. */
export function CareQueueItem({ suggestion, today, actions }: CareQueueItemProps) {
  const { t, i18n } = useTranslation()
  const isBusy = actions.busyKey === suggestion.occasionKey
  return (
    <li className={`care-item care-item-${suggestion.due}`} data-occasion={suggestion.occasionKey}>
      <div className="care-item-main">
        <div className="care-item-who">
          <TierBadge tier={suggestion.tier} />
          <Link to={`/customers/${suggestion.customerId}`} className="care-item-name">
            {suggestion.customerName}
          </Link>
          <span className="care-item-when">{formatDaysAway(suggestion.daysAway, i18n.language)}</span>
        </div>
        <div className="care-item-why">
          <CareQueueReason suggestion={suggestion} today={today} />
        </div>
        <div className="care-item-how">
          <span>{t('careQueue.prefers', { channel: t(`customers.channels.${suggestion.preferredChannel}`) })}</span>
          {suggestion.phone === null ? null : <span className="care-item-phone">{formatPhone(suggestion.phone)}</span>}
          <CareQueueMissing missing={suggestion.missing} />
        </div>
      </div>
      <div className="care-item-actions" role="group" aria-label={t('careQueue.actions.label', { name: suggestion.customerName })}>
        <button type="button" className="primary" disabled={isBusy} onClick={() => actions.accept(suggestion)}>
          {t('careQueue.actions.accept')}
        </button>
        <button type="button" disabled={isBusy} onClick={() => actions.snooze(suggestion)}>
          {t('careQueue.actions.snooze')}
        </button>
        <button type="button" disabled={isBusy} onClick={() => actions.dismiss(suggestion)}>
          {t('careQueue.actions.dismiss')}
        </button>
      </div>
    </li>
  )
}
