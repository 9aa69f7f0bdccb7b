import { isLive } from '@shared/domain/record'
import type { Staff, StaffRole } from '@shared/domain/staff'
import { db } from '../db'
import type { Actor } from '../records'
import { createRecordRepository } from './record-repository'

export const staffRepository = createRecordRepository('staff')

/* The staff table is a handful of rows: reading it whole is fine. */
const staffByName = () => db.staff.orderBy('name')

/** Everyone who has not been deleted, active or not (for the settings page). */
export function listAllStaff(): Promise<readonly Staff[]> {
  return staffByName().filter(isLive).toArray()
}

/** Who can be chosen as "at the desk". */
export function listActiveStaff(): Promise<readonly Staff[]> {
  return staffByName()
    .filter((member) => isLive(member) && member.active)
    .toArray()
}

export function createStaff(input: { readonly name: string; readonly role: StaffRole }, actor: Actor): Promise<Staff> {
  return staffRepository.create({ name: input.name, role: input.role, active: true }, actor)
}

export const updateStaff = staffRepository.update

export function renameStaff(id: string, name: string, actor: Actor): Promise<Staff> {
  return staffRepository.update(id, { name }, actor)
}

/** Former staff stay (history points at them) but leave the switcher. */
export function deactivateStaff(id: string, actor: Actor): Promise<Staff> {
  return staffRepository.update(id, { active: false }, actor)
}
