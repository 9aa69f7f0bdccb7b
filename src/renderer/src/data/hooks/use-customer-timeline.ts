import { useLiveQuery } from 'dexie-react-hooks'
import type { TimelineEntry } from '@shared/domain/customer-timeline'
import { loadCustomerTimeline } from '../repositories/customer-card'

/** The customer's history, newest first; undefined while loading. */
export function useCustomerTimeline(id: string): readonly TimelineEntry[] | undefined {
  return useLiveQuery(() => loadCustomerTimeline(id), [id])
}
