import { useTranslation } from 'react-i18next'
import { SCRIPT_VARIABLES, type ScriptVariable } from '@shared/domain/script-variables'

/** Buttons that type a {{variable}} the coaching fills, so a manager never has to spell one. */
export function VariablePicker({ onInsert }: { readonly onInsert: (variable: ScriptVariable) => void }) {
  const { t } = useTranslation()
  return (
    <div className="variable-picker" role="group" aria-label={t('scripts.form.insertVariable')}>
      <span className="muted">{t('scripts.form.insertVariable')}</span>
      {SCRIPT_VARIABLES.map((variable) => (
        <button
          key={variable}
          type="button"
          className="variable-button"
          title={t('scripts.variableHint', { label: t(`scripts.variables.${variable}`) })}
          // Keep the caret where it is in the text field: the insertion goes there.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onInsert(variable)}
        >
          {t(`scripts.variables.${variable}`)}
        </button>
      ))}
    </div>
  )
}
