import { useCallback } from 'react'
import { checkPhrases, type NeverSayRule } from '@shared/domain/phrase-check'
import { recordPhraseHits } from '../../data/repositories/phrase-hits'
import { useActor } from '../../session/session-store'

/**
 * Counts the never-say phrases in a field's text once it is stored, for coaching: each rule
 * once per field, complaint and member of staff, however often the text is saved. Dismissed
 * flags count too: the words were typed, and the manager's review decides what they were.
 */
export function usePhraseHitRecorder(complaintId: string, rules: readonly NeverSayRule[]): (field: string, text: string) => void {
  const actor = useActor()
  return useCallback(
    (field, text) => {
      const ruleIds = [...new Set(checkPhrases(text, rules).map((flag) => flag.ruleId))]
      if (ruleIds.length > 0) void recordPhraseHits({ complaintId, field, ruleIds }, actor, new Date())
    },
    [complaintId, rules, actor]
  )
}
