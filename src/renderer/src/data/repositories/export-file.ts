/**
 * Export files as bytes: written line by line into gzip-compressed UTF-8, read back from a
 * file (plain or compressed) into lines for @shared/export-format's reader. Backups and
 * hand-over packets both go through here.
 *
 * A file is held as a list of chunks, never as one string: the 100,000-customer benchmark
 * shop is some 800 MB of JSON, more than a JavaScript string can hold. Compressing and
 * unpacking are asynchronous, so they happen outside any database transaction (an
 * IndexedDB transaction closes when it waits for anything else); splitting into lines and
 * parsing are synchronous, so a restore can parse inside its one transaction as it writes.
 */
import type { ExportHeader, ExportProblem } from '@shared/export-format/envelope'
import { readExport, type ExportEvent, type ExportRecord } from '@shared/export-format/reader'
import { EXPORT_TABLE_NAMES, type ExportTableName, type ExportTableRecords } from '@shared/export-format/tables'
import { headerLine, recordLine, tableCloseLine, tableOpenLine } from '@shared/export-format/writer'
import { MAX_BACKUP_FILE_BYTES, MAX_UNPACKED_BACKUP_BYTES } from '@shared/ipc/limits'
import type { SyncedTables } from '../db'

// The export carries exactly the synced tables: this line stops compiling when the two part ways.
type SameKeys<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : false
const exportCarriesEverySyncedTable: SameKeys<ExportTableRecords, SyncedTables> = true
void exportCarriesEverySyncedTable

export interface FileBytes {
  readonly chunks: readonly Uint8Array[]
  readonly byteLength: number
  /** The file was gzip-compressed (the app's own files are). */
  readonly compressed: boolean
}

export type FileRead =
  | { readonly ok: true; readonly bytes: FileBytes; readonly fileSize: number }
  /** `partial`: what could be unpacked before compressed data broke off, to say where it stops. */
  | { readonly ok: false; readonly problem: ExportProblem; readonly partial?: FileBytes }

export interface ReadFileOptions {
  /** Largest file accepted as stored; default MAX_BACKUP_FILE_BYTES. */
  readonly limit?: number
  /** Largest it may unpack to; default MAX_UNPACKED_BACKUP_BYTES. */
  readonly unpackedLimit?: number
  /** Bytes read so far, of the file's size. */
  readonly onProgress?: (done: number, total: number) => void
}

const isGzip = (first: Uint8Array | undefined): boolean => first !== undefined && first[0] === 0x1f && first[1] === 0x8b

/**
 * Reads a chosen file whole (refusing one over the limit before reading a byte), unpacking it
 * when it is gzip-compressed.
 */
export async function readExportFile(file: Blob, options: ReadFileOptions = {}): Promise<FileRead> {
  const { limit = MAX_BACKUP_FILE_BYTES, unpackedLimit = MAX_UNPACKED_BACKUP_BYTES, onProgress } = options
  if (file.size === 0) return { ok: false, problem: { kind: 'empty' } }
  if (file.size > limit) return { ok: false, problem: { kind: 'too-large', bytes: file.size, limit } }
  const chunks = await readChunks(file, onProgress)
  if (!isGzip(chunks[0])) return { ok: true, bytes: { chunks, byteLength: file.size, compressed: false }, fileSize: file.size }
  return gunzip(chunks, unpackedLimit, file.size)
}

/** Slices read one at a time: progress as the file comes in, and never one buffer the size of the whole file until needed. */
const READ_SLICE_BYTES = 8 * 1024 * 1024

async function readChunks(file: Blob, onProgress: ReadFileOptions['onProgress']): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = []
  for (let start = 0; start < file.size; start += READ_SLICE_BYTES) {
    chunks.push(new Uint8Array(await file.slice(start, Math.min(file.size, start + READ_SLICE_BYTES)).arrayBuffer()))
    onProgress?.(Math.min(file.size, start + READ_SLICE_BYTES), file.size)
  }
  return chunks
}

