import { useTranslation } from 'react-i18next'
import { ModalDialog } from '../../ui/modal-dialog'

interface UnresolvedFlagsDialogProps {
  /** How many flagged phrases are still in the text; the dialog is open while this is above 0. */
  readonly count: number
  readonly onGoBack: () => void
  readonly onContinue: () => void
}

/** Asked before moving on while never-say phrases are neither replaced nor dismissed. */
export function UnresolvedFlagsDialog({ count, onGoBack, onContinue }: UnresolvedFlagsDialogProps) {
  const { t } = useTranslation()
  return (
    <ModalDialog open={count > 0} title={t('complaints.flags.confirmTitle')} onCancel={onGoBack}>
      <p>{t('complaints.flags.confirmText', { count })}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={onGoBack} autoFocus>
          {t('complaints.flags.goBack')}
        </button>
        <button type="button" onClick={onContinue}>
          {t('complaints.flags.continueAnyway')}
        </button>
      </div>
    </ModalDialog>
  )
}
