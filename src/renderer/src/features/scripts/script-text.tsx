import { useTranslation } from 'react-i18next'
import { splitScriptText } from './script-text-parts'

/** A phrase's wording with each {{variable}} shown as a token, kept as written: a placeholder is never blanked. */
export function ScriptText({ text }: { readonly text: string }) {
  const { t } = useTranslation()
  return (
    <>
      {splitScriptText(text).map((part, index) =>
        part.kind === 'text' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'variable' ? (
          <span key={index} className="script-variable" title={t('scripts.variableHint', { label: t(`scripts.variables.${part.name}`) })}>
            {part.raw}
          </span>
        ) : (
          <span key={index} className="script-variable unknown" title={t('scripts.unknownVariableHint')}>
            {part.raw}
          </span>
        )
      )}
    </>
  )
}
