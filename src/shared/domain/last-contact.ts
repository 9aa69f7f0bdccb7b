import type { Interaction, InteractionKind } from './interaction'

/** Kinds of interaction that count as having been in touch (a message or a note does not). */
export const CONTACT_KINDS: readonly InteractionKind[] = ['call', 'visit', 'purchase']

export const countsAsContact = (kind: InteractionKind): boolean => CONTACT_KINDS.includes(kind)

/** The customer's `lastContactAt`: the newest live call, visit or purchase, or null. */
export function latestContactAt(
  interactions: readonly Pick<Interaction, 'kind' | 'occurredAt' | 'deletedAt'>[]
): string | null {
  let latest: string | null = null
  for (const interaction of interactions) {
    if (interaction.deletedAt !== null || !countsAsContact(interaction.kind)) continue
    if (latest === null || interaction.occurredAt > latest) latest = interaction.occurredAt
  }
  return latest
}
