import type { SyncedRecord } from './record'

export const CARE_METHODS = ['visit', 'call', 'message', 'letter', 'gift', 'event'] as const
export type CareMethod = (typeof CARE_METHODS)[number]

export const CARE_TASK_STATUSES = ['planned', 'done', 'missed', 'cancelled'] as const
export type CareTaskStatus = (typeof CARE_TASK_STATUSES)[number]

export type Recurrence =
  | { readonly kind: 'none' }
  | { readonly kind: 'weekly' | 'monthly' | 'yearly'; readonly interval: number; readonly until: string | null }
  | {
      readonly kind: 'nth-weekday'
      /** 1–4, or -1 for the last such weekday of the month. */
      readonly nth: number
      /** 0 = Sunday … 6 = Saturday. */
      readonly weekday: number
      readonly until: string | null
    }

/** A planned contact with a customer: a visit, a call, a card… and how it went. */
export interface CareTask extends SyncedRecord {
  readonly customerId: string
  readonly purpose: string
  readonly method: CareMethod
  readonly startAt: string
  readonly durationMinutes: number
  readonly staffId: string | null
  readonly status: CareTaskStatus
  readonly outcome: string
  readonly notes: string
  readonly satisfactionScore: number | null
  readonly followUpNeeded: boolean
  readonly recurrence: Recurrence
  /** The care rule and occasion this came from (e.g. birthday:<customerId>:2026), so a suggestion is offered once. */
  readonly occasionKey: string | null
  readonly complaintId: string | null
  readonly rescheduleHistory: readonly { readonly from: string; readonly to: string; readonly reason: string; readonly at: string }[]
}

/** A suggestion the clerk snoozed or dismissed: remembered so it is not offered again too soon. */
export interface CareDecision extends SyncedRecord {
  readonly occasionKey: string
  readonly customerId: string
  readonly decision: 'snoozed' | 'dismissed'
  readonly until: string | null
  readonly reason: string
}
