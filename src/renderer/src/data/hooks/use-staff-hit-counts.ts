import { useLiveQuery } from 'dexie-react-hooks'
import type { HitRange } from '@shared/domain/phrase-hit'
import { listStaffHitCounts, type StaffHits } from '../repositories/phrase-hits'

/** Never-say hits per staff member within the range, kept current; undefined while loading. */
export function useStaffHitCounts({ from, to }: HitRange): readonly StaffHits[] | undefined {
  // The bounds, not the range object, are the dependencies: a new but equal range does not re-query.
  return useLiveQuery(() => listStaffHitCounts({ from, to }), [from, to])
}
