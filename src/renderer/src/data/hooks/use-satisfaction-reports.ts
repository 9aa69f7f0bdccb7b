import { useLiveQuery } from 'dexie-react-hooks'
import { loadSatisfactionReports, type ReportScope, type SatisfactionReports } from '../repositories/reports'

/** The satisfaction reports over the scope, kept current; undefined while loading. */
export function useSatisfactionReports({ range, staffId }: ReportScope): SatisfactionReports | undefined {
  const { from, to } = range
  // The bounds, not the scope object, are the dependencies: a new but equal scope does not re-query.
  return useLiveQuery(() => loadSatisfactionReports({ range: { from, to }, staffId }), [from, to, staffId])
}
