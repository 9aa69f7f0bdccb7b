import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SCRIPT_KINDS, SCRIPT_LOCALES, type ScriptKind, type ScriptLocale, type ScriptPhrase } from '@shared/domain/script'
import { scriptProblems, type ScriptProblem } from '@shared/domain/script-validation'
import type { ScriptVariable } from '@shared/domain/script-variables'
import { useComplaintCategories } from '../../data/hooks/use-complaint-categories'
import { useScripts } from '../../data/hooks/use-scripts'
import { createScript, ScriptValidationError, updateScript } from '../../data/repositories/scripts'
import { useActor } from '../../session/session-store'
import { EnumSelect } from '../../ui/enum-select'
import { FormButtons } from '../../ui/form-buttons'
import { ModalDialog } from '../../ui/modal-dialog'
import { OptionalSelect } from '../../ui/optional-select'
import { useToastStore } from '../../ui/toast-store'
import { insertText } from './insert-text'
import { draftFromScript, emptyScriptDraft, fieldOfProblem, scriptFromDraft, type ScriptFormDraft, type ScriptFormField } from './script-draft'
import { scriptFacets } from './script-facets'
import { NeverSayFields } from './never-say-fields'
import { ScriptFieldMessages } from './script-field-messages'
import { unknownVariables } from './script-text-parts'
import { useScriptLabels } from './use-script-labels'
import { useScriptProblemText } from './use-script-problem-text'
import { VariablePicker } from './variable-picker'

interface ScriptEditorDialogProps {
  /** The phrase to edit; null to add one. */
  readonly script: ScriptPhrase | null
  /** A new phrase starts in the language and kind the list shows. */
  readonly newLocale: ScriptLocale
  readonly newKind: ScriptKind
  readonly onClose: () => void
}

/** Fields that take wording the coaching may fill: the variable buttons type into the last one used. */
type WordingField = 'text' | 'better'

