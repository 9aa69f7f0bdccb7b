import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScriptPhrase } from '@shared/domain/script'
import type { ScriptProblem } from '@shared/domain/script-validation'

/**
 * Words a problem of scriptProblems for the screen. A clash with a never-say rule also gives
 * the rule's better way when `library` holds it: the manager sees what to write instead.
 */
export function useScriptProblemText(library: readonly ScriptPhrase[] | undefined): (problem: ScriptProblem) => string {
  const { t } = useTranslation()
  return useCallback(
    (problem: ScriptProblem): string => {
      switch (problem.code) {
        case 'empty-text':
        case 'missing-why':
        case 'missing-better':
          return t(`scripts.problems.${problem.code}`)
        case 'trips-never-say': {
          const message = t('scripts.problems.trips-never-say', { matched: problem.matched, rulePhrase: problem.rulePhrase })
          const better = library?.find((phrase) => phrase.id === problem.ruleId)?.better ?? ''
          return better === '' ? message : `${message} ${t('scripts.problems.tripsBetter', { better })}`
        }
        case 'flags-coaching':
          return t('scripts.problems.flags-coaching', { matched: problem.matched, scriptText: problem.scriptText })
      }
    },
    [t, library]
  )
}
