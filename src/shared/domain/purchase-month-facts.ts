/**
 * What the customer report reads of a purchase: who bought, for how much, and when, in monthly
 * bundles (fact-bundles.ts) so a year's spend per tier reads a dozen records instead of every
 * purchase of the year (a busy shop logs 100,000). Only live purchases with an amount are in them.
 * A bundle is one string of lines (factLines): "id<TAB>customer<TAB>amount<TAB>occurredAt".
 */
import { factMonthOf, factsOfLines, lineBundleStorage, type FactBundling, type LineBundle } from './fact-bundles'
import type { Interaction } from './interaction'

/** `month`: 'yyyy-mm' of occurredAt in UTC. */
export type PurchaseMonthFacts = LineBundle<'month'>

/** A purchase as the customer report reads it. */
export type PurchaseFact = Pick<Interaction, 'customerId' | 'amount' | 'occurredAt'> & { readonly amount: number }

type BundledInteraction = Pick<Interaction, 'kind' | 'deletedAt' | 'customerId' | 'amount' | 'occurredAt'>

export const purchaseFactBundling: FactBundling<BundledInteraction> = {
  bundleOf: (interaction) =>
    interaction.kind === 'purchase' && interaction.deletedAt === null && interaction.amount !== null ? factMonthOf(interaction.occurredAt) : null,
  pack: (interaction) => [interaction.customerId, String(interaction.amount), interaction.occurredAt].join('\t')
}

export const purchaseFactStorage = lineBundleStorage(purchaseFactBundling, 'month')

/** The purchases of the bundles made within [start, end) (ISO instants). */
export function unpackPurchaseFacts(bundles: readonly PurchaseMonthFacts[], { start, end }: { readonly start: string; readonly end: string }): PurchaseFact[] {
  const purchases: PurchaseFact[] = []
  for (const bundle of bundles) {
    for (const packed of factsOfLines(bundle.facts).values()) {
      const [customerId = '', amount = '0', occurredAt = ''] = packed.split('\t')
      if (occurredAt >= start && occurredAt < end) purchases.push({ customerId, amount: Number(amount), occurredAt })
    }
  }
  return purchases
}