export function ScriptEditorDialog({ script, newLocale, newKind, onClose }: ScriptEditorDialogProps) {
  const { t } = useTranslation()
  const actor = useActor()
  const showToast = useToastStore((state) => state.show)
  const labels = useScriptLabels()
  const [draft, setDraft] = useState<ScriptFormDraft>(() => (script ? draftFromScript(script) : emptyScriptDraft(newLocale, newKind)))
  // Problems show once a save was tried, then follow every change: no red before the manager has typed.
  const [attempted, setAttempted] = useState(false)
  const [refused, setRefused] = useState<readonly ScriptProblem[]>([])
  const [failure, setFailure] = useState('')
  const [wordingField, setWordingField] = useState<WordingField>('text')
  const textRef = useRef<HTMLTextAreaElement>(null)
  const betterRef = useRef<HTMLTextAreaElement>(null)

  /*
   * Start in the wording. Not autoFocus: the dialog's showModal runs after the form mounts and
   * would move focus to its first control; this effect runs after that one.
   */
  useEffect(() => {
    textRef.current?.focus()
  }, [])

  // The rest of the draft's language, retired phrases included: the same library the repository checks against.
  const library = useScripts({ locale: draft.locale, includeRetired: true })
  const others = (library ?? []).filter((phrase) => phrase.id !== script?.id)
  const problemText = useScriptProblemText(library)
  const categories = useComplaintCategories()
  const facets = scriptFacets([...(library ?? []), draft], categories)

  const content = scriptFromDraft(draft)
  const local = attempted ? scriptProblems({ ...content, id: script?.id }, others) : []
  // The repository may still refuse what looked fine here (another PC's import landed meanwhile).
  const problems = local.length > 0 ? local : refused
  const errorsOf = (field: ScriptFormField): readonly string[] =>
    problems.filter((problem) => fieldOfProblem(problem, draft.kind) === field).map(problemText)

  const change = (patch: Partial<ScriptFormDraft>) => {
    setDraft((current) => ({ ...current, ...patch }))
    setRefused([])
    setFailure('')
  }

  const insertVariable = (variable: ScriptVariable) => {
    const field = draft.kind === 'never-say' ? wordingField : 'text'
    const element = (field === 'text' ? textRef : betterRef).current
    const value = draft[field]
    const { value: next, caret } = insertText(value, element?.selectionStart ?? value.length, element?.selectionEnd ?? value.length, `{{${variable}}}`)
    change(field === 'text' ? { text: next } : { better: next })
    // After React has written the new value: put the caret after the variable, as typing would.
    requestAnimationFrame(() => {
      element?.focus()
      element?.setSelectionRange(caret, caret)
    })
  }

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    setAttempted(true)
    // Before the library has loaded, the repository's own check is the only one.
    if (library !== undefined && scriptProblems({ ...content, id: script?.id }, others).length > 0) return
    try {
      if (script) await updateScript(script.id, content, actor)
      else await createScript(content, actor)
      showToast({ message: script ? t('scripts.toasts.saved') : t('scripts.toasts.created') })
      onClose()
    } catch (error) {
      if (error instanceof ScriptValidationError) setRefused(error.problems)
      else setFailure(t('scripts.toasts.failed', { message: error instanceof Error ? error.message : String(error) }))
    }
  }

  const textErrors = errorsOf('text')
  const textUnknown = unknownVariables(draft.text)

  return (
    <ModalDialog open size="wide" title={script ? t('scripts.form.editTitle') : t('scripts.form.addTitle')} onCancel={onClose}>
      <form className="script-editor" onSubmit={(event) => void save(event)} noValidate>
        {draft.retired ? <p className="banner">{t('scripts.form.retiredNote')}</p> : null}
        <div className="script-editor-row">
          <EnumSelect label={t('scripts.form.kind')} value={draft.kind} options={SCRIPT_KINDS} optionLabel={(kind) => t(`scripts.kinds.${kind}`)} onChange={(kind) => change({ kind })} />
          <EnumSelect
            label={t('scripts.form.locale')}
            value={draft.locale}
            options={SCRIPT_LOCALES}
            optionLabel={(locale) => t(`scripts.locales.${locale}`)}
            onChange={(locale) => change({ locale })}
          />
        </div>
        <label className="field">
          <span>{t(`scripts.form.text.${draft.kind}`)}</span>
          <textarea
            ref={textRef}
            value={draft.text}
            rows={3}
            maxLength={500}
            lang={draft.locale}
            onFocus={() => setWordingField('text')}
            onChange={(event) => change({ text: event.target.value })}
            aria-invalid={textErrors.length > 0 || undefined}
            aria-describedby={textErrors.length > 0 || textUnknown.length > 0 ? 'script-text-message' : undefined}
          />
        </label>
        <ScriptFieldMessages id="script-text-message" errors={textErrors} unknownVariables={textUnknown} />
        <VariablePicker onInsert={insertVariable} />
        {draft.kind === 'never-say' ? (
          <NeverSayFields
            draft={draft}
            onChange={change}
            whyErrors={errorsOf('why')}
            betterErrors={errorsOf('better')}
            betterRef={betterRef}
            onBetterFocus={() => setWordingField('better')}
          />
        ) : null}
        <div className="script-editor-row three">
          <OptionalSelect
            label={t('scripts.form.step')}
            value={draft.step || null}
            emptyLabel={t('scripts.any')}
            options={facets.steps.map((step) => ({ value: step, label: labels.step(step) }))}
            onChange={(step) => change({ step: step ?? '' })}
          />
          <OptionalSelect
            label={t('scripts.form.category')}
            value={draft.category || null}
            emptyLabel={t('scripts.any')}
            options={facets.categories.map((category) => ({ value: category, label: labels.category(category) }))}
            onChange={(category) => change({ category: category ?? '' })}
          />
          <OptionalSelect
            label={t('scripts.form.personality')}
            value={draft.personality || null}
            emptyLabel={t('scripts.any')}
            options={facets.personalities.map((personality) => ({ value: personality, label: labels.personality(personality) }))}
            onChange={(value) => change({ personality: facets.personalities.find((personality) => personality === value) ?? '' })}
          />
        </div>
        {problems.length > 0 ? (
          <p role="alert" className="error-text">
            {t('scripts.form.fixProblems')}
          </p>
        ) : null}
        {failure ? (
          <p role="alert" className="error-text">
            {failure}
          </p>
        ) : null}
        <FormButtons saveLabel={t('scripts.form.save')} cancelLabel={t('scripts.form.cancel')} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
