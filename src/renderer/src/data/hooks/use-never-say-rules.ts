import { useLiveQuery } from 'dexie-react-hooks'
import type { NeverSayRule } from '@shared/domain/phrase-check'
import type { ScriptLocale } from '@shared/domain/script'
import { listNeverSayRules } from '../repositories/scripts'

/**
 * The never-say checker's rules for the locale, kept current; undefined while loading. The
 * array stays the same (identical) while the rules are unchanged, whatever else in the library
 * is edited, so checkPhrases keeps its compiled matcher.
 */
export const useNeverSayRules = (locale: ScriptLocale): readonly NeverSayRule[] | undefined =>
  useLiveQuery(() => listNeverSayRules(locale), [locale])
