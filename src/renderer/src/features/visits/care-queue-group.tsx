import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CareQueueGroup as Group } from '@shared/domain/care-rules'
import type { CareQueueActions } from './care-queue-actions'
import { CareQueueItem } from './care-queue-item'

/** The first suggestions of a group, and more on request: a long list is read from the top (the best tiers). */
const FIRST_SHOWN = 10
const MORE_STEP = 50

interface CareQueueGroupProps {
  readonly group: Group
  readonly today: string
  readonly actions: CareQueueActions
}

/** The suggestions of one reason in one section, best tiers first. */
export function CareQueueGroup({ group, today, actions }: CareQueueGroupProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const [shown, setShown] = useState(FIRST_SHOWN)
  const hidden = group.suggestions.length - shown
  return (
    <section className="care-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(`careQueue.reasons.${group.reason}`)}
        <span className="care-count">{t('careQueue.count', { count: group.suggestions.length })}</span>
      </h3>
      <ul className="care-list">
        {group.suggestions.slice(0, shown).map((suggestion) => (
          <CareQueueItem key={suggestion.occasionKey} suggestion={suggestion} today={today} actions={actions} />
        ))}
      </ul>
      {hidden > 0 ? (
        <button type="button" className="care-more" onClick={() => setShown((count) => count + MORE_STEP)}>
          {t('careQueue.showMore', { count: Math.min(hidden, MORE_STEP) })}
        </button>
      ) : null}
    </section>
  )
}
