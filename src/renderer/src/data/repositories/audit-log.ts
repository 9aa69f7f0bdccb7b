import { Dexie } from 'dexie'
import type { AuditEntry } from '@shared/domain/audit'
import { db } from '../db'

/** A record's audit trail, newest first. The audit log is written only by records.ts. */
export function listAuditForRecord(recordId: string): Promise<readonly AuditEntry[]> {
  return db.auditLog
    .where('[recordId+at]')
    .between([recordId, Dexie.minKey], [recordId, Dexie.maxKey])
    .reverse()
    .toArray()
}
