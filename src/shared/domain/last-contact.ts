import type { CallOutcome, Interaction, InteractionKind } from './interaction'

/** Kinds of interaction that count as having been in touch (a message or a note does not). */
export const CONTACT_KINDS: readonly InteractionKind[] = ['call', 'visit', 'purchase']

/** Calls that never reached the customer: ringing an empty line is not being in touch. */
export const UNANSWERED_CALL_OUTCOMES: readonly CallOutcome[] = ['no-answer', 'wrong-number']

export const countsAsContact = (interaction: Pick<Interaction, 'kind' | 'callOutcome'>): boolean =>
  CONTACT_KINDS.includes(interaction.kind) &&
  !(interaction.kind === 'call' && interaction.callOutcome !== null && UNANSWERED_CALL_OUTCOMES.includes(interaction.callOutcome))

/** The customer's `lastContactAt`: the newest live call that reached them, visit or purchase, or null. */
export function latestContactAt(
  interactions: readonly Pick<Interaction, 'kind' | 'callOutcome' | 'occurredAt' | 'deletedAt'>[]
): string | null {
  let latest: string | null = null
  for (const interaction of interactions) {
    if (interaction.deletedAt !== null || !countsAsContact(interaction)) continue
    if (latest === null || interaction.occurredAt > latest) latest = interaction.occurredAt
  }
  return latest
}

const DAY_MS = 86_400_000

/**
 * The instant (ISO) before which a last contact counts as "no contact for `days` days".
 * ISO instants sort as strings, so the list filter is an index range from this key.
 */
export const noContactCutoff = (now: Date, days: number): string => new Date(now.getTime() - days * DAY_MS).toISOString()
