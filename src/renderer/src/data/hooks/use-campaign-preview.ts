import { useLiveQuery } from 'dexie-react-hooks'
import type { CareCampaign } from '@shared/domain/care-campaign'
import { previewCareCampaign, type CampaignPreview } from '../repositories/care-queue'

/** How many tasks the campaign would plan, kept current as the form changes; undefined while counting or with no campaign. */
export function useCampaignPreview(campaign: CareCampaign | null): CampaignPreview | undefined {
  const key = campaign === null ? '' : JSON.stringify(campaign)
  // The campaign is a fresh object each render: its JSON says when it really changed.
  return useLiveQuery(() => (campaign === null ? undefined : previewCareCampaign(campaign)), [key])
}