async function gunzip(chunks: readonly Uint8Array[], unpackedLimit: number, fileSize: number): Promise<FileRead> {
  const stream = new DecompressionStream('gzip')
  const writer = stream.writable.getWriter()
  const reader = stream.readable.getReader()
  const out: Uint8Array[] = []
  let unpacked = 0
  let tooLarge = false
  const collect = (async () => {
    for (;;) {
      const next = await reader.read()
      if (next.done) return
      unpacked += next.value.byteLength
      if (unpacked > unpackedLimit) {
        tooLarge = true
        await reader.cancel()
        return
      }
      out.push(next.value)
    }
  })()
  try {
    for (const chunk of chunks) {
      if (tooLarge) break
      await writer.write(asBufferSource(chunk))
    }
    if (!tooLarge) await writer.close()
    await collect
  } catch {
    // Unpacking broke off: the data is cut short, or damaged. What came out says which (see the callers).
    await collect.catch(() => undefined)
    if (tooLarge) return { ok: false, problem: { kind: 'too-large', bytes: unpacked, limit: unpackedLimit } }
    const damaged = { kind: 'damaged-compression', table: null, records: 0 } as const
    return { ok: false, problem: damaged, partial: { chunks: out, byteLength: sum(out), compressed: true } }
  }
  if (tooLarge) return { ok: false, problem: { kind: 'too-large', bytes: unpacked, limit: unpackedLimit } }
  return { ok: true, bytes: { chunks: out, byteLength: unpacked, compressed: true }, fileSize }
}

const sum = (chunks: readonly Uint8Array[]): number => chunks.reduce((total, chunk) => total + chunk.byteLength, 0)

/** Bytes that are not UTF-8: the file is not text at all (a spreadsheet, a picture, a program…). */
export class NotTextError extends Error {
  constructor(readonly offset: number) {
    super(`Not UTF-8 text at byte ${offset}`)
    this.name = 'NotTextError'
  }
}

const NEWLINE = 0x0a

/**
 * The file's lines (without their line breaks), decoded as UTF-8, a leading byte-order mark
 * dropped. Synchronous, so it can run inside a transaction. Throws NotTextError at bytes
 * that are not UTF-8.
 */
export function* textLines(bytes: FileBytes): Generator<string, void, undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  let offset = 0
  let pending: Uint8Array[] = []
  let pendingStart = 0
  const decode = (parts: readonly Uint8Array[], start: number): string => {
    try {
      return decoder.decode(parts.length === 1 ? parts[0] : concat(parts))
    } catch {
      throw new NotTextError(start + firstInvalidByte(parts.length === 1 && parts[0] ? parts[0] : concat(parts)))
    }
  }
  for (const chunk of bytes.chunks) {
    let from = 0
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, from)) {
      pending.push(chunk.subarray(from, at))
      yield decode(pending, pendingStart)
      pendingStart = offset + at + 1
      pending = []
      from = at + 1
    }
    if (from < chunk.length) pending.push(chunk.subarray(from))
    offset += chunk.length
  }
  if (pending.some((part) => part.length > 0)) yield decode(pending, pendingStart)
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(sum(parts))
  let at = 0
  for (const part of parts) {
    joined.set(part, at)
    at += part.byteLength
  }
  return joined
}

/** Where in a line decoding failed: the first byte at which a strict decoder gives up. */
function firstInvalidByte(line: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let low = 0
  let high = line.length
  // The longest valid prefix, by halving: a prefix that ends inside a character also fails, which only moves the answer by up to 3 bytes.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    try {
      decoder.decode(line.subarray(0, middle))
      low = middle
    } catch {
      high = middle - 1
    }
  }
  return low
}

const CHUNK_CHARACTERS = 1 << 20

