import { useTranslation } from 'react-i18next'
import type { NeverSayRule, PhraseFlag } from '@shared/domain/phrase-check'

interface PhraseFlagListProps {
  readonly id: string
  readonly flags: readonly PhraseFlag[]
  readonly rules: readonly NeverSayRule[]
  readonly fill: (text: string) => string
  readonly onReplace: (flag: PhraseFlag, better: string) => void
  readonly onDismiss?: (flag: PhraseFlag) => void
}

/** Each flagged phrase with why it hurts, the better wording, and what the clerk can do about it. */
export function PhraseFlagList({ id, flags, rules, fill, onReplace, onDismiss }: PhraseFlagListProps) {
  const { t } = useTranslation()
  if (flags.length === 0) return null
  return (
    <ul id={id} className="phrase-flags" aria-live="polite" aria-label={t('complaints.flags.label', { count: flags.length })}>
      {flags.map((flag) => {
        const rule = rules.find((candidate) => candidate.id === flag.ruleId)
        if (rule === undefined) return null
        const better = fill(rule.better)
        return (
          <li key={`${flag.ruleId}-${flag.start}`} className="phrase-flag">
            <p className="phrase-flag-said">
              <strong>{t('complaints.flags.neverSay', { phrase: flag.matched })}</strong>
            </p>
            <p>
              <span className="muted">{t('complaints.flags.why')}</span> {rule.why}
            </p>
            <p>
              <span className="muted">{t('complaints.flags.better')}</span> {better}
            </p>
            <div className="button-row">
              <button type="button" className="primary" onClick={() => onReplace(flag, rule.better)}>
                {t('complaints.flags.replace')}
              </button>
              {onDismiss ? (
                <button type="button" onClick={() => onDismiss(flag)}>
                  {t('complaints.flags.dismiss')}
                </button>
              ) : null}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
