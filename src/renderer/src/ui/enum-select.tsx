interface EnumSelectProps<T extends string> {
  readonly label: string
  readonly value: T
  readonly options: readonly T[]
  readonly optionLabel: (option: T) => string
  readonly onChange: (value: T) => void
}

/** A labelled <select> over a fixed list of string values, typed end to end. */
export function EnumSelect<T extends string>({ label, value, options, optionLabel, onChange }: EnumSelectProps<T>) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(options.find((option) => option === event.target.value) ?? value)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  )
}
