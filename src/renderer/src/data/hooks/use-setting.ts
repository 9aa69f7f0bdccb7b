import { useLiveQuery } from 'dexie-react-hooks'
import { getSetting, type SettingGuard } from '../repositories/settings'

/**
 * A setting's value (or `fallback`), kept current; undefined while loading. The fallback
 * and the guard are dependencies of the query: pass constants, not fresh objects each render.
 */
export function useSetting<T>(key: string, fallback: T, isValid?: SettingGuard<T>): T | undefined {
  return useLiveQuery(() => getSetting(key, fallback, isValid), [key, fallback, isValid])
}
