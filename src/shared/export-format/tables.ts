import type { AuditEntry } from '../domain/audit'
import type { CareDecision, CareTask } from '../domain/care-task'
import type { Complaint } from '../domain/complaint'
import type { Customer } from '../domain/customer'
import type { Interaction } from '../domain/interaction'
import type { OwnedProduct } from '../domain/owned-product'
import type { PhraseHit } from '../domain/phrase-hit'
import type { ScriptPhrase } from '../domain/script'
import type { Setting } from '../domain/setting'
import type { Staff } from '../domain/staff'

/**
 * The tables an export carries, by name: every synced table of the database. The data layer
 * checks at compile time that this is exactly its `SyncedTables` (see data/repositories/
 * export-file.ts), so a table added to the database cannot be left out of backups unnoticed.
 */
export interface ExportTableRecords {
  readonly staff: Staff
  readonly settings: Setting
  readonly scripts: ScriptPhrase
  readonly customers: Customer
  readonly ownedProducts: OwnedProduct
  readonly interactions: Interaction
  readonly complaints: Complaint
  readonly careTasks: CareTask
  readonly careDecisions: CareDecision
  readonly phraseHits: PhraseHit
  readonly auditLog: AuditEntry
}

export type ExportTableName = keyof ExportTableRecords

/**
 * The order tables are written in: people and settings first, so the start of a cut-off file
 * still says whose shop it was; the audit log, the longest and least needed, last.
 */
export const EXPORT_TABLE_NAMES = [
  'staff',
  'settings',
  'scripts',
  'customers',
  'ownedProducts',
  'interactions',
  'complaints',
  'careTasks',
  'careDecisions',
  'phraseHits',
  'auditLog'
] as const satisfies readonly ExportTableName[]

// Fails to compile when a table is added to ExportTableRecords but not to the list above.
type UnlistedTable = Exclude<ExportTableName, (typeof EXPORT_TABLE_NAMES)[number]>
const everyTableListed: [UnlistedTable] extends [never] ? true : UnlistedTable = true
void everyTableListed

const TABLE_NAMES: ReadonlySet<string> = new Set(EXPORT_TABLE_NAMES)

export const isExportTableName = (name: string): name is ExportTableName => TABLE_NAMES.has(name)

/** Every table's records, as an export holds them. */
export type ExportTables = { readonly [K in ExportTableName]: readonly ExportTableRecords[K][] }

/** A number per table (records in a file, records to add…). */
export type TableCounts = { readonly [K in ExportTableName]: number }

export function tableCounts(count: (table: ExportTableName) => number): TableCounts {
  const counts: Record<string, number> = {}
  for (const table of EXPORT_TABLE_NAMES) counts[table] = count(table)
  return counts as TableCounts // every key was just written, which TypeScript cannot follow through the loop
}

export const ZERO_COUNTS: TableCounts = tableCounts(() => 0)

export const totalOf = (counts: TableCounts): number => EXPORT_TABLE_NAMES.reduce((sum, table) => sum + counts[table], 0)
