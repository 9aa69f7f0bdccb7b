/**
 * The reports' data: records gathered through indexes, figures computed by the pure functions
 * in @shared/domain/report-*. One read per family of reports (complaints, satisfaction,
 * coaching); the tables of a family all come from the same records, so they agree.
 */
import { unpackComplaintFact, type ComplaintFact } from '@shared/domain/complaint-month-facts'
import { factMonthsOf } from '@shared/domain/fact-bundles'
import { DEFAULT_COMPLAINT_DEADLINES, isValidComplaintDeadlines, type ComplaintDeadlines } from '@shared/domain/complaint-deadlines'
import { flagsByStaff, topPhrases } from '@shared/domain/report-coaching'
import {
  complaintsByCategory,
  complaintsByMonth,
  complaintsBySeverity,
  complaintsInScope,
  complaintTimes,
  openComplaintsByAge,
  rootCausePareto,
  type ReportComplaint,
  type RootCausePareto
} from '@shared/domain/report-complaints'
import { reportHeadlines, type ReportHeadlines } from '@shared/domain/report-headlines'
import { reportMonths, reportRangeSpan, type ReportRange } from '@shared/domain/report-range'
import {
  satisfactionByCategory,
  satisfactionByMonth,
  satisfactionByStaff,
  satisfactionGivenBy
} from '@shared/domain/report-satisfaction'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { DEFAULT_CARE_SETTINGS, isValidCareSettings } from '@shared/domain/care-settings'
import type { Customer } from '@shared/domain/customer'
import { unpackCustomerFacts } from '@shared/domain/customer-report-facts'
import { todayInShop } from '@shared/domain/days'
import { occurrencesInRange } from '@shared/domain/schedule'
import { SERIES_BUNDLE, unpackCareTaskFacts } from '@shared/domain/care-task-month-facts'
import { unpackPurchaseFacts } from '@shared/domain/purchase-month-facts'
import { careByMonth, careByPurpose, careByStaff, carePurposeOf, type ReportCareContact } from '@shared/domain/report-care'
import { customersAtRisk, customersByPersonality, customersByTier, type AtRiskCustomers } from '@shared/domain/report-customers'
import { countInto, type ReportTable } from '@shared/domain/report-table'
import { db } from '../db'
import { countOpenComplaintsByCustomer } from './complaint-list'
import { listStaffHitCounts } from './phrase-hits'
import { getSetting } from './settings'

/**
 * Every staff member's name by id, former and deleted ones too: a report about last year names
 * whoever handled the complaints then. The staff table is a handful of rows.
 */
export async function listStaffNames(): Promise<ReadonlyMap<string, string>> {
  const staff = await db.staff.toArray()
  return new Map(staff.map((member) => [member.id, member.name]))
}

/** What a report covers: days of the shop's calendar, and everyone or one member of staff. */
export interface ReportScope {
  readonly range: ReportRange
  /** Null: everyone. */
  readonly staffId: string | null
}

/**
 * The live complaints received within the range (and handled by the staff member, when one is
 * chosen), as the reports read them: from the monthly fact bundles (complaint-month-facts),
 * one record per month of the range, rather than every complaint record of the period.
 */
export async function listReportComplaints(scope: ReportScope): Promise<readonly ComplaintFact[]> {
  const span = reportRangeSpan(scope.range)
  const bundles = await db.complaintMonthFacts.bulkGet([...factMonthsOf(span)])
  const facts = bundles.flatMap((bundle) => (bundle === undefined ? [] : Object.entries(bundle.facts).map(([id, fact]) => unpackComplaintFact(id, fact))))
  return complaintsInScope(facts, { span, staffId: scope.staffId })
}

export interface ComplaintReports {
  readonly byCategory: ReportTable
  readonly bySeverity: ReportTable
  readonly byMonth: ReportTable
  readonly rootCauses: RootCausePareto
  readonly times: ReportTable
  /** The complaints of the range still open at `now`, by age. */
  readonly openByAge: ReportTable
}

