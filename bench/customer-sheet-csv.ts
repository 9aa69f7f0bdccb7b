/**
 * The benchmark's customer spreadsheet: the demo shop's customers exported with the customer
 * sheet's Chinese columns, as the bytes of a CSV file, for the import benchmarks in Node
 * (spreadsheet-import.bench.ts) and in Chromium (browser/measure-hand-over.ts).
 */
import type { Customer } from '@shared/domain/customer'
import { CUSTOMER_SHEET_FIELDS, customerSheetRow, type CustomerSheetLanguage } from '@shared/domain/customer-sheet'
import type { ImportPlanContext } from '@shared/domain/sheet-import'
import { zhCN } from '@renderer/locales/zh-CN'
import { toCsv } from '@renderer/ui/csv'

const { customers: words, customerSheet } = zhCN

export const BENCH_SHEET_LANGUAGE: CustomerSheetLanguage = {
  ...customerSheet,
  kinds: words.kinds,
  personalities: words.personalities,
  stages: words.stages,
  relationships: words.relationships,
  channels: words.channels
}

/** The customers as a CSV file's bytes, owners left blank (the benchmark has no staff to match). */
export const customerCsvBytes = (customers: readonly Customer[]): Uint8Array =>
  new TextEncoder().encode(
    toCsv([
      CUSTOMER_SHEET_FIELDS.map((field) => BENCH_SHEET_LANGUAGE.headers[field]),
      ...customers.map((customer) => customerSheetRow({ ...customer, ownerId: null }, { language: BENCH_SHEET_LANGUAGE, staffNameById: new Map() }))
    ])
  )

/** How the benchmarks plan the file: on 2026-11-24, phones already on file updated. */
export const BENCH_PLAN_CONTEXT: ImportPlanContext = {
  languages: [BENCH_SHEET_LANGUAGE],
  staffIdByName: new Map(),
  today: '2026-11-24',
  policy: 'update',
  customerByPhone: new Map()
}

/** How the benchmarks turn a planned row into a customer. */
export const benchImportContext = (now: Date) => ({ newDateId: () => crypto.randomUUID(), at: now.toISOString(), by: '', tierReason: '表格导入', defaultOwnerId: null })
