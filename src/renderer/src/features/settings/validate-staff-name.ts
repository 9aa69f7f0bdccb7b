import type { Staff } from '@shared/domain/staff'

export interface StaffNameProblem {
  readonly key: 'settings.staff.nameRequired' | 'settings.staff.nameTaken'
  readonly name: string
}

/** Names must be non-empty and unique among active staff: the switcher shows names only. */
export function validateStaffName(name: string, staff: readonly Staff[], editingId: string | null): StaffNameProblem | null {
  const trimmed = name.trim()
  if (!trimmed) return { key: 'settings.staff.nameRequired', name: trimmed }
  const taken = staff.some((member) => member.active && member.id !== editingId && member.name === trimmed)
  return taken ? { key: 'settings.staff.nameTaken', name: trimmed } : null
}
