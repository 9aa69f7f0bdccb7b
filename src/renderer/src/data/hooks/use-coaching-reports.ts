import { useLiveQuery } from 'dexie-react-hooks'
import { loadCoachingReports, type CoachingReports, type ReportScope } from '../repositories/reports'

/** The coaching reports (never-say flags) over the scope, kept current; undefined while loading. */
export function useCoachingReports({ range, staffId }: ReportScope): CoachingReports | undefined {
  const { from, to } = range
  // The bounds, not the scope object, are the dependencies: a new but equal scope does not re-query.
  return useLiveQuery(() => loadCoachingReports({ range: { from, to }, staffId }), [from, to, staffId])
}
