import { useLiveQuery } from 'dexie-react-hooks'
import type { CareTask } from '@shared/domain/care-task'
import { getFollowUpCall } from '../repositories/complaint-intake'

/** The complaint's follow-up call; null when none is planned, undefined while loading. */
export function useFollowUpCall(complaintId: string): CareTask | null | undefined {
  return useLiveQuery(async () => (await getFollowUpCall(complaintId)) ?? null, [complaintId])
}
