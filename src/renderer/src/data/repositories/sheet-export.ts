/**
 * Sheets for Excel (domain brief §5) of customers, complaints, care tasks and the interaction
 * log. A list of 100,000 customers or several hundred thousand complaints is never read whole:
 * the ids come first (the list's own query, or an index), then the records are read by id in
 * batches, each batch with the customers it names, and turned into rows by the pure functions
 * in @shared/domain/sheet-export-*. Only the rows, plain text and numbers, are kept.
 */
import { CUSTOMER_SHEET_FIELDS, customerSheetRow, type CustomerSheetLanguage } from '@shared/domain/customer-sheet'
import { addDays, shopInstant } from '@shared/domain/days'
import type { SheetCell, SheetCustomer, SheetLookups, SheetTable } from '@shared/domain/sheet-export'
import { COMPLAINT_SHEET_COLUMNS, complaintSheetRow, type ComplaintSheetWords } from '@shared/domain/sheet-export-complaints'
import { INTERACTION_SHEET_COLUMNS, interactionSheetRow, type InteractionSheetWords } from '@shared/domain/sheet-export-interactions'
import { TASK_SHEET_COLUMNS, taskSheetRow, type TaskSheetEntry, type TaskSheetWords } from '@shared/domain/sheet-export-tasks'
import { db, type RecordOf } from '../db'
import { idsByIndex, idsWithAnyOf, keepListed } from './id-lists'
import { tombstones } from './record-repository'
import { listStaffNames } from './reports'

/** Records read per bulkGet: big enough to be quick, small enough that the page stays responsive between batches. */
export const SHEET_BATCH_SIZE = 2000

export interface SheetBuildOptions {
  /** The sheet's name: the tab of an XLSX file. */
  readonly name: string
  /** After each batch: records turned into rows so far, of how many. */
  readonly onProgress?: (done: number, total: number) => void
}

type SheetTableName = 'customers' | 'complaints' | 'interactions' | 'careTasks'

const isDefined = <T>(value: T | undefined): value is T => value !== undefined

/** The customers of these ids (deleted and merged ones too: a record still names them). */
async function customersById(ids: readonly string[]): Promise<ReadonlyMap<string, SheetCustomer>> {
  if (ids.length === 0) return new Map()
  const customers = await db.customers.bulkGet([...new Set(ids)])
  return new Map(customers.filter(isDefined).map((customer) => [customer.id, customer]))
}

/** The customer a complaint, task or interaction is about; none for a customer's own record. */
const customerIdOf = (record: object): readonly string[] =>
  'customerId' in record && typeof record.customerId === 'string' ? [record.customerId] : []

/**
 * Rows for the records of `ids`, in that order, read a batch at a time. A record gone since its
 * id was listed is left out.
 */
async function rowsByBatch<K extends SheetTableName>(
  table: K,
  ids: readonly string[],
  rowOf: (record: RecordOf<K>, lookups: SheetLookups) => readonly SheetCell[],
  onProgress: SheetBuildOptions['onProgress']
): Promise<readonly (readonly SheetCell[])[]> {
  const staffNameById = await listStaffNames()
  const rows: (readonly SheetCell[])[] = []
  onProgress?.(0, ids.length)
  for (let start = 0; start < ids.length; start += SHEET_BATCH_SIZE) {
    const batch = ids.slice(start, start + SHEET_BATCH_SIZE)
    const records = (await db.syncedTable(table).bulkGet(batch)).filter(isDefined)
    const customerById = await customersById(records.flatMap(customerIdOf))
    for (const record of records) rows.push(rowOf(record, { staffNameById, customerById }))
    onProgress?.(Math.min(start + SHEET_BATCH_SIZE, ids.length), ids.length)
  }
  return rows
}

const headersOf = <C extends string>(columns: readonly C[], headers: Readonly<Record<C, string>>): readonly string[] =>
  columns.map((column) => headers[column])

