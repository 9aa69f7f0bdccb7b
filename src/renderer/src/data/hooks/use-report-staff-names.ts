import { useLiveQuery } from 'dexie-react-hooks'
import { listStaffNames } from '../repositories/reports'

/** Every staff member's name by id (former and deleted staff too), kept current; undefined while loading. */
export const useReportStaffNames = (): ReadonlyMap<string, string> | undefined => useLiveQuery(listStaffNames, [])