/** Collects lines into UTF-8 chunks of about a megabyte, so no string grows huge. */
export class LineEncoder {
  private readonly encoder = new TextEncoder()
  private parts: string[] = []
  private length = 0
  readonly chunks: Uint8Array[] = []

  push(line: string): void {
    this.parts.push(line, '\n')
    this.length += line.length + 1
    if (this.length >= CHUNK_CHARACTERS) this.flush()
  }

  finish(): readonly Uint8Array[] {
    this.flush()
    return this.chunks
  }

  private flush(): void {
    if (this.parts.length === 0) return
    this.chunks.push(this.encoder.encode(this.parts.join('')))
    this.parts = []
    this.length = 0
  }
}

/** The chunks as one gzip file. */
export async function gzip(chunks: readonly Uint8Array[]): Promise<Uint8Array<ArrayBuffer>> {
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(asBufferSource(chunk))
      controller.close()
    }
  })
  return new Uint8Array(await new Response(source.pipeThrough(new CompressionStream('gzip'))).arrayBuffer())
}

/*
 * TypeScript's DOM types want views of a plain ArrayBuffer (not a SharedArrayBuffer) in a
 * Blob or a stream; the bytes here come from files, TextEncoder and IPC, which make only those.
 */
const asBufferSource = (chunk: Uint8Array): Uint8Array<ArrayBuffer> =>
  new Uint8Array(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength)

/** A file's bytes already in memory (read by the desktop app from its backups folder), as a Blob to read like a chosen file. */
export const blobOf = (bytes: Uint8Array): Blob => new Blob([asBufferSource(bytes)])

const pad = (value: number): string => String(value).padStart(2, '0')

