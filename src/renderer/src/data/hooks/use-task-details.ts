import { useLiveQuery } from 'dexie-react-hooks'
import { getTaskDetails, type TaskDetails } from '../repositories/care-tasks'

/** The task and its neighbours (customer, follow-up, series); null when there is none, undefined while loading. */
export function useTaskDetails(id: string): TaskDetails | null | undefined {
  return useLiveQuery(() => getTaskDetails(id), [id])
}
