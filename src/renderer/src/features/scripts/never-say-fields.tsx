import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScriptFormDraft } from './script-draft'
import { ScriptFieldMessages } from './script-field-messages'
import { unknownVariables } from './script-text-parts'

interface NeverSayFieldsProps {
  readonly draft: ScriptFormDraft
  readonly onChange: (patch: Partial<ScriptFormDraft>) => void
  readonly whyErrors: readonly string[]
  readonly betterErrors: readonly string[]
  /** The better way takes variables too: the editor's variable buttons type into it once it has had focus. */
  readonly betterRef: Ref<HTMLTextAreaElement>
  readonly onBetterFocus: () => void
}

/** What makes a never-say phrase a rule: why it hurts, what to say instead, other wordings it catches, and where it does not apply. */
export function NeverSayFields({ draft, onChange, whyErrors, betterErrors, betterRef, onBetterFocus }: NeverSayFieldsProps) {
  const { t } = useTranslation()
  const betterUnknown = unknownVariables(draft.better)
  return (
    <>
      <div className="script-editor-row">
        <div>
          <label className="field">
            <span>{t('scripts.form.why')}</span>
            <textarea
              value={draft.why}
              rows={2}
              maxLength={500}
              lang={draft.locale}
              onChange={(event) => onChange({ why: event.target.value })}
              aria-invalid={whyErrors.length > 0 || undefined}
              aria-describedby={whyErrors.length > 0 ? 'script-why-message' : undefined}
            />
          </label>
          <ScriptFieldMessages id="script-why-message" errors={whyErrors} unknownVariables={[]} />
        </div>
        <div>
          <label className="field">
            <span>{t('scripts.form.better')}</span>
            <textarea
              ref={betterRef}
              value={draft.better}
              rows={2}
              maxLength={500}
              lang={draft.locale}
              onFocus={onBetterFocus}
              onChange={(event) => onChange({ better: event.target.value })}
              aria-invalid={betterErrors.length > 0 || undefined}
              aria-describedby={betterErrors.length > 0 || betterUnknown.length > 0 ? 'script-better-message' : undefined}
            />
          </label>
          <ScriptFieldMessages id="script-better-message" errors={betterErrors} unknownVariables={betterUnknown} />
        </div>
      </div>
      <div className="script-editor-row">
        <div>
          <label className="field">
            <span>{t('scripts.form.variants')}</span>
            <textarea
              value={draft.variantsText}
              rows={3}
              lang={draft.locale}
              onChange={(event) => onChange({ variantsText: event.target.value })}
              aria-describedby="script-variants-hint"
            />
          </label>
          <p id="script-variants-hint" className="hint field-hint">
            {t('scripts.form.variantsHint', { example: draft.locale === 'en' ? 'that is … policy' : '这是…公司…规定' })}
          </p>
        </div>
        <div>
          <label className="field">
            <span>{t('scripts.form.exceptions')}</span>
            <textarea
              value={draft.exceptionsText}
              rows={3}
              lang={draft.locale}
              onChange={(event) => onChange({ exceptionsText: event.target.value })}
              aria-describedby="script-exceptions-hint"
            />
          </label>
          <p id="script-exceptions-hint" className="hint field-hint">
            {t('scripts.form.exceptionsHint')}
          </p>
        </div>
      </div>
    </>
  )
}
