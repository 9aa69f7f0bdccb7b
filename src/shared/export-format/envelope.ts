/**
 * The versioned envelope every FrontDesk export travels in (architecture, rule 9):
 * `{ format, version, kind, exportedAt, appVersion, deviceId, …, data }`, and the checks
 * that tell a file of ours, intact and of a version this app can read, from anything else.
 *
 * A check never throws and never just says "invalid": it answers with an ExportProblem
 * that names what is wrong and where (which table, which record, which line), so the
 * screen can tell the manager something they can act on.
 */
import { type ExportTableName, type ExportTables, type TableCounts, EXPORT_TABLE_NAMES, isExportTableName } from './tables'

export const EXPORT_FORMAT = 'frontdesk-export'

/** The format version this app writes. Older ones are upgraded on reading (see upgrade.ts). */
export const CURRENT_EXPORT_VERSION = 1

export const EXPORT_KINDS = ['backup', 'handover'] as const
/** 'backup': everything, restorable. 'handover': one PC's changes since its last hand-over, to merge elsewhere. */
export type ExportKind = (typeof EXPORT_KINDS)[number]

/** Everything in an export but its records. */
export interface ExportHeader {
  readonly format: typeof EXPORT_FORMAT
  readonly version: number
  readonly kind: ExportKind
  /** When the file was made (ISO instant). */
  readonly exportedAt: string
  readonly appVersion: string
  /** The PC that made the file. */
  readonly deviceId: string
  /** The database schema version the records were read from: a restore runs the schema upgrades since. */
  readonly schemaVersion: number
  /** The exporting PC's clock stamp when it made the file: every record in it is at or before it. */
  readonly clock: string
  /** Hand-over packets: only records changed after this clock stamp; null when the file holds everything. */
  readonly since: string | null
  /**
   * What the exporting PC had merged, per device: the newest clock stamp of that device's it
   * held (its own device: `clock`). An importer uses it to tell an edit the exporter had already
   * seen from one made on both sides at once: a conflict.
   */
  readonly seen: Readonly<Record<string, string>>
  /** Records per table, so a reader can show progress and notice a file that stops early. */
  readonly counts: TableCounts
}

export interface ExportEnvelope extends ExportHeader {
  readonly data: ExportTables
}

/** Where in a table a record is: `index` counts from 0; `line` (from 1) when the file was read line by line. */
export interface RecordPlace {
  readonly table: ExportTableName
  readonly index: number
  readonly line?: number
}

export const BAD_RECORD_RULES = ['not-object', 'missing', 'wrong-type', 'not-clock', 'not-instant', 'empty-id'] as const
export type BadRecordRule = (typeof BAD_RECORD_RULES)[number]

/** Why a file cannot be read, and where. The screen words each kind (locales: dataTransfer.problems). */
export type ExportProblem =
  | { readonly kind: 'empty' }
  /** Bytes that are not UTF-8 text (a spreadsheet, a picture…), first bad byte at `offset`. */
  | { readonly kind: 'not-text'; readonly offset: number }
  /** JSON syntax error at line:column (1-based); 0 when the runtime did not say where. */
  | { readonly kind: 'not-json'; readonly line: number; readonly column: number }
  /** The file stops early: after the last complete record of `table` (null: inside the header). */
  | { readonly kind: 'truncated'; readonly table: ExportTableName | null; readonly records: number }
  /** Valid JSON, but not a FrontDesk export (`found`: its format field, if it has one). */
  | { readonly kind: 'not-ours'; readonly found: string | null }
  | { readonly kind: 'newer-version'; readonly version: number; readonly supported: number }
  | { readonly kind: 'bad-header'; readonly field: string }
  | { readonly kind: 'missing-table'; readonly table: ExportTableName }
  | { readonly kind: 'unknown-table'; readonly table: string }
  | { readonly kind: 'count-mismatch'; readonly table: ExportTableName; readonly expected: number; readonly found: number }
  | ({ readonly kind: 'duplicate-id'; readonly id: string; readonly firstIndex: number } & RecordPlace)
  | ({
      readonly kind: 'bad-record'
      readonly id: string | null
      readonly field: string
      readonly rule: BadRecordRule
    } & RecordPlace)
  /** The file is bigger than the app reads (`limit` bytes); `bytes` as far as it was measured. */
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  /**
   * Compressed data that breaks off or whose checksum fails: cut short, or damaged. It reads
   * up to after record `records` of `table` (null: not even the header, or all of it).
   */
  | { readonly kind: 'damaged-compression'; readonly table: ExportTableName | null; readonly records: number }

