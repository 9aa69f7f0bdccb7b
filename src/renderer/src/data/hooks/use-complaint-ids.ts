import { useLiveQuery } from 'dexie-react-hooks'
import { listComplaintIds, type ComplaintListQuery } from '../repositories/complaint-list'

/**
 * The ordered ids of the complaint list; undefined while loading. The query re-runs when
 * one of its values changes, not when a new but equal query object is passed; `now` and
 * the deadlines count only while the overdue filter uses them.
 */
export function useComplaintIds(query: ComplaintListQuery): readonly string[] | undefined {
  const { sort, statuses, overdueOnly, categories, severities, handlerId, now, deadlines } = query
  return useLiveQuery(
    () => listComplaintIds(query),
    [
      sort.field,
      sort.direction,
      statuses.join(),
      // Categories are the shop's own words: joined with a character no one types into a name.
      categories.join('\n'),
      severities.join(),
      handlerId,
      overdueOnly,
      overdueOnly ? now.getTime() : null,
      overdueOnly ? JSON.stringify(deadlines) : null
    ]
  )
}
