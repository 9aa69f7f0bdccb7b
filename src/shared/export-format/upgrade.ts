/**
 * restore(): reading an export of an older format version as the current one.
 *
 * Each format version after the first adds one upgrader, from the version before to its
 * own; reading a file chains them (v1 → v2 → v3 …), so every version ever shipped stays
 * readable and each upgrader stays small. An upgrader works on one record at a time, so the
 * chain serves the line-by-line reader as well as whole documents held in memory.
 *
 * Version 1 is the first format that shipped: there is no older file to upgrade, so the
 * list below is empty. The chain itself is tested with a made-up version 0
 * (test/unit/shared/export-format.test.ts), so version 2 only appends an entry here, adds its
 * fixture under test/fixtures/export, and bumps CURRENT_EXPORT_VERSION.
 */
import {
  CURRENT_EXPORT_VERSION,
  EXPORT_FORMAT,
  checkEnvelope,
  checked,
  isPlainObject,
  problem,
  type Checked,
  type ExportEnvelope
} from './envelope'

export type RawObject = Readonly<Record<string, unknown>>

export interface ExportUpgrader {
  /** The version this upgrader reads; it returns version `from + 1`. */
  readonly from: number
  /** The header (every top-level field but `data`) of version `from`, as version `from + 1`. */
  header(raw: RawObject): RawObject
  /** A table's name in version `from + 1`; leave out when no table was renamed. */
  table?(name: string): string
  /** One record of `table` (named as in version `from`), as version `from + 1`. */
  record(table: string, raw: unknown): unknown
}

/** Upgraders of the shipped format versions, oldest first. */
export const EXPORT_UPGRADERS: readonly ExportUpgrader[] = []

/** The composed upgrade from one version to the current one. */
export interface Upgrade {
  header(raw: RawObject): RawObject
  /** The table's current name and the record as of the current version. */
  table(name: string): string
  record(table: string, raw: unknown): unknown
}

const NO_UPGRADE: Upgrade = { header: (raw) => raw, table: (name) => name, record: (_table, raw) => raw }

/**
 * What turns a file of `version` into the current version: a problem for a version from a
 * newer app (it may hold data this one would drop) or one that never existed.
 */
export function upgradeFrom(version: unknown, upgraders: readonly ExportUpgrader[] = EXPORT_UPGRADERS): Checked<Upgrade> {
  if (typeof version !== 'number' || !Number.isInteger(version)) return problem({ kind: 'bad-header', field: 'version' })
  if (version > CURRENT_EXPORT_VERSION) {
    return problem({ kind: 'newer-version', version, supported: CURRENT_EXPORT_VERSION })
  }
  const steps: ExportUpgrader[] = []
  for (let from = version; from < CURRENT_EXPORT_VERSION; from += 1) {
    const step = upgraders.find((upgrader) => upgrader.from === from)
    if (step === undefined) return problem({ kind: 'bad-header', field: 'version' })
    steps.push(step)
  }
  if (steps.length === 0) return checked(NO_UPGRADE)
  return checked({
    header: (raw) => steps.reduce((header, step) => step.header(header), raw),
    table: (name) => steps.reduce((current, step) => step.table?.(current) ?? current, name),
    record: (table, raw) => {
      let name = table
      let record = raw
      for (const step of steps) {
        record = step.record(name, record)
        name = step.table?.(name) ?? name
      }
      return record
    }
  })
}

/**
 * A whole export held in memory, of any version this app knows, upgraded to the current one
 * and checked (see checkEnvelope). For large files use readExport (reader.ts), which does the
 * same line by line.
 */
export function restore(document: unknown, upgraders: readonly ExportUpgrader[] = EXPORT_UPGRADERS): Checked<ExportEnvelope> {
  if (!isPlainObject(document) || document.format !== EXPORT_FORMAT) return checkEnvelope(document)
  const upgrade = upgradeFrom(document.version, upgraders)
  if (!upgrade.ok) return upgrade
  if (upgrade.value === NO_UPGRADE) return checkEnvelope(document)
  const { data, ...rawHeader } = document
  const header = upgrade.value.header(rawHeader)
  if (!isPlainObject(data)) return checkEnvelope({ ...header, data })
  const tables: Record<string, unknown> = {}
  for (const [table, records] of Object.entries(data)) {
    tables[upgrade.value.table(table)] = Array.isArray(records)
      ? records.map((record: unknown) => upgrade.value.record(table, record))
      : records
  }
  return checkEnvelope({ ...header, data: tables })
}
