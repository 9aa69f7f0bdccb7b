import { useTranslation } from 'react-i18next'
import type { ScriptPhrase } from '@shared/domain/script'
import { ScriptEntry } from './script-entry'

interface ScriptListProps {
  /** undefined while loading. */
  readonly phrases: readonly ScriptPhrase[] | undefined
  readonly emptyMessage: string
  readonly actions?: {
    readonly onEdit: (phrase: ScriptPhrase) => void
    readonly onRetire: (phrase: ScriptPhrase) => void
    readonly onUnretire: (phrase: ScriptPhrase) => void
  }
}

/** The phrases found. The library holds a few hundred at most, so every one is rendered: no windowing to get in the way of find-in-page. */
export function ScriptList({ phrases, emptyMessage, actions }: ScriptListProps) {
  const { t } = useTranslation()
  if (phrases === undefined) return <p className="muted">{t('scripts.loading')}</p>
  if (phrases.length === 0) return <p className="script-list-empty muted">{emptyMessage}</p>
  return (
    <ul className="script-list" aria-label={t('scripts.entry.listLabel')}>
      {phrases.map((phrase) => (
        <ScriptEntry key={phrase.id} phrase={phrase} actions={actions} />
      ))}
    </ul>
  )
}
