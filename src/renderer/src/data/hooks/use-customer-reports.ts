import { useLiveQuery } from 'dexie-react-hooks'
import { loadCustomerReports, type CustomerReports, type ReportScope } from '../repositories/reports'

/** The customer reports over the scope, kept current; undefined while loading. `now` counts the days without contact. */
export function useCustomerReports({ range, staffId }: ReportScope, now: Date): CustomerReports | undefined {
  const { from, to } = range
  const at = now.getTime()
  return useLiveQuery(() => loadCustomerReports({ range: { from, to }, staffId }, new Date(at)), [from, to, staffId, at])
}
