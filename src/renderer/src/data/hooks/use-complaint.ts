import { useLiveQuery } from 'dexie-react-hooks'
import type { Complaint } from '@shared/domain/complaint'
import { complaintsRepository } from '../repositories/complaints'

/** The complaint record (deleted or not); null when there is none or no id, undefined while loading. */
export function useComplaint(id: string | null): Complaint | null | undefined {
  return useLiveQuery(async () => (id === null ? null : ((await complaintsRepository.get(id)) ?? null)), [id])
}
