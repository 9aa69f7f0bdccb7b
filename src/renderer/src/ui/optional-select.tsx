interface OptionalSelectProps {
  readonly label: string
  /** null: the empty choice ("any", "none"). */
  readonly value: string | null
  readonly emptyLabel: string
  readonly options: readonly { readonly value: string; readonly label: string }[]
  readonly onChange: (value: string | null) => void
  readonly inline?: boolean
}

/** A labelled <select> whose first choice is "nothing chosen". */
export function OptionalSelect({ label, value, emptyLabel, options, onChange, inline = false }: OptionalSelectProps) {
  return (
    <label className={inline ? 'field-inline' : 'field'}>
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