/** The customers of `ids` (a list's ids, in its order) as a sheet. */
export async function makeCustomerSheet(ids: readonly string[], language: CustomerSheetLanguage, options: SheetBuildOptions): Promise<SheetTable> {
  const rows = await rowsByBatch('customers', ids, (customer, { staffNameById }) => customerSheetRow(customer, { language, staffNameById }), options.onProgress)
  return { name: options.name, headers: headersOf(CUSTOMER_SHEET_FIELDS, language.headers), rows }
}

/** The complaints of `ids` (a list's ids, in its order) as a sheet. */
export async function makeComplaintSheet(ids: readonly string[], words: ComplaintSheetWords, options: SheetBuildOptions): Promise<SheetTable> {
  const rows = await rowsByBatch('complaints', ids, (complaint, lookups) => complaintSheetRow(complaint, { ...lookups, words }), options.onProgress)
  return { name: options.name, headers: headersOf(COMPLAINT_SHEET_COLUMNS, words.headers), rows }
}

/** The interactions of `ids` (in that order) as a sheet. */
export async function makeInteractionSheet(ids: readonly string[], words: InteractionSheetWords, options: SheetBuildOptions): Promise<SheetTable> {
  const rows = await rowsByBatch('interactions', ids, (interaction, lookups) => interactionSheetRow(interaction, { ...lookups, words }), options.onProgress)
  return { name: options.name, headers: headersOf(INTERACTION_SHEET_COLUMNS, words.headers), rows }
}

/** Every live task, by the date it starts (a repeating one once, at its first date), as a sheet. */
export async function makeAllTasksSheet(words: TaskSheetWords, options: SheetBuildOptions): Promise<SheetTable> {
  const ids = await liveIdsByIndex('careTasks', 'startAt')
  const rows = await rowsByBatch('careTasks', ids, (task, lookups) => taskSheetRow({ task, startAt: task.startAt }, { ...lookups, words }), options.onProgress)
  return { name: options.name, headers: headersOf(TASK_SHEET_COLUMNS, words.headers), rows }
}

/** Tasks where the calendar shows them (a few weeks' worth, already read) as a sheet. */
export async function makeTaskSheet(entries: readonly TaskSheetEntry[], words: TaskSheetWords, options: SheetBuildOptions): Promise<SheetTable> {
  const [staffNameById, customerById] = await Promise.all([listStaffNames(), customersById(entries.map((entry) => entry.task.customerId))])
  const rows = entries.map((entry) => taskSheetRow(entry, { staffNameById, customerById, words }))
  options.onProgress?.(rows.length, rows.length)
  return { name: options.name, headers: headersOf(TASK_SHEET_COLUMNS, words.headers), rows }
}

/** The live records' ids in an index's order, oldest first. */
async function liveIdsByIndex(table: SheetTableName, index: string): Promise<readonly string[]> {
  const [ordered, deleted] = await Promise.all([idsByIndex(table, index, 'asc'), tombstones(table).primaryKeys()])
  return keepListed(ordered, new Set(deleted), [])
}

/** Every live complaint's id, in the order received. */
export const listAllComplaintIds = (): Promise<readonly string[]> => liveIdsByIndex('complaints', 'receivedAt')

export interface InteractionLogScope {
  /** Shop dates, 'yyyy-mm-dd', both included. */
  readonly from: string
  readonly to: string
  /** Null: everyone's. */
  readonly staffId: string | null
}

/** The live interactions that happened on the shop dates of the scope (by the staff member, when one is chosen), oldest first. */
export async function listInteractionLogIds({ from, to, staffId }: InteractionLogScope): Promise<readonly string[]> {
  const start = shopInstant(from, { hour: 0, minute: 0 }).toISOString()
  const end = shopInstant(addDays(to, 1), { hour: 0, minute: 0 }).toISOString()
  return db.transaction('r', db.interactions, async () => {
    const [ordered, deleted, ...required] = await Promise.all([
      db.interactions.where('occurredAt').between(start, end, true, false).primaryKeys(),
      tombstones('interactions').primaryKeys(),
      ...(staffId === null ? [] : [idsWithAnyOf('interactions', 'staffId', [staffId])])
    ])
    return keepListed(ordered, new Set(deleted), required)
  })
}
