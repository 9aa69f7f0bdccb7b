import type { AuditEntry } from '@shared/domain/audit'
import { db } from '../db'

/** A record's audit trail, newest first. The audit log is written only by records.ts. */
export async function listAuditForRecord(recordId: string): Promise<readonly AuditEntry[]> {
  const entries = await db.auditLog.where('recordId').equals(recordId).toArray()
  // Stamps sort in the order they were made, even two in the same millisecond.
  return entries.sort((a, b) => (a.clock < b.clock ? 1 : a.clock > b.clock ? -1 : 0))
}
