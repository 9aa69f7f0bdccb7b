import { useLiveQuery } from 'dexie-react-hooks'
import type { Customer } from '@shared/domain/customer'
import { getCustomersByIds } from '../repositories/customer-list'

/**
 * The records of the rows on screen, in the order of `ids` (undefined for an id with no
 * record); undefined while loading. Re-reads when the ids change, not when a new but
 * equal array is passed.
 */
export function useCustomersByIds(ids: readonly string[]): readonly (Customer | undefined)[] | undefined {
  return useLiveQuery(() => getCustomersByIds(ids), [ids.join('\n')])
}
