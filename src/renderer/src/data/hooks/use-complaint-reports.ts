import { useLiveQuery } from 'dexie-react-hooks'
import { loadComplaintReports, type ComplaintReports, type ReportScope } from '../repositories/reports'

/**
 * The complaint reports over the scope, kept current; undefined while loading. `now` judges
 * what is open and overdue: pass one fixed when the page opened, or every render re-queries.
 */
export function useComplaintReports({ range, staffId }: ReportScope, now: Date): ComplaintReports | undefined {
  const { from, to } = range
  const nowMillis = now.getTime()
  // The bounds, not the scope object, are the dependencies: a new but equal scope does not re-query.
  return useLiveQuery(() => loadComplaintReports({ range: { from, to }, staffId }, new Date(nowMillis)), [from, to, staffId, nowMillis])
}
