import type { Facet } from './script-library-store'

interface FacetSelectProps<T extends string> {
  readonly label: string
  readonly value: Facet<T>
  readonly options: readonly { readonly value: T; readonly label: string }[]
  /** The choice that does not filter (null). */
  readonly allLabel: string
  /** The choice of phrases written for any value (''). */
  readonly anyOnlyLabel: string
  readonly onChange: (value: Facet<T>) => void
}

const ALL = 'all'
const ANY_ONLY = 'any-only'
/*
 * Options are keyed by position, not by value: a manager's own category may be called
 * anything, "all" included, and must not be taken for one of the two fixed choices.
 */
const optionKey = (index: number): string => `option-${index}`

/** A filter over step, category or personality: everything, only the phrases for "any", or one value. */
export function FacetSelect<T extends string>({ label, value, options, allLabel, anyOnlyLabel, onChange }: FacetSelectProps<T>) {
  const selected = value === null ? ALL : value === '' ? ANY_ONLY : optionKey(options.findIndex((option) => option.value === value))
  return (
    <label className="field-inline">
      <span>{label}</span>
      <select
        value={selected}
        onChange={(event) => {
          const key = event.target.value
          if (key === ALL) onChange(null)
          else if (key === ANY_ONLY) onChange('')
          else onChange(options.find((_, index) => optionKey(index) === key)?.value ?? null)
        }}
      >
        <option value={ALL}>{allLabel}</option>
        <option value={ANY_ONLY}>{anyOnlyLabel}</option>
        {options.map((option, index) => (
          <option key={optionKey(index)} value={optionKey(index)}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
