/**
 * The interaction log (calls, visits, messages, purchases, notes) as a sheet for Excel: one
 * row per entry, when it happened in the shop's time, with whom and by whom. A purchase's
 * amount is a number (yuan), so the spreadsheet can add the column up.
 */
import { inColumnOrder, sheetCustomerCells, sheetDateTime, sheetStaffName, type SheetCell, type SheetContext } from './sheet-export'
import type { CallOutcome, Interaction, InteractionKind } from './interaction'

export const INTERACTION_SHEET_COLUMNS = ['occurredAt', 'kind', 'customer', 'phone', 'staff', 'summary', 'callOutcome', 'amount'] as const
export type InteractionSheetColumn = (typeof INTERACTION_SHEET_COLUMNS)[number]

/** One UI language's words for the interaction sheet. */
export interface InteractionSheetWords {
  readonly headers: Readonly<Record<InteractionSheetColumn, string>>
  readonly kinds: Readonly<Record<InteractionKind, string>>
  readonly callOutcomes: Readonly<Record<CallOutcome, string>>
}

export type InteractionSheetContext = SheetContext<InteractionSheetWords>

/** The interaction's row, in INTERACTION_SHEET_COLUMNS order. */
export function interactionSheetRow(interaction: Interaction, context: InteractionSheetContext): readonly SheetCell[] {
  const { words } = context
  const [customer, phone] = sheetCustomerCells(context, interaction.customerId)
  return inColumnOrder(INTERACTION_SHEET_COLUMNS, {
    occurredAt: sheetDateTime(interaction.occurredAt),
    kind: words.kinds[interaction.kind],
    customer,
    phone,
    staff: sheetStaffName(context, interaction.staffId),
    summary: interaction.summary,
    callOutcome: interaction.callOutcome === null ? '' : words.callOutcomes[interaction.callOutcome],
    amount: interaction.amount
  })
}
