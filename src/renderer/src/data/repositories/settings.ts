import type { Setting } from '@shared/domain/setting'
import { db } from '../db'
import { createRecord, type Actor } from '../records'
import { createRecordRepository } from './record-repository'

export const settingsRepository = createRecordRepository('settings')

/** Checks a stored setting (it comes back from storage as `unknown`) before it is trusted. */
export type SettingGuard<T> = (value: unknown) => value is T

/**
 * The default check: the same kind of value as the fallback (string, number, boolean,
 * array, object). It does not look inside arrays and objects, and a null fallback
 * accepts only null: pass a guard of your own for those.
 */
function isSameKind<T>(value: unknown, fallback: T): value is T {
  if (Array.isArray(fallback)) return Array.isArray(value)
  if (fallback === null) return value === null
  return typeof value === typeof fallback && value !== null && !Array.isArray(value)
}

/** The setting's value, or `fallback` when it is unset, deleted or fails the check. */
export async function getSetting<T>(
  key: string,
  fallback: T,
  isValid: SettingGuard<T> = (value): value is T => isSameKind(value, fallback)
): Promise<T> {
  const setting = await db.settings.get(key)
  return setting !== undefined && setting.deletedAt === null && isValid(setting.value) ? setting.value : fallback
}

/** Creates or updates the setting (its key is its id); a deleted one comes back. */
export function setSetting<T>(key: string, value: T, actor: Actor): Promise<Setting> {
  return db.transaction('rw', [db.settings, db.auditLog, db.meta], async () => {
    const existing = await db.settings.get(key)
    if (existing === undefined) return createRecord('settings', { value }, actor, { id: key })
    if (existing.deletedAt !== null) await settingsRepository.restore(key, actor)
    return settingsRepository.update(key, { value }, actor)
  })
}
