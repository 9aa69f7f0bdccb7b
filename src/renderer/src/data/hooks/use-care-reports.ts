import { useLiveQuery } from 'dexie-react-hooks'
import { loadCareReports, type CareReports, type ReportScope } from '../repositories/reports'

/** The care and visit reports over the scope, kept current; undefined while loading. `now` tells overdue from upcoming. */
export function useCareReports({ range, staffId }: ReportScope, now: Date): CareReports | undefined {
  const { from, to } = range
  const at = now.getTime()
  return useLiveQuery(() => loadCareReports({ range: { from, to }, staffId }, new Date(at)), [from, to, staffId, at])
}
