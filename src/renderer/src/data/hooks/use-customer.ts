import { useLiveQuery } from 'dexie-react-hooks'
import type { Customer } from '@shared/domain/customer'
import { customersRepository } from '../repositories/customers'

/** The customer record (deleted or not); null when there is none or no id, undefined while loading. */
export function useCustomer(id: string | null): Customer | null | undefined {
  return useLiveQuery(async () => (id === null ? null : ((await customersRepository.get(id)) ?? null)), [id])
}
