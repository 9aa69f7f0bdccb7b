import { TIERS, type Tier } from './customer'
import { FESTIVAL_IDS, isFestivalId, type FestivalId } from './festivals'

/*
 * How far ahead the care rules look, how long a missed occasion stays on the list, and after
 * how long without contact each tier is worth a call. A stored setting (one record), so it
 * comes back from the database as `unknown` and is checked before it is trusted.
 */

/** Rules whose occasion is a date known in advance: the suggestion shows this many days before it. */
export const LEAD_DAY_RULES = ['birthday', 'festival', 'anniversary', 'maintenance', 'warranty'] as const
export type LeadDayRule = (typeof LEAD_DAY_RULES)[number]

export interface CareSettings {
  readonly leadDays: Readonly<Record<LeadDayRule, number>>
  /** The call after a repair or service (维修回访) is due this many days after it. */
  readonly followUpDaysAfterService: number
  /** A greeting or call missed by up to this many days still shows, as overdue; older ones lapse. */
  readonly overdueDays: number
  /** No contact for this many days makes a customer of the tier worth a call (久未联系). */
  readonly noContactDays: Readonly<Record<Tier, number>>
  /** Festivals greeted without a campaign, and the tiers greeted. Empty: no festival suggestions. */
  readonly festivals: readonly FestivalId[]
  readonly festivalTiers: readonly Tier[]
}

export const DEFAULT_CARE_SETTINGS: CareSettings = {
  leadDays: { birthday: 7, festival: 7, anniversary: 7, maintenance: 14, warranty: 30 },
  followUpDaysAfterService: 3,
  overdueDays: 7,
  noContactDays: { A: 60, B: 120, C: 180, D: 365 },
  festivals: ['spring-festival', 'dragon-boat', 'mid-autumn'],
  // Greeting every customer at every festival would bury the daily queue: campaigns reach wider.
  festivalTiers: ['A']
}

/** The bounds of each number, shown in the messages so the clerk knows what to type. */
export const CARE_SETTING_LIMITS = {
  leadDays: { min: 0, max: 180 },
  followUpDaysAfterService: { min: 1, max: 60 },
  overdueDays: { min: 0, max: 60 },
  noContactDays: { min: 1, max: 3650 }
} as const

export type CareSettingField =
  | `leadDays.${LeadDayRule}`
  | 'followUpDaysAfterService'
  | 'overdueDays'
  | `noContactDays.${Tier}`
  | 'festivals'
  | 'festivalTiers'

export type CareSettingProblem =
  | { readonly field: CareSettingField; readonly kind: 'not-a-whole-number' | 'out-of-range'; readonly min: number; readonly max: number }
  /** A better tier waits longer than a lesser one: service effort follows the tier. */
  | { readonly field: `noContactDays.${Tier}`; readonly kind: 'tiers-out-of-order' }
  | { readonly field: 'festivals' | 'festivalTiers'; readonly kind: 'unknown-value' }

const recordOf = (value: unknown): ReadonlyMap<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? new Map(Object.entries(value)) : new Map()

function numberProblem(
  field: CareSettingField,
  value: unknown,
  { min, max }: { readonly min: number; readonly max: number }
): CareSettingProblem | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return { field, kind: 'not-a-whole-number', min, max }
  return value < min || value > max ? { field, kind: 'out-of-range', min, max } : null
}

/**
 * Everything wrong with a care setting, or [] when it can be used. Takes `unknown`: the form
 * passes what the clerk typed, storage passes what it read back.
 */
export function careSettingsProblems(value: unknown): readonly CareSettingProblem[] {
  const settings = recordOf(value)
  const problems: (CareSettingProblem | null)[] = []
  const leadDays = recordOf(settings.get('leadDays'))
  for (const rule of LEAD_DAY_RULES) problems.push(numberProblem(`leadDays.${rule}`, leadDays.get(rule), CARE_SETTING_LIMITS.leadDays))
  problems.push(numberProblem('followUpDaysAfterService', settings.get('followUpDaysAfterService'), CARE_SETTING_LIMITS.followUpDaysAfterService))
  problems.push(numberProblem('overdueDays', settings.get('overdueDays'), CARE_SETTING_LIMITS.overdueDays))
  const noContact = recordOf(settings.get('noContactDays'))
  const tierProblems = TIERS.map((tier) => numberProblem(`noContactDays.${tier}`, noContact.get(tier), CARE_SETTING_LIMITS.noContactDays))
  problems.push(...tierProblems)
  if (tierProblems.every((problem) => problem === null)) {
    TIERS.forEach((tier, index) => {
      const better = TIERS[index - 1]
      if (better !== undefined && Number(noContact.get(better)) > Number(noContact.get(tier))) {
        problems.push({ field: `noContactDays.${tier}`, kind: 'tiers-out-of-order' })
      }
    })
  }
  const festivals = settings.get('festivals')
  if (!Array.isArray(festivals) || !festivals.every(isFestivalId)) problems.push({ field: 'festivals', kind: 'unknown-value' })
  const festivalTiers = settings.get('festivalTiers')
  if (!Array.isArray(festivalTiers) || !festivalTiers.every((tier) => TIERS.some((known) => known === tier))) {
    problems.push({ field: 'festivalTiers', kind: 'unknown-value' })
  }
  return problems.filter((problem) => problem !== null)
}

export const isValidCareSettings = (value: unknown): value is CareSettings => careSettingsProblems(value).length === 0

/** Festivals in the calendar's order, whatever order they were ticked in. */
export const orderedFestivals = (ids: readonly FestivalId[]): readonly FestivalId[] => FESTIVAL_IDS.filter((id) => ids.includes(id))
