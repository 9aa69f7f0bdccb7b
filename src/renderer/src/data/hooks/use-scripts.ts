import { useLiveQuery } from 'dexie-react-hooks'
import type { ScriptPhrase } from '@shared/domain/script'
import type { ScriptFilter } from '@shared/domain/script-listing'
import { listScripts } from '../repositories/scripts'

/** The script library screen's list, kept current; undefined while loading. A new but equal filter object does not re-query. */
export function useScripts(filter: ScriptFilter): readonly ScriptPhrase[] | undefined {
  const { kind, locale, step, category, personality, includeRetired, text } = filter
  return useLiveQuery(
    () => listScripts({ kind, locale, step, category, personality, includeRetired, text }),
    [kind, locale, step, category, personality, includeRetired, text]
  )
}
