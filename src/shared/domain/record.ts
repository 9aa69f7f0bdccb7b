/**
 * What every stored record carries, so that two PCs' exports can be merged record by
 * record without id collisions or lost deletions (architecture, rule 4).
 */
export interface SyncedRecord {
  /** Made on the device (ULID), never an auto-increment. */
  readonly id: string
  /** ISO 8601 instants. */
  readonly createdAt: string
  readonly updatedAt: string
  /** Staff id of whoever was at the desk, or '' when nobody was chosen. */
  readonly updatedBy: string
  /** The device that made the last change. */
  readonly deviceId: string
  /** Hybrid logical clock stamp of the last change (see clock.ts): orders edits across devices. */
  readonly clock: string
  /** Clock stamp of the last change of each field, for field-by-field merging. */
  readonly fieldClocks: Readonly<Record<string, string>>
  /** Deletion tombstone: when set, the record is deleted but kept, so the deletion travels. */
  readonly deletedAt: string | null
}

/** Fields the data layer stamps; callers never set them by hand. */
export type RecordMetaKey = keyof SyncedRecord
export const RECORD_META_KEYS = [
  'id',
  'createdAt',
  'updatedAt',
  'updatedBy',
  'deviceId',
  'clock',
  'fieldClocks',
  'deletedAt'
] as const satisfies readonly RecordMetaKey[]

/** The content of a record: everything but the stamped metadata. */
export type RecordContent<T extends SyncedRecord> = Omit<T, RecordMetaKey>

export const isLive = (record: SyncedRecord): boolean => record.deletedAt === null
