import type { SyncedRecord } from './record'

export const STAFF_ROLES = ['clerk', 'manager'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** Someone who can be "at the desk"; their id is what `updatedBy` records. */
export interface Staff extends SyncedRecord {
  readonly name: string
  readonly role: StaffRole
  /** Former staff stay (history points at them) but leave the switcher. */
  readonly active: boolean
}
