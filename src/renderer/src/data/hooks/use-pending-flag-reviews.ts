import { useLiveQuery } from 'dexie-react-hooks'
import { listPendingFlagReviews, type PendingFlagReview } from '../repositories/flag-review'

/** Dismissed never-say flags waiting for the manager, newest complaint first, kept current; undefined while loading. */
export const usePendingFlagReviews = (): readonly PendingFlagReview[] | undefined => useLiveQuery(listPendingFlagReviews, [])
