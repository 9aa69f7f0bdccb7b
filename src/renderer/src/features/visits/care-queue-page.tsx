import { Link, useSearchParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { useCareQueue } from '../../data/hooks/use-care-queue'
import { useCareSettings } from '../../data/hooks/use-care-settings'
import { CampaignDialog } from './campaign-dialog'
import { useCareQueueActions } from './care-queue-actions'
import { CareQueueDecisionDialog } from './care-queue-decision-dialog'
import { CareQueueProgress } from './care-queue-progress'
import { CareQueueSection } from './care-queue-section'
import { CareQueueTally } from './care-queue-tally'
import { useCareQueueClock } from './care-queue-today'
import './care-queue.css'

/** The search parameter that opens the campaign form over the queue, so it has a link of its own. */
const CAMPAIGN_PARAM = 'campaign'

/**
 * The daily care queue (每日关怀清单): suggested contacts that are overdue, due today, this week
 * and coming up, grouped by reason and sorted by tier, each to accept, snooze or dismiss.
 */
export function CareQueuePage() {
  const { t } = useTranslation()
  const { now, today } = useCareQueueClock()
  const settings = useCareSettings()
  const queue = useCareQueue(today, settings)
  const { actions, draft, closeDraft } = useCareQueueActions(now)
  const [searchParams, setSearchParams] = useSearchParams()
  const isComplete = queue.chunkCount !== null && queue.chunksRead >= queue.chunkCount
  const closeCampaign = () =>
    setSearchParams((params) => {
      params.delete(CAMPAIGN_PARAM)
      return params
    })

  return (
    <div className="page page-wide care-queue">
      <div className="page-header">
        <h1>{t('careQueue.title')}</h1>
        <div className="page-actions">
          <Link className="button" to="/visits/calendar">
            {t('careQueue.calendarLink')}
          </Link>
          <Link className="button" to={`/visits?${CAMPAIGN_PARAM}=new`}>
            {t('careQueue.campaignLink')}
          </Link>
        </div>
      </div>
      <p className="hint care-lead">
        {t('careQueue.lead')} <Link to="/settings">{t('careQueue.settingsLink')}</Link>
      </p>
      {queue.error !== null ? (
        <p role="alert" className="error-text">
          {t('careQueue.failed', { message: queue.error.message })}
        </p>
      ) : (
        <CareQueueProgress chunksRead={queue.chunksRead} chunkCount={queue.chunkCount} />
      )}
      {queue.sections
        .filter((section) => section.due !== 'later' || section.count > 0)
        .map((section) => (
          <CareQueueSection key={section.due} section={section} today={today} actions={actions} isComplete={isComplete} />
        ))}
      {isComplete ? <CareQueueTally tally={queue.tally} /> : null}
      {/* Mounted only while open: ModalDialog titles itself by a fixed id, so two at once would share it. */}
      {draft !== null ? <CareQueueDecisionDialog draft={draft} today={today} onClose={closeDraft} /> : null}
      {searchParams.get(CAMPAIGN_PARAM) !== null ? <CampaignDialog open now={now} today={today} onClose={closeCampaign} /> : null}
    </div>
  )
}
