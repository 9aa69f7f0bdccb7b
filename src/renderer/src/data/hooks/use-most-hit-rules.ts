import { useLiveQuery } from 'dexie-react-hooks'
import type { HitRange } from '@shared/domain/phrase-hit'
import { listMostHitRules, type MostHitRule } from '../repositories/phrase-hits'

/** The never-say phrases hit most within the range, kept current; undefined while loading. */
export function useMostHitRules({ from, to }: HitRange, limit = 10): readonly MostHitRule[] | undefined {
  // The bounds, not the range object, are the dependencies: a new but equal range does not re-query.
  return useLiveQuery(() => listMostHitRules({ from, to }, limit), [from, to, limit])
}