export type ExportProblemKind = ExportProblem['kind']

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ExportProblem }

export const checked = <T>(value: T): Checked<T> => ({ ok: true, value })
export const problem = <T = never>(found: ExportProblem): Checked<T> => ({ ok: false, problem: found })

/** A hybrid logical clock stamp (see domain/clock.ts); checked here so a merge can compare stamps as strings. */
const CLOCK_STAMP = /^\d{13}-\d{4}-.+$/
export const isClockStamp = (value: unknown): value is string => typeof value === 'string' && CLOCK_STAMP.test(value)

/** An ISO 8601 instant as the app writes them (Date#toISOString), or a date-time a person could have typed. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
export const isInstant = (value: unknown): value is string => typeof value === 'string' && INSTANT.test(value)

export const isPlainObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0

function isStampMap(value: unknown): value is Readonly<Record<string, string>> {
  return isPlainObject(value) && Object.values(value).every(isClockStamp)
}

/** A device id keys this PC's hand-over watermarks and ends every clock stamp: short text without spaces. */
const isDeviceId = (value: unknown): value is string => typeof value === 'string' && /^\S{1,100}$/.test(value)

/**
 * Checks the header of a current-version export (upgrade older ones first). `raw.format` and
 * `raw.version` have been looked at by the caller: this checks the rest, field by field.
 */
export function checkHeader(raw: Readonly<Record<string, unknown>>): Checked<ExportHeader> {
  const field = (name: string): Checked<ExportHeader> => problem({ kind: 'bad-header', field: name })
  const { kind, exportedAt, appVersion, deviceId, schemaVersion, clock, since, seen, counts } = raw
  if (kind !== 'backup' && kind !== 'handover') return field('kind')
  if (!isInstant(exportedAt)) return field('exportedAt')
  if (typeof appVersion !== 'string' || appVersion.length > 50) return field('appVersion')
  if (!isDeviceId(deviceId)) return field('deviceId')
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) return field('schemaVersion')
  if (!isClockStamp(clock)) return field('clock')
  if (since !== null && !isClockStamp(since)) return field('since')
  if (!isStampMap(seen)) return field('seen')
  if (!isPlainObject(counts)) return field('counts')
  for (const table of Object.keys(counts)) if (!isExportTableName(table)) return problem({ kind: 'unknown-table', table })
  for (const table of EXPORT_TABLE_NAMES) if (!isCount(counts[table])) return field(`counts.${table}`)
  return checked({
    format: EXPORT_FORMAT,
    version: CURRENT_EXPORT_VERSION,
    kind,
    exportedAt,
    appVersion,
    deviceId,
    schemaVersion,
    clock,
    since,
    seen,
    counts: counts as TableCounts // each table's count was checked just above
  })
}

type FieldType = 'string' | 'array'

/*
 * The fields each table's indexes, lists and merges cannot do without, in every schema
 * version a backup may come from (derived fields added later, like a customer's sortName,
 * are recomputed by the restore's schema upgrades). A record that passes may still hold odd
 * values (it is the shop's own data), but nothing that breaks an index, a list or a merge.
 */
const REQUIRED_FIELDS: { readonly [K in ExportTableName]: Readonly<Record<string, FieldType>> } = {
  staff: { name: 'string' },
  settings: {},
  scripts: { kind: 'string', text: 'string' },
  customers: { name: 'string', phones: 'array', tags: 'array', searchKeys: 'array', phoneDigits: 'array' },
  ownedProducts: { customerId: 'string' },
  interactions: { customerId: 'string', kind: 'string', occurredAt: 'string' },
  complaints: { number: 'string', customerId: 'string', status: 'string' },
  careTasks: { customerId: 'string', status: 'string', startAt: 'string' },
  careDecisions: { occasionKey: 'string', customerId: 'string' },
  phraseHits: { complaintId: 'string', field: 'string', ruleId: 'string', staffId: 'string', at: 'string' },
  auditLog: { table: 'string', recordId: 'string', action: 'string', at: 'string', changedFields: 'array' }
}

const hasType = (value: unknown, type: FieldType): boolean => (type === 'array' ? Array.isArray(value) : typeof value === type)

/** A bad record's id for the message, when it has a readable one. */
const idOf = (value: Readonly<Record<string, unknown>>): string | null => {
  const id = value.id
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : null
}

/**
 * Checks one record: the synced-record metadata every merge relies on (id, times, author,
 * device, clock, field clocks, tombstone), then the table's required fields. Null when it is fine.
 */
