import { useMemo } from 'react'
import type { NeverSayRule } from '@shared/domain/phrase-check'
import { useNeverSayRules } from '../../data/hooks/use-never-say-rules'

const NONE: readonly NeverSayRule[] = []

/**
 * The never-say rules of both languages at once: a clerk with the English screen may still
 * type Chinese to a customer, and each language's rules only ever match their own script.
 * The array keeps its identity while both rule sets do, so the checker stays compiled.
 */
export function useAllNeverSayRules(): readonly NeverSayRule[] {
  const chinese = useNeverSayRules('zh-CN')
  const english = useNeverSayRules('en')
  return useMemo(() => (chinese && english ? [...chinese, ...english] : NONE), [chinese, english])
}
