import type { SyncedRecord } from './record'

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** One change to one record: who, when, what. Append-only; the customer timeline shows edits from it. */
export interface AuditEntry extends SyncedRecord {
  readonly at: string
  readonly staffId: string
  readonly table: string
  readonly recordId: string
  readonly action: AuditAction
  readonly changedFields: readonly string[]
}
