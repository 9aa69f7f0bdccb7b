import { managerAccess, type ManagerAccess, type Staff } from '@shared/domain/staff'

/**
 * Who may change the script library on this PC right now (see managerAccess), or 'loading'
 * while the staff list is not read yet: nothing is enabled that might be taken back.
 */
export type ScriptEditAccess = ManagerAccess | 'loading'

export function scriptEditAccess(activeStaff: readonly Staff[] | undefined, currentStaffId: string): ScriptEditAccess {
  return activeStaff === undefined ? 'loading' : managerAccess(activeStaff, currentStaffId)
}

export const canEditScripts = (access: ScriptEditAccess): boolean => access === 'manager' || access === 'no-manager'
