/**
 * The spreadsheet import wizard's state: a file read into rows, the columns' mapping (guessed,
 * then the user's), the dry run's plan, and the import itself with its progress and cancel.
 */
import { useCallback, useRef, useState } from 'react'
import { ulid } from 'ulid'
import { guessCustomerSheetMapping, type CustomerSheetField } from '@shared/domain/customer-sheet'
import { phoneDigitsOfNumber } from '@shared/domain/customer-search'
import { todayInShop } from '@shared/domain/days'
import { parsePhone } from '@shared/domain/phone'
import { decodeSheetBytes, planCustomerImport, readCsvRows, sniffSheetBytes, type PhoneMatchPolicy, type PlannedRow, type SheetEncoding } from '@shared/domain/sheet-import'
import { useAllStaff } from '../../data/hooks/use-staff'
import { findCustomersByPhones, ImportCancelledError, importCustomers, type ImportProgress, type ImportResult } from '../../data/repositories/spreadsheet-import'
import { useActor } from '../../session/session-store'
import { useCustomerSheetWords } from '../../ui/use-customer-sheet-words'
import { readXlsxRows } from '../../ui/xlsx-rows'
import { backupBeforeChange } from './automatic-backups'

/** Bigger files are refused before a byte is read: 20 MB of CSV is some 200,000 customers. */
export const IMPORT_SIZE_LIMIT = 20 * 1024 * 1024

export interface ReadSheet {
  readonly fileName: string
  readonly encoding: SheetEncoding | 'xlsx'
  readonly headers: readonly string[]
  readonly rows: readonly (readonly string[])[]
}

export type ImportMessage =
  | { readonly kind: 'too-big'; readonly size: number }
  | { readonly kind: 'empty' }
  /** Not text and not a workbook: an old .xls, UTF-16 "Unicode text", a picture… */
  | { readonly kind: 'not-a-sheet' }
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string }

function csvRows(bytes: ArrayBuffer): { readonly rows: readonly (readonly string[])[]; readonly encoding: SheetEncoding } {
  const { text, encoding } = decodeSheetBytes(new Uint8Array(bytes))
  return { rows: readCsvRows(text), encoding }
}

async function readSheet(file: File): Promise<ReadSheet | ImportMessage> {
  if (file.size > IMPORT_SIZE_LIMIT) return { kind: 'too-big', size: file.size }
  try {
    const bytes = await file.arrayBuffer()
    // The bytes decide, not the name: a workbook saved as "customers.csv" is still read.
    const kind = sniffSheetBytes(new Uint8Array(bytes))
    if (kind === 'binary') return { kind: 'not-a-sheet' }
    const decoded = kind === 'xlsx' ? { rows: await readXlsxRows(bytes), encoding: 'xlsx' as const } : csvRows(bytes)
    const [headers, ...rows] = decoded.rows
    if (headers === undefined || rows.length === 0 || headers.every((header) => header.trim() === '')) return { kind: 'empty' }
    return { fileName: file.name, encoding: decoded.encoding, headers, rows }
  } catch (error) {
    return { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) }
  }
}

/** Every phone the mapped phone columns hold, as digits: what the dry run looks up. */
function phonesOf(sheet: ReadSheet, mapping: readonly (CustomerSheetField | null)[]): readonly string[] {
  const columns = mapping.flatMap((field, index) => (field === 'phone' || field === 'otherPhones' ? [index] : []))
  return sheet.rows.flatMap((row) =>
    columns.flatMap((index) => (row[index] ?? '').split(/[;；,，、/\n]+/).map((raw) => phoneDigitsOfNumber(parsePhone(raw).phone)))
  )
}

export function useSpreadsheetImport() {
  const words = useCustomerSheetWords()
  const staff = useAllStaff()
  const actor = useActor()
  const [policy, setPolicy] = useState<PhoneMatchPolicy>('update')
  const [sheet, setSheet] = useState<ReadSheet | null>(null)
  const [mapping, setMapping] = useState<readonly (CustomerSheetField | null)[]>([])
  const [plan, setPlan] = useState<readonly PlannedRow[] | null>(null)
  const [message, setMessage] = useState<ImportMessage | null>(null)
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)
  const abort = useRef<AbortController | null>(null)

  const reset = useCallback(() => {
    setSheet(null)
    setMapping([])
    setPlan(null)
    setMessage(null)
    setProgress(null)
    setResult(null)
  }, [])

  const chooseFile = useCallback(
    async (file: File) => {
      reset()
      const read = await readSheet(file)
      if ('kind' in read) {
        setMessage(read)
        return
      }
      setSheet(read)
      setMapping(guessCustomerSheetMapping(read.headers, words.all))
    },
    [reset, words.all]
  )

  const mapColumn = useCallback((index: number, field: CustomerSheetField | null) => {
    setPlan(null)
    setMapping((current) => current.map((existing, at) => (at === index ? field : existing === field && field !== null ? null : existing)))
  }, [])

  const choosePolicy = useCallback((next: PhoneMatchPolicy) => {
    setPlan(null)
    setPolicy(next)
  }, [])

  const dryRun = useCallback(async () => {
    if (sheet === null) return
    const customerByPhone = await findCustomersByPhones(phonesOf(sheet, mapping))
    const staffIdByName = new Map((staff ?? []).map((member) => [member.name.trim(), member.id]))
    setResult(null)
    setMessage(null)
    setPlan(planCustomerImport(sheet.rows, mapping, { languages: words.all, staffIdByName, today: todayInShop(new Date()), policy, customerByPhone }))
  }, [sheet, mapping, staff, words.all, policy])

  const runImport = useCallback(async () => {
    if (plan === null) return
    const controller = new AbortController()
    abort.current = controller
    setMessage(null)
    setProgress({ done: 0, total: plan.length })
    try {
      await backupBeforeChange('before-import')
      const now = new Date().toISOString()
      const context = { newDateId: () => ulid(), at: now, by: actor.staffId, tierReason: words.tierReason, defaultOwnerId: actor.staffId || null }
      setResult(await importCustomers(plan, context, actor, { signal: controller.signal, onProgress: setProgress }))
    } catch (error) {
      setMessage(error instanceof ImportCancelledError ? { kind: 'cancelled' } : { kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    } finally {
      abort.current = null
      setProgress(null)
    }
  }, [plan, actor, words.tierReason])

  const cancel = useCallback(() => abort.current?.abort(), [])

  return { policy, choosePolicy, sheet, mapping, mapColumn, plan, message, progress, result, chooseFile, dryRun, runImport, cancel, reset }
}