const readDeadlines = () => getSetting(SETTING_KEYS.complaintDeadlines, DEFAULT_COMPLAINT_DEADLINES, isValidComplaintDeadlines)

function complaintTables(complaints: readonly ReportComplaint[], range: ReportRange, deadlines: ComplaintDeadlines, now: Date): ComplaintReports {
  return {
    byCategory: complaintsByCategory(complaints),
    bySeverity: complaintsBySeverity(complaints),
    byMonth: complaintsByMonth(complaints, reportMonths(range)),
    rootCauses: rootCausePareto(complaints),
    times: complaintTimes(complaints, deadlines),
    openByAge: openComplaintsByAge(complaints, deadlines, now.toISOString())
  }
}

/** Every complaint report over the scope; `now` judges what is open and overdue. */
export function loadComplaintReports(scope: ReportScope, now: Date): Promise<ComplaintReports> {
  return db.transaction('r', [db.complaintMonthFacts, db.settings], async () => {
    const [complaints, deadlines] = await Promise.all([listReportComplaints(scope), readDeadlines()])
    return complaintTables(complaints, scope.range, deadlines, now)
  })
}

export interface SatisfactionReports {
  readonly byMonth: ReportTable
  readonly byStaff: ReportTable
  readonly byCategory: ReportTable
  readonly givenBy: ReportTable
}

const satisfactionTables = (complaints: readonly ReportComplaint[], range: ReportRange): SatisfactionReports => ({
  byMonth: satisfactionByMonth(complaints, reportMonths(range)),
  byStaff: satisfactionByStaff(complaints),
  byCategory: satisfactionByCategory(complaints),
  givenBy: satisfactionGivenBy(complaints)
})

export async function loadSatisfactionReports(scope: ReportScope): Promise<SatisfactionReports> {
  return satisfactionTables(await listReportComplaints(scope), scope.range)
}

export interface CoachingReports {
  readonly byStaff: ReportTable
  readonly topPhrases: ReportTable
  /** The never-say phrase of each rule in the tables, as the library words it now ('' when unknown). */
  readonly phrases: ReadonlyMap<string, string>
}

/** Never-say flags in the range: counted by listStaffHitCounts, as the coaching page counts them. */
export async function loadCoachingReports(scope: ReportScope): Promise<CoachingReports> {
  const span = reportRangeSpan(scope.range)
  const counts = await listStaffHitCounts({ from: span.start, to: span.end })
  const phrases = new Map(counts.flatMap((member) => member.byRule.map((rule) => [rule.ruleId, rule.phrase] as const)))
  return {
    byStaff: flagsByStaff(counts, scope.staffId),
    topPhrases: topPhrases(counts, scope.staffId),
    phrases
  }
}

export interface ReportDashboard {
  readonly headlines: ReportHeadlines
  readonly phrases: ReadonlyMap<string, string>
}

/** The dashboard's figures, read off the same tables the reports print; the complaints are read once for all of them. */
export function loadReportDashboard(scope: ReportScope, now: Date): Promise<ReportDashboard> {
  return db.transaction('r', [db.complaintMonthFacts, db.settings, db.phraseHits, db.staff, db.scripts], async () => {
    const [records, deadlines, coaching] = await Promise.all([listReportComplaints(scope), readDeadlines(), loadCoachingReports(scope)])
    return dashboardOf(complaintTables(records, scope.range, deadlines, now), satisfactionTables(records, scope.range), coaching)
  })
}

function dashboardOf(complaints: ComplaintReports, satisfaction: SatisfactionReports, coaching: CoachingReports): ReportDashboard {
  return {
    headlines: reportHeadlines({
      times: complaints.times,
      open: complaints.openByAge,
      causes: complaints.rootCauses.table,
      givenBy: satisfaction.givenBy,
      flags: coaching.byStaff,
      phrases: coaching.topPhrases
    }),
    phrases: coaching.phrases
  }
}

