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

/**
 * What the person at the desk may do that is a manager's to do (edit the script library, review
 * false positives):
 * - 'manager': a manager is at the desk;
 * - 'no-manager': the shop has no active manager, so anyone may (otherwise nobody ever could,
 *   and a shop that started empty would be locked out);
 * - 'read-only': there is a manager, and they are not the one at the desk.
 */
export type ManagerAccess = 'manager' | 'no-manager' | 'read-only'

export function managerAccess(staff: readonly Pick<Staff, 'id' | 'role' | 'active' | 'deletedAt'>[], staffIdAtDesk: string): ManagerAccess {
  const managers = staff.filter((member) => member.deletedAt === null && member.active && member.role === 'manager')
  if (managers.length === 0) return 'no-manager'
  return managers.some((manager) => manager.id === staffIdAtDesk) ? 'manager' : 'read-only'
}
