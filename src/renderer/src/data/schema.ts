import type { Transaction } from 'dexie'
import type { Customer } from '@shared/domain/customer'
import { customerSearchFields } from '@shared/domain/customer-search'
import { CARE_TASK_BUNDLES, COMPLAINT_BUNDLES, CUSTOMER_BUNDLES, OPEN_COMPLAINT_BUNDLES, PURCHASE_BUNDLES, type BundledTable } from './fact-bundles-middleware'

/**
 * One shipped version of the IndexedDB schema. The list is append-only (architecture,
 * rule 3): a version that has shipped is never edited. A later version lists only the
 * tables whose indexes it changes (null drops a table), and one that changes data has
 * a named `upgrade` function with a test in test/unit/data that opens the database at
 * the version before, writes old-shape rows and reopens it at this one.
 */
export interface SchemaVersion {
  readonly version: number
  readonly stores: Readonly<Record<string, string | null>>
  readonly upgrade?: (transaction: Transaction) => PromiseLike<void> | void
}

/*
 * Every synced table indexes `deletedAt`. IndexedDB leaves records whose key is null out
 * of an index, so that index holds exactly the tombstones: the number of live records is
 * count() minus its count, without reading a single record.
 */
const version1: SchemaVersion = {
  version: 1,
  stores: {
    customers:
      'id, name, tier, personality, stage, ownerId, createdAt, updatedAt, lastContactAt, deletedAt, mergedInto, *searchKeys, *phoneDigits, *tags',
    ownedProducts: 'id, customerId, serial, warrantyEnd, updatedAt, deletedAt',
    interactions:
      'id, customerId, [customerId+occurredAt], occurredAt, [kind+occurredAt], kind, staffId, taskId, complaintId, updatedAt, deletedAt',
    complaints:
      'id, number, customerId, status, severity, category, handlerId, receivedAt, resolvedAt, followUpDate, updatedAt, deletedAt',
    careTasks:
      'id, customerId, [staffId+startAt], startAt, [status+startAt], status, occasionKey, complaintId, updatedAt, deletedAt',
    careDecisions: 'id, occasionKey, customerId, updatedAt, deletedAt',
    scripts: 'id, kind, locale, step, category, personality, updatedAt, deletedAt',
    staff: 'id, name, updatedAt, deletedAt',
    settings: 'id, updatedAt, deletedAt',
    auditLog: 'id, recordId, [recordId+at], at, table, staffId, updatedAt, deletedAt',
    meta: 'key'
  }
}

/**
 * Version 2: search keys with pinyin, initials and part suffixes, phone suffixes down to
 * three digits, and `sortName` (the name as pinyin) with an index, so the list sorts by
 * name the way a Chinese reader expects.
 *
 * The search fields are derived data: every customer gets them recomputed with nothing
 * else touched (no audit entry, no clock or field clock), like a rebuilt index. The
 * upgrade calls today's `customerSearchFields`; should a later version change the keys
 * again, it recomputes them again, so running the newest code here is harmless.
 */
export async function recomputeCustomerSearchFields(transaction: Transaction): Promise<void> {
  await transaction
    .table<Customer, string>('customers')
    .toCollection()
    .modify((customer, context) => {
      context.value = { ...customer, ...customerSearchFields(customer) }
    })
}

const version2: SchemaVersion = {
  version: 2,
  stores: {
    customers:
      'id, name, sortName, tier, personality, stage, ownerId, createdAt, updatedAt, lastContactAt, deletedAt, mergedInto, *searchKeys, *phoneDigits, *tags'
  },
  upgrade: recomputeCustomerSearchFields
}

/**
 * Version 3: the never-say hits counted for coaching (see @shared/domain/phrase-hit). A new,
 * empty table and no change to any record, so no upgrade function: there is nothing to convert.
 * `[complaintId+field]` finds the hits already stored for a field, which is what a save checks
 * to count each hit once; `at` cuts the coaching page's period; staffId and ruleId give one
 * person's or one phrase's hits without reading the others.
 */
