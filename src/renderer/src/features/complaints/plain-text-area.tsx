import { useId } from 'react'

interface PlainTextAreaProps {
  readonly label: string
  readonly hint?: string
  readonly value: string
  readonly onChange: (text: string) => void
  readonly disabled?: boolean
  readonly rows?: number
}

/**
 * A text field for what the customer says (their words, the remedy they want): a record of
 * their speech, so it is not checked for what a clerk must never say.
 */
export function PlainTextArea({ label, hint, value, onChange, disabled = false, rows = 3 }: PlainTextAreaProps) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="hint">{hint}</p> : null}
      <textarea id={id} rows={rows} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)} />
    </div>
  )
}
