import { useLiveQuery } from 'dexie-react-hooks'
import type { Complaint } from '@shared/domain/complaint'
import { getComplaintsByIds } from '../repositories/complaint-list'

/**
 * The records of the rows on screen, in the order of `ids` (undefined for an id with no
 * record); undefined while loading. Re-reads when the ids change, not when a new but
 * equal array is passed.
 */
export function useComplaintsByIds(ids: readonly string[]): readonly (Complaint | undefined)[] | undefined {
  return useLiveQuery(() => getComplaintsByIds(ids), [ids.join('\n')])
}
