import { Dexie, type Table } from 'dexie'
import type { AuditEntry } from '@shared/domain/audit'
import type { CareDecision, CareTask } from '@shared/domain/care-task'
import type { CareTaskMonthFacts } from '@shared/domain/care-task-month-facts'
import type { Complaint } from '@shared/domain/complaint'
import type { ComplaintMonthFacts } from '@shared/domain/complaint-month-facts'
import type { Customer } from '@shared/domain/customer'
import type { CustomerFactBucket } from '@shared/domain/customer-report-facts'
import type { Interaction } from '@shared/domain/interaction'
import type { OwnedProduct } from '@shared/domain/owned-product'
import type { PhraseHit } from '@shared/domain/phrase-hit'
import type { OpenComplaintBucket } from '@shared/domain/open-complaint-facts'
import type { PurchaseMonthFacts } from '@shared/domain/purchase-month-facts'
import type { RecordContent } from '@shared/domain/record'
import type { ScriptPhrase } from '@shared/domain/script'
import type { Setting } from '@shared/domain/setting'
import type { Staff } from '@shared/domain/staff'
import { factBundlesMiddleware } from './fact-bundles-middleware'
import { LATEST_SCHEMA_VERSION, schemaVersions } from './schema'

/** The tables that hold synced records (exported, merged, audited), by name. */
export interface SyncedTables {
  readonly customers: Customer
  readonly ownedProducts: OwnedProduct
  readonly interactions: Interaction
  readonly complaints: Complaint
  readonly careTasks: CareTask
  readonly careDecisions: CareDecision
  readonly scripts: ScriptPhrase
  readonly staff: Staff
  readonly settings: Setting
  readonly auditLog: AuditEntry
  readonly phraseHits: PhraseHit
}

export type SyncedTableName = keyof SyncedTables
export type RecordOf<K extends SyncedTableName> = SyncedTables[K]
export type ContentOf<K extends SyncedTableName> = RecordContent<RecordOf<K>>

/** Local-only state of this installation (device id, clock, first-run choice…): never exported. */
export interface MetaRow {
  readonly key: string
  readonly value: unknown
}

export interface FrontDeskDbOptions {
  /** Declare only the schema versions up to this one: how migration tests open an old database. */
  readonly upToVersion?: number
}

export class FrontDeskDb extends Dexie {
  // `declare`: Dexie creates these properties in stores(); a class field would overwrite them.
  declare readonly customers: Table<Customer, string>
  declare readonly ownedProducts: Table<OwnedProduct, string>
  declare readonly interactions: Table<Interaction, string>
  declare readonly complaints: Table<Complaint, string>
  declare readonly careTasks: Table<CareTask, string>
  declare readonly careDecisions: Table<CareDecision, string>
  declare readonly scripts: Table<ScriptPhrase, string>
  declare readonly staff: Table<Staff, string>
  declare readonly settings: Table<Setting, string>
  declare readonly auditLog: Table<AuditEntry, string>
  declare readonly phraseHits: Table<PhraseHit, string>
  declare readonly meta: Table<MetaRow, string>
  /** Derived from the complaints, for the reports: see fact-bundles-middleware.ts. */
  declare readonly complaintMonthFacts: Table<ComplaintMonthFacts, string>
  /** Derived from the customers, for the customer report: see fact-bundles-middleware.ts. */
  declare readonly customerReportFacts: Table<CustomerFactBucket, string>
  /** Derived from the care tasks, for the care report: see fact-bundles-middleware.ts. */
  declare readonly careTaskMonthFacts: Table<CareTaskMonthFacts, string>
  /** Derived from the purchases, for the customer report: see fact-bundles-middleware.ts. */
  declare readonly purchaseMonthFacts: Table<PurchaseMonthFacts, string>
  /** Derived from the complaints, for the customer report and list: see fact-bundles-middleware.ts. */
  declare readonly openComplaintFacts: Table<OpenComplaintBucket, string>

  constructor(name: string, { upToVersion = LATEST_SCHEMA_VERSION }: FrontDeskDbOptions = {}) {
    super(name)
    for (const { version, stores, upgrade } of schemaVersions) {
      if (version > upToVersion) break
      const declared = this.version(version).stores(stores)
      if (upgrade) declared.upgrade(upgrade)
    }
    this.use(factBundlesMiddleware)
  }

  /** A synced table by name, typed by its record. */
  syncedTable<K extends SyncedTableName>(name: K): Table<RecordOf<K>, string> {
    return this.table<RecordOf<K>, string>(name)
  }
}

/** The app's database. Repositories use it; components never import it (lint enforces that). */
export const db = new FrontDeskDb('frontdesk')
