import { useId, useState, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { Customer } from '@shared/domain/customer'
import { formatPhone } from '@shared/domain/phone'
import { TierBadge } from './tier-badge'

interface CustomerComboboxProps {
  /** The customers found for a query, best first; undefined while the search runs. Callers pass the data layer's search. */
  readonly useResults: (query: string) => readonly Customer[] | undefined
  readonly onPick: (customer: Customer) => void
  readonly excludeId?: string
  readonly inputRef?: Ref<HTMLInputElement>
  readonly autoFocus?: boolean
}

/**
 * One box that finds a customer as the clerk types: name, pinyin or initials, any 3+
 * digits of a phone, company or tag. A combobox: arrows move, Enter opens, Escape clears.
 */
export function CustomerCombobox({ useResults, onPick, excludeId, inputRef, autoFocus }: CustomerComboboxProps) {
  const { t } = useTranslation()
  const listId = useId()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const found = useResults(query)
  const results = (found ?? []).filter((customer) => customer.id !== excludeId)
  const open = query.trim() !== '' && found !== undefined

  const pick = (customer: Customer | undefined) => {
    if (!customer) return
    setQuery('')
    setActive(0)
    onPick(customer)
  }

  return (
    <div className="customer-search">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={t('customers.search.label')}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${results[active].id}` : undefined}
        placeholder={t('customers.search.placeholder')}
        value={query}
        autoFocus={autoFocus}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, results.length - 1))
          else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0))
          else if (event.key === 'Enter') pick(results[active])
          else if (event.key === 'Escape') setQuery('')
          else return
          event.preventDefault()
        }}
      />
      {open ? (
        <ul id={listId} role="listbox" className="search-results" aria-label={t('customers.search.results', { count: results.length })}>
          {results.length === 0 ? (
            <li className="muted" role="presentation">
              {t('customers.search.noResults', { query: query.trim() })}
            </li>
          ) : null}
          {results.map((customer, index) => (
            <li
              key={customer.id}
              id={`${listId}-${customer.id}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(customer)}
              onMouseEnter={() => setActive(index)}
            >
              <TierBadge tier={customer.tier} />
              <strong>{customer.name}</strong>
              <span className="muted">{customer.phones[0] ? formatPhone(customer.phones[0]) : ''}</span>
              <span className="muted">{customer.company}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
