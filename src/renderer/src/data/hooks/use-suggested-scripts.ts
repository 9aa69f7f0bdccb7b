import { useLiveQuery } from 'dexie-react-hooks'
import type { ScriptPhrase } from '@shared/domain/script'
import type { PhraseContext } from '@shared/domain/script-selection'
import { suggestScriptPhrases } from '../repositories/scripts'

/** Suggested wording for the complaint wizard's step, kept current; undefined while loading. */
export function useSuggestedScripts(context: PhraseContext, limit = 5): readonly ScriptPhrase[] | undefined {
  const { locale, step, category, personality } = context
  return useLiveQuery(
    () => suggestScriptPhrases({ locale, step, category, personality }, limit),
    [locale, step, category, personality, limit]
  )
}
