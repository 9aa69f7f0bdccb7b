import type { SyncedRecord } from './record'

/** A shop-wide setting (thresholds, deadlines, shop name…): one record per key, so each merges on its own. */
export interface Setting extends SyncedRecord {
  /** The setting's key is its id. */
  readonly value: unknown
}
