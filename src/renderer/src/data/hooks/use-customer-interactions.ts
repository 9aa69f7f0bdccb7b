import { useLiveQuery } from 'dexie-react-hooks'
import type { Interaction } from '@shared/domain/interaction'
import { listInteractionsForCustomer } from '../repositories/interactions'

const NONE: readonly Interaction[] = []

/** The customer's live interactions, newest first (at most 200); [] without a customer, undefined while loading. */
export function useCustomerInteractions(customerId: string | null): readonly Interaction[] | undefined {
  return useLiveQuery(() => (customerId === null ? NONE : listInteractionsForCustomer(customerId)), [customerId])
}
