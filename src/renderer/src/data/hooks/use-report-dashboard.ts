import { useLiveQuery } from 'dexie-react-hooks'
import { loadReportDashboard, type ReportDashboard, type ReportScope } from '../repositories/reports'

/** The reports dashboard's headline figures, kept current; undefined while loading. `now` as for useComplaintReports. */
export function useReportDashboard({ range, staffId }: ReportScope, now: Date): ReportDashboard | undefined {
  const { from, to } = range
  const nowMillis = now.getTime()
  // The bounds, not the scope object, are the dependencies: a new but equal scope does not re-query.
  return useLiveQuery(() => loadReportDashboard({ range: { from, to }, staffId }, new Date(nowMillis)), [from, to, staffId, nowMillis])
}
