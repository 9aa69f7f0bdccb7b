import { useTranslation } from 'react-i18next'
import { ModalDialog } from '../../ui/modal-dialog'
import type { CareDecisionDraft } from './care-queue-actions'
import { CareQueueDismissForm } from './care-queue-dismiss-form'
import { CareQueueSnoozeForm } from './care-queue-snooze-form'

interface CareQueueDecisionDialogProps {
  readonly draft: CareDecisionDraft
  readonly today: string
  readonly onClose: () => void
}

/** One dialog for the whole queue: snooze (until a day) or dismiss (with a reason) the suggestion chosen. */
export function CareQueueDecisionDialog({ draft, today, onClose }: CareQueueDecisionDialogProps) {
  const { t } = useTranslation()
  const name = draft?.suggestion.customerName ?? ''
  const title = draft?.kind === 'dismiss' ? t('careQueue.dismiss.title', { name }) : t('careQueue.snooze.title', { name })
  return (
    <ModalDialog open={draft !== null} title={title} onCancel={onClose}>
      {draft === null ? null : draft.kind === 'snooze' ? (
        <CareQueueSnoozeForm key={draft.suggestion.occasionKey} suggestion={draft.suggestion} today={today} onClose={onClose} />
      ) : (
        <CareQueueDismissForm key={draft.suggestion.occasionKey} suggestion={draft.suggestion} onClose={onClose} />
      )}
    </ModalDialog>
  )
}
