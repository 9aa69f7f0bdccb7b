import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScriptPhrase } from '@shared/domain/script'
import { retireScript, ScriptValidationError, unretireScript } from '../../data/repositories/scripts'
import { useActor } from '../../session/session-store'
import { useToastStore } from '../../ui/toast-store'
import { useScriptProblemText } from './use-script-problem-text'

export interface ScriptRetirement {
  readonly retire: (script: ScriptPhrase) => Promise<void>
  readonly unretire: (script: ScriptPhrase) => Promise<void>
}

/**
 * Retiring and bringing back, with the outcome in a toast. Retiring is never refused and can
 * be undone from the toast; bringing back is refused when the wording clashes with today's
 * library, and the toast says why.
 */
export function useScriptRetirement(library: readonly ScriptPhrase[] | undefined): ScriptRetirement {
  const { t } = useTranslation()
  const actor = useActor()
  const show = useToastStore((state) => state.show)
  const problemText = useScriptProblemText(library)

  const reportFailure = useCallback(
    (error: unknown) => {
      if (error instanceof ScriptValidationError) {
        show({ message: t('scripts.toasts.unretireRefused', { reason: error.problems.map(problemText).join(' ') }) })
      } else {
        show({ message: t('scripts.toasts.failed', { message: error instanceof Error ? error.message : String(error) }) })
      }
    },
    [show, t, problemText]
  )

  const unretire = useCallback(
    async (script: ScriptPhrase) => {
      try {
        await unretireScript(script.id, actor)
        show({ message: t('scripts.toasts.unretired', { text: script.text }) })
      } catch (error) {
        reportFailure(error)
      }
    },
    [actor, show, t, reportFailure]
  )

  const retire = useCallback(
    async (script: ScriptPhrase) => {
      try {
        await retireScript(script.id, actor)
        show({
          message: t('scripts.toasts.retired', { text: script.text }),
          actionLabel: t('scripts.toasts.undo'),
          onAction: () => void unretire(script)
        })
      } catch (error) {
        reportFailure(error)
      }
    },
    [actor, show, t, unretire, reportFailure]
  )

  return { retire, unretire }
}
