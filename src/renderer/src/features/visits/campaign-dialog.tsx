import { useTranslation } from 'react-i18next'
import { ModalDialog } from '../../ui/modal-dialog'
import { CampaignForm } from './campaign-form'

interface CampaignDialogProps {
  readonly open: boolean
  readonly now: Date
  readonly today: string
  readonly onClose: () => void
}

/** The seasonal campaign form, over the care queue (opened from its link, /visits?campaign=new). */
export function CampaignDialog({ open, now, today, onClose }: CampaignDialogProps) {
  const { t } = useTranslation()
  return (
    <ModalDialog open={open} title={t('careQueue.campaign.title')} onCancel={onClose} size="wide">
      <CampaignForm now={now} today={today} onClose={onClose} />
    </ModalDialog>
  )
}
