import { useLiveQuery } from 'dexie-react-hooks'
import { loadCustomerCard, type CustomerCard } from '../repositories/customer-card'

/** The customer card; null when there is no such customer, undefined while loading. Pass a `now` that stays put between renders. */
export function useCustomerCard(id: string, now: Date): CustomerCard | null | undefined {
  return useLiveQuery(() => loadCustomerCard(id, now), [id, now.getTime()])
}
