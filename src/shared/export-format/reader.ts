/**
 * Reads an export line by line (the layout of writer.ts), upgrading older versions and
 * checking as it goes, and hands out the header and then one record at a time. Nothing is
 * collected: a caller that previews counts keeps counts, a restore writes records in
 * batches, so a file of any size is read in bounded memory.
 *
 * A file in any other layout (pretty-printed by an editor, written by hand) is read as one
 * JSON document instead, with the same checks (see upgrade.ts restore()).
 *
 * Every problem says where it is: the table, the record's place in it and the line.
 */
import {
  EXPORT_FORMAT,
  checkDuplicate,
  checkHeader,
  checkRecord,
  isPlainObject,
  type ExportHeader,
  type ExportProblem
} from './envelope'
import { EXPORT_TABLE_NAMES, isExportTableName, totalOf, type ExportTableName, type ExportTableRecords } from './tables'
import { jsonErrorOffset } from './json-error'
import { restore, upgradeFrom, type ExportUpgrader, type Upgrade } from './upgrade'

/** A record of any table, as checked by checkRecord: the synced-record metadata and the table's required fields. */
export type ExportRecord = ExportTableRecords[ExportTableName]

export type ExportEvent =
  | { readonly type: 'header'; readonly header: ExportHeader }
  | { readonly type: 'record'; readonly table: ExportTableName; readonly index: number; readonly record: ExportRecord }
  /** The whole file was read and found sound. */
  | { readonly type: 'end'; readonly header: ExportHeader }
  | { readonly type: 'problem'; readonly problem: ExportProblem }

export interface ReadExportOptions {
  readonly upgraders?: readonly ExportUpgrader[]
  /** Called every few thousand records and at the end: records read so far, of the header's total. */
  readonly onProgress?: (done: number, total: number) => void
  /**
   * Skip the per-record checks (metadata, required fields, duplicate ids) of a file in the
   * app's line layout: for a second pass over bytes already read whole with the checks on.
   * The layout, the counts and every line's JSON are still checked.
   */
  readonly skipRecordChecks?: boolean
}

const PROGRESS_EVERY = 2_000

/**
 * The file's events: 'header', then 'record' for every record, then 'end'; or a 'problem'
 * (after which nothing follows) as soon as something is wrong. `lines` is asked for twice
 * when the file is not in the app's own layout, so pass something that can start over.
 */
export function* readExport(lines: () => Iterable<string>, options: ReadExportOptions = {}): Generator<ExportEvent, void, undefined> {
  const layout = yield* readLineLayout(lines(), options)
  if (layout === 'not-line-layout') yield* readDocument(lines(), options)
}

/** Reads the whole file for its problem, if it has one: null when it is sound. */
export function findExportProblem(lines: () => Iterable<string>, options: ReadExportOptions = {}): ExportProblem | null {
  for (const event of readExport(lines, options)) if (event.type === 'problem') return event.problem
  return null
}

