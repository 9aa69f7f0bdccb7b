import { useLiveQuery } from 'dexie-react-hooks'
import type { Customer } from '@shared/domain/customer'
import { searchCustomers } from '../repositories/customer-search'

const NO_RESULTS: readonly Customer[] = []

/** The best matches for what the clerk typed, kept current; [] for an empty query, undefined while loading. */
export function useCustomerSearch(query: string): readonly Customer[] | undefined {
  const results = useLiveQuery(() => searchCustomers(query), [query])
  return query.trim() === '' ? NO_RESULTS : results
}
