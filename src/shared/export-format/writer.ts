/**
 * How the app writes an export: one JSON document (the envelope), laid out one record per
 * line:
 *
 *   {"format":"frontdesk-export","version":1,…,"counts":{…},"data":{
 *   "staff":[
 *   {"name":"王芳",…},
 *   {"name":"李明",…}
 *   ],
 *   "settings":[
 *   ],
 *   …
 *   "auditLog":[
 *   {…}
 *   ]}}
 *
 * Any JSON tool can read it, and the app can read it line by line (reader.ts): a backup of
 * 100,000 customers is far longer than the longest string a JavaScript engine can hold, so
 * it is never one string, and a file cut short is found out at the line where it stops.
 */
import type { ExportEnvelope, ExportHeader } from './envelope'
import { EXPORT_TABLE_NAMES, type ExportTableName } from './tables'

const LAST_TABLE: ExportTableName = EXPORT_TABLE_NAMES[EXPORT_TABLE_NAMES.length - 1] ?? 'auditLog'

/** The first line: the header, in a fixed field order, opening `data`. */
export function headerLine(header: ExportHeader): string {
  const ordered: ExportHeader = {
    format: header.format,
    version: header.version,
    kind: header.kind,
    exportedAt: header.exportedAt,
    appVersion: header.appVersion,
    deviceId: header.deviceId,
    schemaVersion: header.schemaVersion,
    clock: header.clock,
    since: header.since,
    seen: header.seen,
    counts: header.counts
  }
  return `${JSON.stringify(ordered).slice(0, -1)},"data":{`
}

export const tableOpenLine = (table: ExportTableName): string => `${JSON.stringify(table)}:[`

export const recordLine = (record: unknown, isLast: boolean): string => (isLast ? JSON.stringify(record) : `${JSON.stringify(record)},`)

/** Closes a table; the last one closes `data` and the document too. */
export const tableCloseLine = (table: ExportTableName): string => (table === LAST_TABLE ? ']}}' : '],')

/** Every line of an export held in memory, in table order (without line breaks). */
export function* envelopeLines(envelope: ExportEnvelope): Generator<string, void, undefined> {
  yield headerLine(envelope)
  for (const table of EXPORT_TABLE_NAMES) {
    yield tableOpenLine(table)
    const records = envelope.data[table]
    for (const [index, record] of records.entries()) yield recordLine(record, index === records.length - 1)
    yield tableCloseLine(table)
  }
}

/** A small export as one string (tests, fixtures); the app streams larger ones line by line. */
export const envelopeText = (envelope: ExportEnvelope): string => `${[...envelopeLines(envelope)].join('\n')}\n`
