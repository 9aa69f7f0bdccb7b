import { useTranslation } from 'react-i18next'
import type { ScriptPhrase } from '@shared/domain/script'
import { ScriptText } from './script-text'

/** What a never-say phrase teaches: why it hurts, what to say instead, and what else the checker catches or lets pass. */
export function NeverSayDetails({ phrase }: { readonly phrase: ScriptPhrase }) {
  const { t } = useTranslation()
  return (
    <dl className="never-say-details">
      <dt>{t('scripts.entry.why')}</dt>
      <dd>{phrase.why}</dd>
      <dt>{t('scripts.entry.better')}</dt>
      <dd className="script-better">
        <ScriptText text={phrase.better} />
      </dd>
      {phrase.variants.length > 0 ? (
        <>
          <dt>{t('scripts.entry.variants')}</dt>
          <dd className="script-phrase-chips">
            {phrase.variants.map((variant) => (
              <span key={variant} className="script-phrase-chip">
                {variant}
              </span>
            ))}
          </dd>
        </>
      ) : null}
      {phrase.exceptions.length > 0 ? (
        <>
          <dt>{t('scripts.entry.exceptions')}</dt>
          <dd className="script-phrase-chips">
            {phrase.exceptions.map((exception) => (
              <span key={exception} className="script-phrase-chip">
                {exception}
              </span>
            ))}
          </dd>
        </>
      ) : null}
    </dl>
  )
}
