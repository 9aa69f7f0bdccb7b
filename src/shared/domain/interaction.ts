import type { SyncedRecord } from './record'

export const INTERACTION_KINDS = ['call', 'visit', 'message', 'purchase', 'note'] as const
export type InteractionKind = (typeof INTERACTION_KINDS)[number]

export const CALL_OUTCOMES = ['reached', 'no-answer', 'call-back', 'wrong-number', 'declined'] as const
export type CallOutcome = (typeof CALL_OUTCOMES)[number]

/** Something that happened with a customer: the timeline is made of these (plus complaints and tasks). */
export interface Interaction extends SyncedRecord {
  readonly customerId: string
  readonly kind: InteractionKind
  readonly occurredAt: string
  readonly staffId: string | null
  readonly summary: string
  readonly callOutcome: CallOutcome | null
  /** Purchases: amount in the shop's currency (yuan), for tier suggestions. */
  readonly amount: number | null
  readonly productId: string | null
  /** The care task or complaint this came from, if any. */
  readonly taskId: string | null
  readonly complaintId: string | null
}
