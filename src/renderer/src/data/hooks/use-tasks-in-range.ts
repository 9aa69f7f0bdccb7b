import { useLiveQuery } from 'dexie-react-hooks'
import { listTasksInRange, type ScheduledTask } from '../repositories/care-tasks'

/**
 * The occurrences on the shop dates [from, to] (both included), of one member of staff or
 * (staffId undefined) everyone's, kept current; undefined while loading.
 */
export function useTasksInRange(from: string, to: string, staffId?: string): readonly ScheduledTask[] | undefined {
  return useLiveQuery(() => listTasksInRange({ from, to, staffId }), [from, to, staffId])
}
