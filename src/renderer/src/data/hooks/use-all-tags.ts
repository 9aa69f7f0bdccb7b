import { useLiveQuery } from 'dexie-react-hooks'
import { listAllTags } from '../repositories/customer-list'

/** Every tag in use, for the tag filter; undefined while loading. */
export const useAllTags = (): readonly string[] | undefined => useLiveQuery(listAllTags, [])