const TABLE_OPEN = /^"([A-Za-z0-9_]+)":\[$/

type LineState =
  | { readonly at: 'between-tables' }
  | { readonly at: 'in-table'; readonly table: ExportTableName; readonly seenIds: Map<string, number>; count: number; expectMore: boolean | null }
  | { readonly at: 'done' }

/** Lines with one line of look-ahead, so the reader knows when the one in hand is the last. */
function* withLookAhead(lines: Iterable<string>): Generator<{ readonly text: string; readonly number: number; readonly isLast: boolean }> {
  let number = 0
  let previous: string | undefined
  for (const line of lines) {
    if (previous !== undefined) yield { text: previous, number, isLast: false }
    previous = line
    number += 1
  }
  if (previous !== undefined) yield { text: previous, number, isLast: true }
}

function* readLineLayout(
  lines: Iterable<string>,
  { upgraders, onProgress, skipRecordChecks = false }: ReadExportOptions
): Generator<ExportEvent, 'read' | 'not-line-layout', undefined> {
  const iterator = withLookAhead(lines)
  let first = iterator.next()
  while (!first.done && first.value.text.trim() === '') first = iterator.next()
  if (first.done) {
    yield { type: 'problem', problem: { kind: 'empty' } }
    return 'read'
  }
  const headerText = first.value.text.trimEnd()
  if (!headerText.startsWith('{') || !headerText.endsWith('"data":{')) return 'not-line-layout'
  let rawHeader: unknown
  try {
    rawHeader = JSON.parse(`${headerText}}}`)
  } catch {
    return 'not-line-layout'
  }
  if (!isPlainObject(rawHeader)) return 'not-line-layout'
  const opening = openHeader(rawHeader, upgraders)
  if (!opening.ok) {
    yield { type: 'problem', problem: opening.problem }
    return 'read'
  }
  const { header, upgrade } = opening
  yield { type: 'header', header }

  const total = totalOf(header.counts)
  const tablesRead = new Set<ExportTableName>()
  let done = 0
  let state: LineState = { at: 'between-tables' }
  let lastTable: ExportTableName | null = null
  for (const line of iterator) {
    const text = line.text.trimEnd()
    if (state.at === 'done' || state.at === 'between-tables') {
      if (text.trim() === '') continue
      if (state.at === 'done') return yield* notLineLayout(line.number, text)
      const opened = TABLE_OPEN.exec(text)
      if (opened === null) return yield* notLineLayout(line.number, text)
      const table = upgrade.table(opened[1] ?? '')
      if (!isExportTableName(table)) {
        yield { type: 'problem', problem: { kind: 'unknown-table', table } }
        return 'read'
      }
      if (tablesRead.has(table)) {
        yield { type: 'problem', problem: { kind: 'bad-header', field: `data.${table}` } }
        return 'read'
      }
      tablesRead.add(table)
      lastTable = table
      state = { at: 'in-table', table, seenIds: new Map(), count: 0, expectMore: null }
      continue
    }
    if (text === '],' || text === ']}}') {
      if (state.expectMore === true) return yield* notLineLayout(line.number, text)
      const expected = header.counts[state.table]
      if (state.count !== expected) {
        yield { type: 'problem', problem: { kind: 'count-mismatch', table: state.table, expected, found: state.count } }
        return 'read'
      }
      state = text === '],' ? { at: 'between-tables' } : { at: 'done' }
      continue
    }
    if (state.expectMore === false) return yield* notLineLayout(line.number, text)
    const hasComma = text.endsWith(',')
    let parsed: unknown
    try {
      parsed = JSON.parse(hasComma ? text.slice(0, -1) : text)
    } catch (error) {
      yield {
        type: 'problem',
        problem: line.isLast
          ? { kind: 'truncated', table: state.table, records: state.count }
          : { kind: 'not-json', line: line.number, column: columnOf(error, text) }
      }
      return 'read'
    }
    const place = { table: state.table, index: state.count, line: line.number }
    const record = upgrade.record(state.table, parsed)
    const bad = skipRecordChecks
      ? null
      : (checkRecord(record, place) ?? checkDuplicate(state.seenIds, Reflect.get(Object(record), 'id'), place))
    if (bad !== null) {
      yield { type: 'problem', problem: bad }
      return 'read'
    }
    // checkRecord has checked the metadata and the table's required fields (now, or on the first pass).
    yield { type: 'record', table: state.table, index: state.count, record: record as ExportRecord }
    state.count += 1
    state.expectMore = hasComma
    done += 1
    if (done % PROGRESS_EVERY === 0) onProgress?.(done, total)
  }
  if (state.at !== 'done') {
    const problem: ExportProblem =
      state.at === 'in-table'
        ? { kind: 'truncated', table: state.table, records: state.count }
        : { kind: 'truncated', table: lastTable, records: lastTable === null ? 0 : header.counts[lastTable] }
    yield { type: 'problem', problem }
    return 'read'
  }
  for (const table of EXPORT_TABLE_NAMES) {
    if (!tablesRead.has(table)) {
      yield { type: 'problem', problem: { kind: 'missing-table', table } }
      return 'read'
    }
  }
  onProgress?.(done, total)
  yield { type: 'end', header }
  return 'read'
}

/*
 * The first line looked like the app's layout but a later one does not: the file was
 * edited. Say where, rather than guess at the rest.
 */
function* notLineLayout(line: number, text: string): Generator<ExportEvent, 'read', undefined> {
  yield { type: 'problem', problem: { kind: 'not-json', line, column: text.length } }
  return 'read'
}

type Opening = { readonly ok: true; readonly header: ExportHeader; readonly upgrade: Upgrade } | { readonly ok: false; readonly problem: ExportProblem }

function openHeader(raw: Readonly<Record<string, unknown>>, upgraders: readonly ExportUpgrader[] | undefined): Opening {
  if (raw.format !== EXPORT_FORMAT) return { ok: false, problem: { kind: 'not-ours', found: typeof raw.format === 'string' ? raw.format : null } }
  const upgrade = upgradeFrom(raw.version, upgraders)
  if (!upgrade.ok) return upgrade
  const { data: _data, ...rest } = raw
  const header = checkHeader(upgrade.value.header(rest))
  return header.ok ? { ok: true, header: header.value, upgrade: upgrade.value } : header
}

/** A file in another layout: parsed whole, then checked like the line reader would. */
function* readDocument(lines: Iterable<string>, { upgraders, onProgress }: ReadExportOptions): Generator<ExportEvent, void, undefined> {
  let text: string
  try {
    text = [...lines].join('\n')
  } catch (error) {
    // Longer than the engine's longest string: only the app's own line layout can be that long.
    if (error instanceof RangeError) {
      yield { type: 'problem', problem: { kind: 'not-json', line: 0, column: 0 } }
      return
    }
    throw error
  }
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    yield { type: 'problem', problem: jsonProblem(error, text) }
    return
  }
  const envelope = restore(document, upgraders)
  if (!envelope.ok) {
    yield { type: 'problem', problem: envelope.problem }
    return
  }
  const { data, ...header } = envelope.value
  yield { type: 'header', header }
  const total = totalOf(header.counts)
  let done = 0
  for (const table of EXPORT_TABLE_NAMES) {
    for (const [index, record] of data[table].entries()) {
      yield { type: 'record', table, index, record }
      done += 1
      if (done % PROGRESS_EVERY === 0) onProgress?.(done, total)
    }
  }
  onProgress?.(done, total)
  yield { type: 'end', header }
}

/** Where JSON.parse failed: V8 says "at position N" for some errors; otherwise the text is walked to find it. */
function errorOffset(error: unknown, text: string): number | null {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null
  return match ? Number(match[1]) : jsonErrorOffset(text)
}

/** The 1-based column of a record line's error; 0 when it cannot be told. */
const columnOf = (error: unknown, text: string): number => {
  const offset = errorOffset(error, text)
  return offset === null ? 0 : Math.min(offset, text.length) + 1
}

/** A whole document's syntax error: cut off (the text ran out) or wrong at a line and column. */
export function jsonProblem(error: unknown, text: string): ExportProblem {
  const offset = errorOffset(error, text)
  if (offset === null) return { kind: 'not-json', line: 0, column: 0 }
  if (offset >= text.trimEnd().length) return { kind: 'truncated', table: null, records: 0 }
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { kind: 'not-json', line, column: offset - before.lastIndexOf('\n') }
}
