import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CareSuggestion } from '@shared/domain/care-rules'
import { acceptCareSuggestion, undoAcceptedCareTask } from '../../data/repositories/care-queue'
import { useActor } from '../../session/session-store'
import { useToastStore } from '../../ui/toast-store'
import { carePurpose } from './care-queue-purpose'
import { formatStartAt } from './care-queue-format'

/** The suggestion whose snooze or dismissal is being filled in, if any. */
export type CareDecisionDraft = { readonly kind: 'snooze' | 'dismiss'; readonly suggestion: CareSuggestion } | null

export interface CareQueueActions {
  accept(suggestion: CareSuggestion): void
  snooze(suggestion: CareSuggestion): void
  dismiss(suggestion: CareSuggestion): void
  /** The occasion being accepted right now: its buttons wait, so a double click plans once. */
  readonly busyKey: string | null
}

/**
 * What the queue's buttons do. Accepting plans the task at once and offers an undo; snoozing
 * and dismissing open a small form (a date, a reason) shown once for the whole page.
 */
export function useCareQueueActions(now: Date): {
  readonly actions: CareQueueActions
  readonly draft: CareDecisionDraft
  readonly closeDraft: () => void
} {
  const { t, i18n } = useTranslation()
  const actor = useActor()
  const showToast = useToastStore((state) => state.show)
  const [draft, setDraft] = useState<CareDecisionDraft>(null)
  const [busyKey, setBusyKey] = useState<string | null>(null)

  const accept = useCallback(
    (suggestion: CareSuggestion) => {
      setBusyKey(suggestion.occasionKey)
      acceptCareSuggestion(suggestion, { purpose: carePurpose(suggestion, t), now }, actor)
        .then((task) =>
          showToast({
            message: t('careQueue.accepted', { name: suggestion.customerName, time: formatStartAt(task.startAt, i18n.language) }),
            actionLabel: t('careQueue.undo'),
            onAction: () => void undoAcceptedCareTask(task.id, actor).then(() => showToast({ message: t('careQueue.undone') }))
          })
        )
        .catch((error: unknown) => showToast({ message: t('careQueue.failed', { message: String(error) }) }))
        .finally(() => setBusyKey(null))
    },
    [actor, i18n.language, now, showToast, t]
  )

  const actions = useMemo<CareQueueActions>(
    () => ({
      accept,
      snooze: (suggestion) => setDraft({ kind: 'snooze', suggestion }),
      dismiss: (suggestion) => setDraft({ kind: 'dismiss', suggestion }),
      busyKey
    }),
    [accept, busyKey]
  )
  const closeDraft = useCallback(() => setDraft(null), [])
  return { actions, draft, closeDraft }
}
