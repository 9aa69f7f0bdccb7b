import { useLiveQuery } from 'dexie-react-hooks'
import type { Staff } from '@shared/domain/staff'
import { listActiveStaff, listAllStaff } from '../repositories/staff'

/** Staff who can be at the desk, by name; undefined while loading. */
export const useActiveStaff = (): readonly Staff[] | undefined => useLiveQuery(listActiveStaff, [])

/** All staff not deleted, active or not, by name; undefined while loading. */
export const useAllStaff = (): readonly Staff[] | undefined => useLiveQuery(listAllStaff, [])
