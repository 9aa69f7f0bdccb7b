import { careOccasionKey } from './care-rules'
import type { CareMethod } from './care-task'
import { isOpenComplaint, type Complaint } from './complaint'
import { isCurrentCustomer, TIERS, type Customer, type Tier } from './customer'
import { parseIsoDate } from './days'
import { festivalDate, type FestivalId } from './festivals'

/*
 * A seasonal care campaign (季节性关怀活动): one planned contact for every customer of a
 * segment, such as all A-tier customers before Spring Festival. A festival campaign uses the
 * festival rule's occasion key, so a customer greeted from the daily queue is not planned twice.
 */

export type CampaignOccasion =
  | { readonly kind: 'festival'; readonly festival: FestivalId; readonly year: number }
  /** An occasion of the shop's own (a customer event, an open day), named by the clerk. */
  | { readonly kind: 'date'; readonly date: string; readonly name: string }

export interface CampaignSegment {
  /** At least one. */
  readonly tiers: readonly Tier[]
  /** null: any tag. */
  readonly tag: string | null
  /** null: any owner (and none). */
  readonly ownerId: string | null
}

export interface CareCampaign {
  readonly occasion: CampaignOccasion
  readonly segment: CampaignSegment
  readonly method: CareMethod
  /** yyyy-mm-dd: the day contacts start; a day that fills up spills into the next. */
  readonly contactDate: string
  /** The task's purpose, as the clerk will read it on the calendar. */
  readonly purpose: string
}

export type CampaignProblem =
  | 'no-tier'
  | 'contact-date-invalid'
  | 'contact-date-past'
  | 'name-required'
  | 'occasion-date-invalid'
  | 'festival-year-out-of-range'
  | 'purpose-required'

const MAX_NAME_LENGTH = 40

/** What keeps the campaign from running, or [] when it can. `today` is the shop's date. */
export function campaignProblems(campaign: CareCampaign, today: string): readonly CampaignProblem[] {
  const problems: CampaignProblem[] = []
  if (!campaign.segment.tiers.some((tier) => TIERS.includes(tier))) problems.push('no-tier')
  if (parseIsoDate(campaign.contactDate) === null) problems.push('contact-date-invalid')
  else if (campaign.contactDate < today) problems.push('contact-date-past')
  const { occasion } = campaign
  if (occasion.kind === 'date') {
    if (occasion.name.trim() === '' || occasion.name.trim().length > MAX_NAME_LENGTH) problems.push('name-required')
    if (parseIsoDate(occasion.date) === null) problems.push('occasion-date-invalid')
  } else if (festivalDate(occasion.festival, occasion.year) === null) {
    problems.push('festival-year-out-of-range')
  }
  if (campaign.purpose.trim() === '') problems.push('purpose-required')
  return problems
}

/** The occasion's day: the festival's date that year, or the date given. */
export const campaignOccasionDate = (occasion: CampaignOccasion): string | null =>
  occasion.kind === 'festival' ? festivalDate(occasion.festival, occasion.year) : occasion.date

/** The occasion key of one customer's contact in the campaign. */
export function campaignOccasionKey(customerId: string, occasion: CampaignOccasion): string {
  if (occasion.kind === 'festival') return careOccasionKey.festival(customerId, occasion.festival, occasion.year)
  // The name is part of the occasion: two events on one day are two occasions.
  return `campaign:${customerId}:${occasion.date}:${occasion.name.trim()}`
}

export const isInSegment = (customer: Pick<Customer, 'tier' | 'tags' | 'ownerId'>, segment: CampaignSegment): boolean =>
  segment.tiers.includes(customer.tier) &&
  (segment.tag === null || customer.tags.includes(segment.tag)) &&
  (segment.ownerId === null || customer.ownerId === segment.ownerId)

export interface CampaignSelection {
  /** Who gets a task, in the order given, with the task's occasion key. */
  readonly targets: readonly { readonly customer: Customer; readonly occasionKey: string }[]
  readonly skipped: {
    readonly alreadyPlanned: number
    readonly noConsent: number
    readonly openComplaint: number
  }
}

/**
 * The segment's current customers, less those who already have a task for the occasion, who
 * do not want to be contacted, or who have an open complaint (no greeting while it is open).
 */
export function selectCampaignCustomers(
  customers: readonly Customer[],
  campaign: Pick<CareCampaign, 'occasion' | 'segment'>,
  plannedKeys: ReadonlySet<string>,
  complaints: readonly Pick<Complaint, 'customerId' | 'status' | 'deletedAt'>[]
): CampaignSelection {
  const withOpenComplaint = new Set(complaints.filter(isOpenComplaint).map((complaint) => complaint.customerId))
  const targets: { readonly customer: Customer; readonly occasionKey: string }[] = []
  let alreadyPlanned = 0
  let noConsent = 0
  let openComplaint = 0
  for (const customer of customers) {
    if (!isCurrentCustomer(customer) || !isInSegment(customer, campaign.segment)) continue
    const occasionKey = campaignOccasionKey(customer.id, campaign.occasion)
    if (plannedKeys.has(occasionKey)) alreadyPlanned++
    else if (!customer.contactConsent) noConsent++
    else if (withOpenComplaint.has(customer.id)) openComplaint++
    else targets.push({ customer, occasionKey })
  }
  return { targets, skipped: { alreadyPlanned, noConsent, openComplaint } }
}
