import { describe, expect, it } from 'vitest'
import type { Staff, StaffRole } from '@shared/domain/staff'
import { canEditScripts, scriptEditAccess } from '@renderer/features/scripts/script-edit-access'

const member = (id: string, role: StaffRole): Staff => ({
  id,
  name: id,
  role,
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: '',
  deviceId: 'pc-1',
  clock: '',
  fieldClocks: {},
  deletedAt: null
})

describe('scriptEditAccess', () => {
  const staff = [member('wang', 'manager'), member('li', 'clerk')]

  it('lets the manager at the desk edit', () => {
    expect(scriptEditAccess(staff, 'wang')).toBe('manager')
  })

  it('keeps a clerk, or nobody, at the desk to reading when the shop has a manager', () => {
    expect(scriptEditAccess(staff, 'li')).toBe('read-only')
    expect(scriptEditAccess(staff, '')).toBe('read-only')
    expect(scriptEditAccess(staff, 'someone-who-left')).toBe('read-only')
  })

  it('lets anyone edit while the shop has no active manager, so the library is never locked', () => {
    expect(scriptEditAccess([], '')).toBe('no-manager')
    expect(scriptEditAccess([member('li', 'clerk')], 'li')).toBe('no-manager')
  })

  it('enables nothing before the staff list is read', () => {
    expect(scriptEditAccess(undefined, 'wang')).toBe('loading')
  })

  it('says which kinds of access may edit', () => {
    expect([canEditScripts('manager'), canEditScripts('no-manager'), canEditScripts('read-only'), canEditScripts('loading')]).toEqual([true, true, false, false])
  })
})