export function checkRecord(value: unknown, place: RecordPlace): ExportProblem | null {
  const bad = (field: string, rule: BadRecordRule, id: string | null): ExportProblem => ({ kind: 'bad-record', ...place, id, field, rule })
  if (!isPlainObject(value)) return bad('', 'not-object', null)
  const id = idOf(value)
  if (typeof value.id !== 'string') return bad('id', value.id === undefined ? 'missing' : 'wrong-type', null)
  if (id === null) return bad('id', 'empty-id', null)
  for (const name of ['createdAt', 'updatedAt'] as const) {
    if (value[name] === undefined) return bad(name, 'missing', id)
    if (!isInstant(value[name])) return bad(name, 'not-instant', id)
  }
  for (const name of ['updatedBy', 'deviceId'] as const) {
    if (value[name] === undefined) return bad(name, 'missing', id)
    if (typeof value[name] !== 'string') return bad(name, 'wrong-type', id)
  }
  if (value.clock === undefined) return bad('clock', 'missing', id)
  if (!isClockStamp(value.clock)) return bad('clock', 'not-clock', id)
  if (!isPlainObject(value.fieldClocks)) return bad('fieldClocks', value.fieldClocks === undefined ? 'missing' : 'wrong-type', id)
  for (const [name, stamp] of Object.entries(value.fieldClocks)) {
    if (!isClockStamp(stamp)) return bad(`fieldClocks.${name}`, 'not-clock', id)
  }
  if (value.deletedAt === undefined) return bad('deletedAt', 'missing', id)
  if (value.deletedAt !== null && !isInstant(value.deletedAt)) return bad('deletedAt', 'not-instant', id)
  for (const [name, type] of Object.entries(REQUIRED_FIELDS[place.table])) {
    if (value[name] === undefined) return bad(name, 'missing', id)
    if (!hasType(value[name], type)) return bad(name, 'wrong-type', id)
  }
  return null
}

/**
 * Checks a whole current-version envelope held in memory (a small file, a test fixture):
 * header, every table present and no other, counts that match, every record, no id twice
 * in a table. For files of any size, read them with readExport (reader.ts), which makes
 * the same checks line by line.
 */
export function checkEnvelope(value: unknown): Checked<ExportEnvelope> {
  if (!isPlainObject(value) || value.format !== EXPORT_FORMAT) {
    return problem({ kind: 'not-ours', found: isPlainObject(value) && typeof value.format === 'string' ? value.format : null })
  }
  if (typeof value.version !== 'number' || !Number.isInteger(value.version)) return problem({ kind: 'bad-header', field: 'version' })
  if (value.version > CURRENT_EXPORT_VERSION) {
    return problem({ kind: 'newer-version', version: value.version, supported: CURRENT_EXPORT_VERSION })
  }
  if (value.version < CURRENT_EXPORT_VERSION) return problem({ kind: 'bad-header', field: 'version' })
  const header = checkHeader(value)
  if (!header.ok) return header
  const { data } = value
  if (!isPlainObject(data)) return problem({ kind: 'bad-header', field: 'data' })
  for (const table of Object.keys(data)) if (!isExportTableName(table)) return problem({ kind: 'unknown-table', table })
  for (const table of EXPORT_TABLE_NAMES) {
    const records = data[table]
    if (records === undefined) return problem({ kind: 'missing-table', table })
    if (!Array.isArray(records)) return problem({ kind: 'bad-header', field: `data.${table}` })
    const seenIds = new Map<string, number>()
    for (const [index, record] of records.entries()) {
      const found = checkRecord(record, { table, index })
      if (found !== null) return problem(found)
      const duplicate = checkDuplicate(seenIds, Reflect.get(record, 'id'), { table, index })
      if (duplicate !== null) return problem(duplicate)
    }
    const expected = header.value.counts[table]
    if (records.length !== expected) return problem({ kind: 'count-mismatch', table, expected, found: records.length })
  }
  // Every table and record was checked above; the records' content beyond the required fields is the shop's own.
  return checked({ ...header.value, data: data as unknown as ExportTables })
}

/** Type guard over checkEnvelope, for code that only needs yes or no. */
export const isExportEnvelope = (value: unknown): value is ExportEnvelope => checkEnvelope(value).ok

/** Remembers `id` at `place`; a problem when the table already had it. */
export function checkDuplicate(seenIds: Map<string, number>, id: unknown, place: RecordPlace): ExportProblem | null {
  if (typeof id !== 'string') return null
  const firstIndex = seenIds.get(id)
  if (firstIndex !== undefined) return { kind: 'duplicate-id', ...place, id, firstIndex }
  seenIds.set(id, place.index)
  return null
}
