import { useTranslation } from 'react-i18next'
import type { ScriptPhrase } from '@shared/domain/script'
import { NeverSayDetails } from './never-say-details'
import { ScriptText } from './script-text'
import { useScriptLabels } from './use-script-labels'

interface ScriptEntryProps {
  readonly phrase: ScriptPhrase
  /** Absent when the person at the desk may not change the library. */
  readonly actions?: {
    readonly onEdit: (phrase: ScriptPhrase) => void
    readonly onRetire: (phrase: ScriptPhrase) => void
    readonly onUnretire: (phrase: ScriptPhrase) => void
  }
}

/** One phrase of the library: its wording, where it applies, and for a never-say phrase what to say instead. */
export function ScriptEntry({ phrase, actions }: ScriptEntryProps) {
  const { t } = useTranslation()
  const labels = useScriptLabels()
  // The buttons repeat on every entry: the wording they act on is their description.
  const textId = `script-text-${phrase.id}`
  return (
    <li className={`script-entry kind-${phrase.kind}${phrase.retired ? ' retired' : ''}`} lang={phrase.locale}>
      <div className="script-entry-head">
        <span className={`script-kind kind-${phrase.kind}`}>{t(`scripts.kinds.${phrase.kind}`)}</span>
        {phrase.retired ? <span className="script-retired-badge">{t('scripts.entry.retired')}</span> : null}
        <span className="script-meta">
          <span>{t('scripts.entry.meta', { label: t('scripts.entry.step'), value: labels.step(phrase.step) })}</span>
          <span>{t('scripts.entry.meta', { label: t('scripts.entry.category'), value: labels.category(phrase.category) })}</span>
          <span>{t('scripts.entry.meta', { label: t('scripts.entry.personality'), value: labels.personality(phrase.personality) })}</span>
        </span>
        {actions ? (
          <span className="script-entry-actions">
            <button type="button" aria-describedby={textId} onClick={() => actions.onEdit(phrase)}>
              {t('scripts.entry.edit')}
            </button>
            {phrase.retired ? (
              <button type="button" aria-describedby={textId} onClick={() => actions.onUnretire(phrase)}>
                {t('scripts.entry.unretire')}
              </button>
            ) : (
              <button type="button" className="danger" aria-describedby={textId} onClick={() => actions.onRetire(phrase)}>
                {t('scripts.entry.retire')}
              </button>
            )}
          </span>
        ) : null}
      </div>
      <p className="script-text" id={textId}>
        <ScriptText text={phrase.text} />
      </p>
      {phrase.kind === 'never-say' ? <NeverSayDetails phrase={phrase} /> : null}
    </li>
  )
}
