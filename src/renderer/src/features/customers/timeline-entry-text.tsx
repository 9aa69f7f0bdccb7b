import { useTranslation } from 'react-i18next'
import type { TimelineEntry } from '@shared/domain/customer-timeline'
import { MERGEABLE_FIELDS } from '@shared/domain/customer-merge'

const isMergeableField = (field: string): field is (typeof MERGEABLE_FIELDS)[number] =>
  MERGEABLE_FIELDS.some((candidate) => candidate === field)

/** What happened, in a line: the call's outcome and summary, the complaint's number and status… */
export function TimelineEntryText({ entry }: { readonly entry: TimelineEntry }) {
  const { t } = useTranslation()
  switch (entry.kind) {
    case 'complaint':
      return (
        <>
          {entry.number} · {t(`complaints.statuses.${entry.status}`)}
          {entry.summary ? ` · ${entry.summary}` : ''}
          {entry.satisfactionScore !== null ? ` · ${t('customers.timeline.score', { score: entry.satisfactionScore })}` : ''}
        </>
      )
    case 'task':
      return (
        <>
          {entry.purpose}
          {entry.outcome ? ` · ${entry.outcome}` : ''}
          {entry.satisfactionScore !== null ? ` · ${t('customers.timeline.score', { score: entry.satisfactionScore })}` : ''}
        </>
      )
    case 'edit': {
      if (entry.action !== 'update' || entry.changedFields.length === 0) return null
      const fields = entry.changedFields.map((field) => (isMergeableField(field) ? t(`customers.mergeFields.${field}`) : field))
      return <>{t('customers.timeline.changed', { fields: fields.join('、') })}</>
    }
    default:
      return (
        <>
          {entry.callOutcome ? `${t(`customers.callOutcomes.${entry.callOutcome}`)} · ` : ''}
          {entry.summary}
        </>
      )
  }
}
