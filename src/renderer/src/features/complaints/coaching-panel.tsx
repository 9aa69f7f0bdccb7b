import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ComplaintIntakeStep } from '@shared/domain/complaint-steps'
import type { PersonalityType } from '@shared/domain/customer'
import type { ScriptLocale } from '@shared/domain/script'
import { useScripts } from '../../data/hooks/use-scripts'
import { useSuggestedScripts } from '../../data/hooks/use-suggested-scripts'
import { VariableText } from './variable-text'
import { usePhraseTargets } from './phrase-target'

interface CoachingPanelProps {
  readonly step: ComplaintIntakeStep
  readonly category: string
  readonly personality: PersonalityType
  readonly locale: ScriptLocale
  readonly fill: (text: string) => string
  /** Whether suggested wording can go anywhere: a closed complaint takes no more text. */
  readonly canInsert: boolean
}

/** Ctrl+1 … Ctrl+5 put the suggestion of that number into the text field in use. */
const SUGGESTION_COUNT = 5

/**
 * What to say now: the library's wording for this step, the complaint's category and the
 * customer's personality, best fit first, each one key away from the reply. Under it, the step's
 * principle and the library's advice for difficult customers.
 */
export function CoachingPanel({ step, category, personality, locale, fill, canInsert }: CoachingPanelProps) {
  const { t } = useTranslation()
  const targets = usePhraseTargets()
  const suggestions = useSuggestedScripts({ locale, step, category, personality }, SUGGESTION_COUNT)
  const tips = useScripts(useMemo(() => ({ kind: 'tip', locale }) as const, [locale]))
  const filled = useMemo(() => (suggestions ?? []).map((phrase) => ({ id: phrase.id, text: fill(phrase.text) })), [suggestions, fill])

  useEffect(() => {
    if (!canInsert || targets === null) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.ctrlKey || event.altKey || event.shiftKey || event.metaKey) return
      const suggestion = filled[Number(event.key) - 1]
      if (!/^[1-9]$/.test(event.key) || suggestion === undefined) return
      event.preventDefault()
      targets.insert(suggestion.text)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [filled, targets, canInsert])

  return (
    <section className="coaching-panel card" aria-labelledby="coaching-title">
      <h2 id="coaching-title">{t('complaints.coaching.title')}</h2>
      <p className="coaching-principle">{t(`complaints.stepGuide.${step}`)}</p>
      <h3>{t('complaints.coaching.suggested')}</h3>
      {suggestions === undefined ? <p className="muted">{t('complaints.loading')}</p> : null}
      {suggestions?.length === 0 ? <p className="muted">{t('complaints.coaching.noSuggestions')}</p> : null}
      <ol className="suggestions">
        {filled.map((suggestion, index) => (
          <li key={suggestion.id}>
            <button
              type="button"
              className="suggestion"
              disabled={!canInsert}
              onClick={() => targets?.insert(suggestion.text)}
              aria-keyshortcuts={`Control+${index + 1}`}
              aria-label={t('complaints.coaching.insertLabel', { text: suggestion.text })}
            >
              <kbd>Ctrl+{index + 1}</kbd>
              <VariableText text={suggestion.text} />
            </button>
          </li>
        ))}
      </ol>
      {canInsert ? <p className="hint">{t('complaints.coaching.insertHint')}</p> : null}
      {tips && tips.length > 0 ? (
        <details className="coaching-tips">
          <summary>{t('complaints.coaching.difficultCustomers')}</summary>
          <ul>
            {tips.map((tip) => (
              <li key={tip.id}>{tip.text}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  )
}
