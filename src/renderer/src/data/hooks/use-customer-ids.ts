import { useLiveQuery } from 'dexie-react-hooks'
import { listCustomerIds, type CustomerListQuery } from '../repositories/customer-list'

/**
 * The ordered ids of the customer list; undefined while loading. The query re-runs when
 * one of its values changes, not when a new but equal query object is passed; `now`
 * counts only while the no-contact filter uses it.
 */
export function useCustomerIds(query: CustomerListQuery): readonly string[] | undefined {
  const { sort, tiers, personalities, ownerId, tag, noContactForDays, openComplaintsOnly, now } = query
  return useLiveQuery(
    () => listCustomerIds(query),
    [
      sort.field,
      sort.direction,
      tiers.join(),
      personalities.join(),
      ownerId,
      tag,
      noContactForDays,
      openComplaintsOnly,
      noContactForDays === null ? null : now.getTime()
    ]
  )
}
