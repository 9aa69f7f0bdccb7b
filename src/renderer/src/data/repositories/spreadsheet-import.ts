/**
 * Writing a spreadsheet import (domain brief §5): the phones already on file, for the dry run,
 * and the planned rows in one transaction: all of them or, when anything fails or the user
 * cancels, none. Each customer is saved as the customer form saves one (search fields, field
 * clocks, an audit entry), so an imported customer is like any other.
 */
import { isCurrentCustomer } from '@shared/domain/customer'
import { phoneDigitsOfNumber, withSearchFields } from '@shared/domain/customer-search'
import { customerFromSheet, type CustomerFromSheetContext, type CustomerSheetInput } from '@shared/domain/customer-sheet-read'
import type { PlannedRow } from '@shared/domain/sheet-import'
import { db } from '../db'
import { createRecords, RecordNotFoundError, type Actor } from '../records'
import { customersRepository } from './customers'

/** The current customers who have any of these phones (full digits), by phone. */
export async function findCustomersByPhones(digits: readonly string[]): Promise<ReadonlyMap<string, string>> {
  const wanted = new Set(digits.filter((phone) => phone !== ''))
  if (wanted.size === 0) return new Map()
  const customers = await db.customers.where('phoneDigits').anyOf([...wanted]).toArray()
  const byPhone = new Map<string, string>()
  for (const customer of customers.filter(isCurrentCustomer)) {
    for (const phone of customer.phones.map(phoneDigitsOfNumber)) if (wanted.has(phone) && !byPhone.has(phone)) byPhone.set(phone, customer.id)
  }
  return byPhone
}

export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled')
    this.name = 'ImportCancelledError'
  }
}

export interface ImportProgress {
  /** Steps done so far, of `total`: each row is prepared (before the transaction), then written. */
  readonly done: number
  readonly total: number
}

export interface ImportOptions {
  readonly onProgress?: (progress: ImportProgress) => void
  /** Aborting it rolls the whole import back. */
  readonly signal?: AbortSignal
}

export interface ImportResult {
  readonly created: number
  readonly updated: number
}

/** Rows between progress reports and cancel checks; new customers are written this many at a time. The dry run plans this many at a time too. */
export const ROWS_PER_STEP = 2_000

/** Lets the page repaint and take a click on Cancel between chunks of work outside the transaction. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Writes the plan's new and updated customers in one transaction. The new customers are made
 * first, outside it, a chunk at a time (search fields take time: the page stays responsive and
 * Cancel is heard); then the transaction writes them in batches (createRecords: a stamp and an
 * audit entry each, one bulk write per batch) and the updates one by one as the form saves them.
 * A cancel (the signal) or any failure inside the transaction throws there, so IndexedDB rolls
 * everything back; ImportCancelledError says it was the cancel.
 */
export async function importCustomers(plan: readonly PlannedRow[], context: CustomerFromSheetContext, actor: Actor, options: ImportOptions = {}): Promise<ImportResult> {
  const news = plan.filter((row) => row.action === 'new')
  const updates = plan.filter((row) => row.action === 'update')
  const total = 2 * (news.length + updates.length)
  const step = (done: number): void => {
    if (options.signal?.aborted) throw new ImportCancelledError()
    options.onProgress?.({ done, total })
  }
  const created: ReturnType<typeof withSearchFields<CustomerSheetInput>>[] = []
  for (let from = 0; from < news.length; from += ROWS_PER_STEP) {
    step(from)
    for (const row of news.slice(from, from + ROWS_PER_STEP)) created.push(withSearchFields(customerFromSheet(row.values, null, context)))
    await nextTask()
  }
  const written = total / 2
  return db.transaction('rw', [db.customers, db.auditLog, db.meta], async () => {
    for (let from = 0; from < created.length; from += ROWS_PER_STEP) {
      step(written + from)
      await createRecords('customers', created.slice(from, from + ROWS_PER_STEP), actor)
    }
    for (const [index, row] of updates.entries()) {
      if (index % ROWS_PER_STEP === 0) step(written + created.length + index)
      const current = await customersRepository.get(row.customerId)
      if (current === undefined) throw new RecordNotFoundError('customers', row.customerId)
      await customersRepository.update(row.customerId, customerFromSheet(row.values, current, context), actor)
    }
    step(total)
    return { created: created.length, updated: updates.length }
  })
}
