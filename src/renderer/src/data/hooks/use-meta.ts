import { useLiveQuery } from 'dexie-react-hooks'
import { getMeta, type MetaKey, type MetaValues } from '../repositories/meta'

/** A local meta value: null when unset, undefined while loading. */
export function useMeta<K extends MetaKey>(key: K): MetaValues[K] | null | undefined {
  return useLiveQuery(() => getMeta(key), [key])
}
