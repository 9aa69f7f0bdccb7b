/**
 * What the exports for Excel (domain brief §5) have in common: a row is a list of cells, text
 * or a number; the people and customers a record points at are named through lookups passed
 * in; instants read as the shop's clocks show them, to the minute ('2026-11-25 09:05').
 * Which words (headers, enum labels) a sheet uses comes in as arguments: the UI languages own them.
 */
import type { Customer } from './customer'
import { shopDateTimeText } from './days'

/** Text stays text (a phone is never a number); numbers are amounts and scores; null is an empty cell. */
export type SheetCell = string | number | null

/** A sheet as written: its name (the XLSX tab), the header row, then a row per record. */
export interface SheetTable {
  readonly name: string
  readonly headers: readonly string[]
  readonly rows: readonly (readonly SheetCell[])[]
}

/** What a row of a record about a customer needs to name the customer. */
export type SheetCustomer = Pick<Customer, 'name' | 'phones'>

/** Lookups every record sheet uses: names for the ids a record holds. */
export interface SheetLookups {
  readonly staffNameById: ReadonlyMap<string, string>
  /** The customers the rows point at; a missing one leaves its cells empty. */
  readonly customerById: ReadonlyMap<string, SheetCustomer>
}

/** What a record sheet's row function takes: the lookups, and one UI language's words for the sheet. */
export interface SheetContext<Words> extends SheetLookups {
  readonly words: Words
}

/** The shop's date and time of an instant; '' for none. */
export const sheetDateTime = (instant: string | null): string => (instant === null ? '' : shopDateTimeText(new Date(instant)))

export const sheetStaffName = (lookups: SheetLookups, staffId: string | null): string =>
  staffId === null ? '' : (lookups.staffNameById.get(staffId) ?? '')

/** The customer's name and first phone, as typed. */
export function sheetCustomerCells(lookups: SheetLookups, customerId: string): readonly [name: string, phone: string] {
  const customer = lookups.customerById.get(customerId)
  return [customer?.name ?? '', customer?.phones[0]?.raw ?? '']
}

/** Cells in the order of `columns`, from a record of cells by column. */
export const inColumnOrder = <C extends string>(columns: readonly C[], cells: Readonly<Record<C, SheetCell>>): readonly SheetCell[] =>
  columns.map((column) => cells[column])
