import type { SyncedRecord } from './record'

/** A product a customer owns, for warranty and scheduled-maintenance care. */
export interface OwnedProduct extends SyncedRecord {
  readonly customerId: string
  readonly product: string
  readonly serial: string
  /** ISO dates (yyyy-mm-dd) or null when unknown: never guessed. */
  readonly purchaseDate: string | null
  readonly warrantyEnd: string | null
  readonly maintenanceIntervalMonths: number | null
  readonly lastMaintenanceDate: string | null
  readonly notes: string
}
