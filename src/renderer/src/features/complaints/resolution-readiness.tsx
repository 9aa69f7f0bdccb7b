import { useTranslation } from 'react-i18next'
import { useIntake } from './intake-context'

/** What still stands between the intake and a resolution, so "finish" never surprises the clerk. */
export function ResolutionReadiness() {
  const { t } = useTranslation()
  const { fields, complaint } = useIntake()
  const needsSupervisor = fields.severity !== 'ordinary'
  const items: readonly { readonly key: 'proposed' | 'accepted' | 'escalated'; readonly done: boolean }[] = [
    { key: 'proposed', done: fields.resolution.kind !== null },
    { key: 'accepted', done: fields.resolution.accepted === true },
    ...(needsSupervisor ? [{ key: 'escalated', done: complaint.escalation.at !== null } as const] : [])
  ]
  return (
    <section aria-labelledby="readiness-title" className="readiness">
      <h3 id="readiness-title">{t('complaints.readiness.title')}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.key} className={item.done ? 'ok-text' : 'warn-text'}>
            {item.done ? '✓ ' : '○ '}
            {t(`complaints.readiness.${item.key}`)}
          </li>
        ))}
      </ul>
      <p className="hint">{t(items.every((item) => item.done) ? 'complaints.readiness.ready' : 'complaints.readiness.notReady')}</p>
    </section>
  )
}