const version3: SchemaVersion = {
  version: 3,
  stores: {
    phraseHits: 'id, [complaintId+field], complaintId, ruleId, staffId, at, updatedAt, deletedAt'
  }
}

/** Puts every record of a table in its bundle, reading them one by one (a cursor), and stores the bundles. */
async function bundleRecords<R, B>(transaction: Transaction, { records, bundles, bundling, stored }: BundledTable<R, B>): Promise<void> {
  const facts = new Map<string, Map<string, string>>()
  await transaction
    .table<R & { readonly id: string }, string>(records)
    .each((record) => {
      const key = bundling.bundleOf(record)
      if (key === null) return
      const bundle = facts.get(key) ?? new Map<string, string>()
      bundle.set(record.id, bundling.pack(record))
      facts.set(key, bundle)
    })
  await transaction.table<B, string>(bundles).bulkPut([...facts].map(([key, bundle]) => stored(key, bundle)))
}

/**
 * Version 4: the complaints' report facts in monthly bundles (complaintMonthFacts, keyed by
 * 'yyyy-mm'; see @shared/domain/complaint-month-facts), so a year's report reads twelve
 * records rather than a year of complaints. Derived data, like the search fields: never
 * exported or merged, kept in step by fact-bundles-middleware.ts from then on; the
 * upgrade bundles the complaints already stored, reading them one by one (a cursor) so a
 * big shop's complaints are never all in memory at once.
 */
export const bundleComplaintFacts = (transaction: Transaction): Promise<void> =>
  bundleRecords(transaction, COMPLAINT_BUNDLES)

const version4: SchemaVersion = {
  version: 4,
  stores: { complaintMonthFacts: 'month' },
  upgrade: bundleComplaintFacts
}

/**
 * Version 5: the report facts of the customers (customerReportFacts: 256 buckets keyed by a hash
 * of the customer id; see @shared/domain/customer-report-facts), of the purchases
 * (purchaseMonthFacts: monthly bundles; see @shared/domain/purchase-month-facts) and of the care
 * tasks (careTaskMonthFacts: monthly bundles and one of the repeating series; see
 * @shared/domain/care-task-month-facts), so the customer and care reports read a few hundred
 * records rather than every customer, or a year of purchases or tasks. Derived data like the complaint
 * bundles, kept in step by fact-bundles-middleware.ts; the upgrade bundles what is stored.
 */
export async function bundleCustomerAndTaskFacts(transaction: Transaction): Promise<void> {
  await bundleRecords(transaction, CUSTOMER_BUNDLES)
  await bundleRecords(transaction, CARE_TASK_BUNDLES)
  await bundleRecords(transaction, PURCHASE_BUNDLES)
}

const version5: SchemaVersion = {
  version: 5,
  stores: { customerReportFacts: 'bucket', careTaskMonthFacts: 'month', purchaseMonthFacts: 'month' },
  upgrade: bundleCustomerAndTaskFacts
}

/**
 * Version 6: which customers have complaints open (openComplaintFacts: 256 buckets keyed by a
 * hash of the complaint id; see @shared/domain/open-complaint-facts), so the customer report and
 * the customer list's "open complaints" filter read 256 small records rather than every open
 * complaint in full. Derived data like the other bundles; the upgrade bundles what is stored.
 *
 * The audit log keeps only the indexes something reads: recordId (a customer's timeline, a
 * record's trail), updatedAt and deletedAt like every synced table. Every save writes an audit
 * entry, and an import thousands: the four indexes nobody read ([recordId+at], at, table,
 * staffId) were written every time.
 */
export const bundleOpenComplaints = (transaction: Transaction): Promise<void> => bundleRecords(transaction, OPEN_COMPLAINT_BUNDLES)

const version6: SchemaVersion = {
  version: 6,
  stores: { openComplaintFacts: 'bucket', auditLog: 'id, recordId, updatedAt, deletedAt' },
  upgrade: bundleOpenComplaints
}

export const schemaVersions: readonly SchemaVersion[] = [version1, version2, version3, version4, version5, version6]

export const LATEST_SCHEMA_VERSION = Math.max(...schemaVersions.map((entry) => entry.version))
