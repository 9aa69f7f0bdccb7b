import { useTranslation } from 'react-i18next'
import type { CareQueueSection as Section } from '@shared/domain/care-rules'
import type { CareQueueActions } from './care-queue-actions'
import { CareQueueGroup } from './care-queue-group'

interface CareQueueSectionProps {
  readonly section: Section
  readonly today: string
  readonly actions: CareQueueActions
  /** While chunks are still being read an empty section may yet fill: say nothing until they are all in. */
  readonly isComplete: boolean
}

/** Overdue, today, this week or coming up: the suggestions due then, grouped by reason. */
export function CareQueueSection({ section, today, actions, isComplete }: CareQueueSectionProps) {
  const { t } = useTranslation()
  const headingId = `care-section-${section.due}`
  return (
    <section className={`care-section care-section-${section.due}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`careQueue.sections.${section.due}`)}
        <span className="care-count">{t('careQueue.count', { count: section.count })}</span>
      </h2>
      {section.groups.length === 0 && isComplete ? <p className="muted care-empty">{t(`careQueue.sectionEmpty.${section.due}`)}</p> : null}
      {section.groups.map((group) => (
        <CareQueueGroup key={group.reason} group={group} today={today} actions={actions} />
      ))}
    </section>
  )
}
