import { useTranslation } from 'react-i18next'

interface ScriptFieldMessagesProps {
  /** The id the field's aria-describedby names. */
  readonly id: string
  readonly errors: readonly string[]
  /** Unknown {{variables}} in this field: allowed, but they will never be filled. */
  readonly unknownVariables: readonly string[]
}

/** What is wrong with one field of the script editor, and what deserves a second look. */
export function ScriptFieldMessages({ id, errors, unknownVariables }: ScriptFieldMessagesProps) {
  const { t, i18n } = useTranslation()
  if (errors.length === 0 && unknownVariables.length === 0) return null
  return (
    <span id={id} role="alert" className="field-messages">
      {errors.map((error) => (
        <span key={error} className="error-text">
          {error}
        </span>
      ))}
      {unknownVariables.length > 0 ? (
        <span className="warn-text">{t('scripts.form.unknownVariables', { names: new Intl.ListFormat(i18n.language).format(unknownVariables.map((name) => `{{${name}}}`)) })}</span>
      ) : null}
    </span>
  )
}