/** `frontdesk-backup-2026-11-24-0930.json.gz`: local time, so the name reads like the shop's clock. */
export function exportFileName(kind: 'backup' | 'handover', at: Date, deviceId: string): string {
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`
  return kind === 'backup' ? `frontdesk-backup-${stamp}.json.gz` : `frontdesk-handover-${deviceId.slice(-6)}-${stamp}.json.gz`
}

// ——— Reading a chosen file ———

/** Which step a long import or export is at, for its progress bar. */
export type TransferPhase = 'reading' | 'checking' | 'writing' | 'compressing'

export type ProgressListener = (phase: TransferPhase, done: number, total: number) => void

declare const checkedExport: unique symbol

/**
 * A file read and checked whole by inspectExportFile: a sound export of a version this app
 * reads. Only inspectExportFile makes one (the brand), so restore and merge can trust it.
 */
export interface LoadedExport {
  readonly header: ExportHeader
  readonly bytes: FileBytes
  /** Size as stored, before unpacking. */
  readonly fileSize: number
  readonly [checkedExport]: true
}

export type Inspection = { readonly ok: true; readonly file: LoadedExport } | { readonly ok: false; readonly problem: ExportProblem }

/**
 * Reads a backup or hand-over file and checks all of it (every record, every id), changing
 * nothing. A file cut off inside its compressed data is read as far as it goes, to say
 * where it stops.
 */
export async function inspectExportFile(file: Blob, onProgress?: ProgressListener): Promise<Inspection> {
  const read = await readExportFile(file, { onProgress: (done, total) => onProgress?.('reading', done, total) })
  if (!read.ok) {
    if (read.partial === undefined || read.problem.kind !== 'damaged-compression') return read
    // Say how far the data can be read: where the file was cut off, or where the damage starts.
    const readable = await findProblem(read.partial)
    return {
      ok: false,
      problem: readable?.kind === 'truncated' ? { ...read.problem, table: readable.table, records: readable.records } : read.problem
    }
  }
  let header: ExportHeader | null = null
  const found = await findProblem(read.bytes, onProgress, (event) => {
    if (event.type === 'header') header = event.header
  })
  if (found !== null) return { ok: false, problem: found }
  if (header === null) return { ok: false, problem: { kind: 'empty' } }
  return { ok: true, file: brand({ header, bytes: read.bytes, fileSize: read.fileSize }) }
}

// The brand exists only in the type: this is where a checked file gets it.
const brand = (file: Omit<LoadedExport, typeof checkedExport>): LoadedExport => file as LoadedExport

/** Events between two pauses of the check, so a big file's check lets the page draw its progress. */
const EVENTS_PER_PAUSE = 5_000

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/** Reads the whole file for its first problem; null when it is sound. Not in a transaction: it pauses now and then. */
async function findProblem(
  bytes: FileBytes,
  onProgress?: ProgressListener,
  onEvent?: (event: ExportEvent) => void
): Promise<ExportProblem | null> {
  try {
    let events = 0
    for (const event of readExport(() => textLines(bytes), { onProgress: (done, total) => onProgress?.('checking', done, total) })) {
      if (event.type === 'problem') return event.problem
      onEvent?.(event)
      events += 1
      if (events % EVENTS_PER_PAUSE === 0) await pause()
    }
    return null
  } catch (error) {
    if (error instanceof NotTextError) return { kind: 'not-text', offset: error.offset }
    throw error
  }
}

/** Raised inside a write transaction to abort it: the file turned out not to be what was checked. */
export class ExportProblemError extends Error {
  constructor(readonly problem: ExportProblem) {
    super(`The file cannot be imported: ${problem.kind}`)
    this.name = 'ExportProblemError'
  }
}

/**
 * The records of a checked file, table by table, in batches: synchronous, to be consumed
 * inside a write transaction (awaiting only Dexie between batches). The file was checked
 * whole by inspectExportFile, so the record checks are not repeated.
 */
export function* recordBatches(
  file: LoadedExport,
  size: number,
  onProgress?: (done: number, total: number) => void
): Generator<{ readonly table: ExportTableName; readonly records: readonly ExportRecord[] }, void, undefined> {
  let table: ExportTableName | null = null
  let batch: ExportRecord[] = []
  const events = readExport(() => textLines(file.bytes), { onProgress, skipRecordChecks: true })
  for (const event of events) {
    if (event.type === 'problem') throw new ExportProblemError(event.problem)
    if (event.type !== 'record') continue
    if (event.table !== table || batch.length >= size) {
      if (table !== null && batch.length > 0) yield { table, records: batch }
      table = event.table
      batch = []
    }
    batch.push(event.record)
  }
  if (table !== null && batch.length > 0) yield { table, records: batch }
}

// ——— Writing ———

/** Reads a table a page at a time, in primary-key order, after the id given ('' for the start). */
export type PageReader = (table: ExportTableName, afterId: string, limit: number) => Promise<readonly ExportRecord[]>

const PAGE_SIZE = 5_000

/**
 * Writes the header and every table's records (as many as `header.counts` says) as lines.
 * Awaits only `readPage`, so it can run inside the read transaction that makes the export
 * one consistent snapshot.
 */
export async function encodeExport(
  encoder: LineEncoder,
  header: ExportHeader,
  readPage: PageReader,
  onProgress?: (done: number, total: number) => void
): Promise<void> {
  encoder.push(headerLine(header))
  const total = EXPORT_TABLE_NAMES.reduce((sum, table) => sum + header.counts[table], 0)
  let done = 0
  for (const table of EXPORT_TABLE_NAMES) {
    encoder.push(tableOpenLine(table))
    const count = header.counts[table]
    let written = 0
    let afterId = ''
    while (written < count) {
      const page = await readPage(table, afterId, Math.min(PAGE_SIZE, count - written))
      if (page.length === 0) break
      for (const record of page) {
        written += 1
        encoder.push(recordLine(record, written === count))
      }
      afterId = page[page.length - 1]?.id ?? afterId
      done += page.length
      onProgress?.(done, total)
    }
    encoder.push(tableCloseLine(table))
  }
}