export interface CareReports {
  readonly byStaff: ReportTable
  readonly byPurpose: ReportTable
  readonly byMonth: ReportTable
}

/**
 * Every dated contact planned in the range (repeating tasks date by date, as the calendar shows
 * them), from the care tasks' report fact bundles: the months the range touches and the series.
 */
export async function listReportCareContacts({ range, staffId }: ReportScope): Promise<readonly ReportCareContact[]> {
  const bundles = await db.careTaskMonthFacts.bulkGet([...factMonthsOf(reportRangeSpan(range)), SERIES_BUNDLE])
  const tasks = unpackCareTaskFacts(bundles.filter((bundle) => bundle !== undefined))
  return occurrencesInRange(tasks, range).flatMap(({ date, task }) =>
    staffId === null || task.staffId === staffId
      ? [
          {
            date,
            staffId: task.staffId,
            status: task.status,
            purpose: carePurposeOf(task.occasionKey),
            doneOn: task.doneAt === null ? null : todayInShop(new Date(task.doneAt))
          }
        ]
      : []
  )
}

export async function loadCareReports(scope: ReportScope, now: Date): Promise<CareReports> {
  const { range } = scope
  const contacts = await listReportCareContacts(scope)
  const today = todayInShop(now)
  return {
    byStaff: careByStaff(contacts, today),
    byPurpose: careByPurpose(contacts, today),
    byMonth: careByMonth(contacts, reportMonths(range), today)
  }
}

/** How many at-risk customers the report lists by name; the rest are counted. */
export const AT_RISK_LIMIT = 50

export interface CustomerReports {
  readonly byTier: ReportTable
  readonly byPersonality: ReportTable
  readonly atRisk: AtRiskCustomers
  /** The listed at-risk customers' names, tiers and owners, for the table's rows. */
  readonly names: ReadonlyMap<string, ReportCustomerName>
}

/** What the at-risk list shows of a customer beside the figures. */
export type ReportCustomerName = Pick<Customer, 'name' | 'tier' | 'ownerId'>

/**
 * The customers on file now (one member of staff's, when one is chosen), with their spend in
 * the range: the customers from their report fact buckets (customer-report-facts), the purchases
 * from their monthly bundles (purchase-month-facts), the open complaints from theirs
 * (open-complaint-facts); only the listed at-risk customers' own records are read, for their names.
 */
export function loadCustomerReports(scope: ReportScope, now: Date): Promise<CustomerReports> {
  return db.transaction('r', [db.customerReportFacts, db.purchaseMonthFacts, db.openComplaintFacts, db.customers, db.settings], async () => {
    const span = reportRangeSpan(scope.range)
    const [buckets, purchaseBundles, openByCustomer, care] = await Promise.all([
      db.customerReportFacts.toArray(),
      db.purchaseMonthFacts.bulkGet([...factMonthsOf(span)]),
      countOpenComplaintsByCustomer(),
      getSetting(SETTING_KEYS.careSettings, DEFAULT_CARE_SETTINGS, isValidCareSettings)
    ])
    const customers = unpackCustomerFacts(buckets).filter((customer) => scope.staffId === null || customer.ownerId === scope.staffId)
    const spend = new Map<string, number>()
    for (const purchase of unpackPurchaseFacts(purchaseBundles.filter((bundle) => bundle !== undefined), span)) countInto(spend, purchase.customerId, purchase.amount)
    const atRisk = customersAtRisk(customers, openByCustomer, { today: todayInShop(now), noContactDays: care.noContactDays, limit: AT_RISK_LIMIT })
    const listed = await db.customers.bulkGet(atRisk.table.rows.map((row) => row.key))
    return {
      byTier: customersByTier(customers, spend),
      byPersonality: customersByPersonality(customers),
      atRisk,
      names: new Map(listed.flatMap((customer) => (customer === undefined ? [] : [[customer.id, { name: customer.name, tier: customer.tier, ownerId: customer.ownerId }] as const])))
    }
  })
}
