/**
 * Every report, in the order the dashboard lists them. A report is a definition here, a title
 * and description under `reports.list.<id>` in both message files, and section titles under
 * `reports.sections.*`; the report page, the printout and the exports need nothing else.
 *
 * To add one: write a hook that loads the data and returns its
 * sections (see complaint-sections.ts), add its entry below, and its group to REPORT_GROUPS.
 */
import { useCareSections } from './care-sections'
import { useCoachingSections } from './coaching-sections'
import { useComplaintSections, useComplaintTimeSections, useOpenComplaintSections, useRootCauseSections } from './complaint-sections'
import { useCustomerSections } from './customer-sections'
import type { ReportDefinition } from './report-definition'
import { useSatisfactionSections } from './satisfaction-sections'

export const REPORTS: readonly ReportDefinition[] = [
  { id: 'complaints', group: 'complaints', staffFilter: true, orientation: 'portrait', useSections: useComplaintSections },
  { id: 'root-causes', group: 'complaints', staffFilter: true, orientation: 'portrait', useSections: useRootCauseSections },
  { id: 'complaint-times', group: 'complaints', staffFilter: true, orientation: 'landscape', useSections: useComplaintTimeSections },
  { id: 'open-complaints', group: 'complaints', staffFilter: true, orientation: 'portrait', useSections: useOpenComplaintSections },
  { id: 'satisfaction', group: 'satisfaction', staffFilter: true, orientation: 'portrait', useSections: useSatisfactionSections },
  { id: 'care', group: 'care', staffFilter: true, orientation: 'portrait', useSections: useCareSections },
  { id: 'customers', group: 'customers', staffFilter: true, orientation: 'portrait', useSections: useCustomerSections },
  { id: 'coaching', group: 'coaching', staffFilter: true, orientation: 'portrait', useSections: useCoachingSections }
]

export const findReport = (id: string | undefined): ReportDefinition | undefined => REPORTS.find((report) => report.id === id)
