/**
 * The spreadsheet import wizard's state: a file read into rows, the columns' mapping (guessed,
 * then the user's), the dry run's plan, and the import itself. The dry run and the import both
 * work a chunk of rows at a time, with one progress bar and one Cancel.
 */
import { useCallback, useRef, useState } from 'react'
import { ulid } from 'ulid'
import { guessCustomerSheetMapping, type CustomerSheetField } from '@shared/domain/customer-sheet'
import { phoneDigitsOfNumber } from '@shared/domain/customer-search'
import { todayInShop } from '@shared/domain/days'
import { parsePhone } from '@shared/domain/phone'
import {
  createCustomerImportPlanner,
  readTextSheet,
  sliceRows,
  sniffSheetBytes,
  splitHeaderRow,
  type NumberedRows,
  type PhoneMatchPolicy,
  type PlannedRow,
  type SheetEncoding
} from '@shared/domain/sheet-import'
import { useAllStaff } from '../../data/hooks/use-staff'
import {
  findCustomersByPhones,
  ImportCancelledError,
  importCustomers,
  nextTask,
  ROWS_PER_STEP,
  type ImportProgress,
  type ImportResult
} from '../../data/repositories/spreadsheet-import'
import { useActor } from '../../session/session-store'
import { useCustomerSheetWords } from '../../ui/use-customer-sheet-words'
import { readXlsxRows } from '../../ui/xlsx-rows'
import { backupBeforeChange } from './automatic-backups'

/** Bigger files are refused before a byte is read: 20 MB of CSV is some 200,000 customers. */
export const IMPORT_SIZE_LIMIT = 20 * 1024 * 1024

/** The file's data rows (below the header, blank rows left out) with the row numbers the spreadsheet shows. */
export interface ReadSheet extends NumberedRows {
  readonly fileName: string
  readonly encoding: SheetEncoding | 'xlsx'
  readonly headers: readonly string[]
}

/** The work under way: the dry run or the import, so far. */
export interface WizardProgress extends ImportProgress {
  readonly step: 'dry-run' | 'import'
}

export type ImportMessage =
  | { readonly kind: 'too-big'; readonly size: number }
  | { readonly kind: 'empty' }
  /** Not text and not a workbook: an old .xls, a Word file, a picture… */
  | { readonly kind: 'not-a-sheet' }
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string }

async function readSheet(file: File): Promise<ReadSheet | ImportMessage> {
  if (file.size > IMPORT_SIZE_LIMIT) return { kind: 'too-big', size: file.size }
  try {
    const bytes = await file.arrayBuffer()
    // The bytes decide, not the name: a workbook saved as "customers.csv" is still read.
    const kind = sniffSheetBytes(new Uint8Array(bytes))
    if (kind === 'binary') return { kind: 'not-a-sheet' }
    const decoded = kind === 'xlsx' ? { rows: await readXlsxRows(bytes), encoding: 'xlsx' as const } : readTextSheet(new Uint8Array(bytes))
    const split = splitHeaderRow(decoded.rows)
    if (split === null) return { kind: 'empty' }
    return { fileName: file.name, encoding: decoded.encoding, headers: split.headers, ...split.data }
  } catch (error) {
    return { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) }
  }
}

/** Why a dry run was stopped when the user changed the columns: not a cancel to report. */
const SUPERSEDED = 'superseded'

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
  const [progress, setProgress] = useState<WizardProgress | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)
  /** The dry run's or the import's, for Cancel; the step says which. */
  const running = useRef<{ readonly step: WizardProgress['step']; readonly controller: AbortController } | null>(null)

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
    // The columns stay open during a dry run: its plan would be of the old mapping, so it stops.
    if (running.current?.step === 'dry-run') running.current.controller.abort(SUPERSEDED)
    setPlan(null)
    setMapping((current) => current.map((existing, at) => (at === index ? field : existing === field && field !== null ? null : existing)))
  }, [])

  const choosePolicy = useCallback((next: PhoneMatchPolicy) => {
    setPlan(null)
    setPolicy(next)
  }, [])

  const dryRun = useCallback(async () => {
    if (sheet === null) return
    const controller = new AbortController()
    running.current = { step: 'dry-run', controller }
    setResult(null)
    setMessage(null)
    setPlan(null)
    setProgress({ step: 'dry-run', done: 0, total: sheet.rows.length })
    try {
      const customerByPhone = await findCustomersByPhones(phonesOf(sheet, mapping))
      const staffIdByName = new Map((staff ?? []).map((member) => [member.name.trim(), member.id]))
      const planner = createCustomerImportPlanner(mapping, { languages: words.all, staffIdByName, today: todayInShop(new Date()), policy, customerByPhone })
      // 100,000 rows take seconds to plan: a chunk at a time, the page repaints and hears Cancel.
      const planned: PlannedRow[] = []
      for (let from = 0; from < sheet.rows.length; from += ROWS_PER_STEP) {
        planned.push(...planner.plan(sliceRows(sheet, from, from + ROWS_PER_STEP)))
        setProgress({ step: 'dry-run', done: planned.length, total: sheet.rows.length })
        await nextTask()
        if (controller.signal.aborted) {
          if (controller.signal.reason !== SUPERSEDED) setMessage({ kind: 'cancelled' })
          return
        }
      }
      setPlan(planned)
    } finally {
      // A dry run stopped by a change of columns may end after the next one began: that one's progress stays.
      if (running.current?.controller === controller) {
        running.current = null
        setProgress(null)
      }
    }
  }, [sheet, mapping, staff, words.all, policy])

  const runImport = useCallback(async () => {
    if (plan === null) return
    const controller = new AbortController()
    running.current = { step: 'import', controller }
    setMessage(null)
    setProgress({ step: 'import', done: 0, total: plan.length })
    try {
      await backupBeforeChange('before-import')
      const now = new Date().toISOString()
      const context = { newDateId: () => ulid(), at: now, by: actor.staffId, tierReason: words.tierReason, defaultOwnerId: actor.staffId || null }
      const onProgress = (reported: ImportProgress): void => setProgress({ step: 'import', ...reported })
      setResult(await importCustomers(plan, context, actor, { signal: controller.signal, onProgress }))
    } catch (error) {
      setMessage(error instanceof ImportCancelledError ? { kind: 'cancelled' } : { kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    } finally {
      running.current = null
      setProgress(null)
    }
  }, [plan, actor, words.tierReason])

  const cancel = useCallback(() => running.current?.controller.abort(), [])

  return { policy, choosePolicy, sheet, mapping, mapColumn, plan, message, progress, result, chooseFile, dryRun, runImport, cancel, reset }
}
