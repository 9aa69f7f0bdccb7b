import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CURRENT_EXPORT_VERSION, checkEnvelope, type ExportEnvelope, type ExportProblem } from '@shared/export-format/envelope'
import { findExportProblem, readExport, type ExportEvent } from '@shared/export-format/reader'
import { EXPORT_TABLE_NAMES } from '@shared/export-format/tables'
import { restore, upgradeFrom, type ExportUpgrader } from '@shared/export-format/upgrade'
import { envelopeLines, envelopeText, headerLine } from '@shared/export-format/writer'

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/export', name), 'utf8')
const linesOf = (text: string) => () => text.split('\n')

/** Everything a reader hands out, gathered: the header and the records per table, or the problem. */
function read(text: string, upgraders?: readonly ExportUpgrader[]): { readonly envelope?: ExportEnvelope; readonly problem?: ExportProblem } {
  const data: Record<string, unknown[]> = Object.fromEntries(EXPORT_TABLE_NAMES.map((table) => [table, []]))
  let header: Omit<ExportEnvelope, 'data'> | undefined
  for (const event of readExport(linesOf(text), upgraders ? { upgraders } : {})) {
    if (event.type === 'problem') return { problem: event.problem }
    if (event.type === 'header') header = event.header
    if (event.type === 'record') data[event.table]?.push(event.record)
    if (event.type === 'end' && header) return { envelope: { ...header, data } as unknown as ExportEnvelope }
  }
  throw new Error('the reader stopped without an end or a problem')
}

const v1 = fixture('backup-v1.json')
const v1Envelope = (): ExportEnvelope => {
  const checked = checkEnvelope(JSON.parse(v1))
  if (!checked.ok) throw new Error(JSON.stringify(checked.problem))
  return checked.value
}

describe('the version 1 fixtures', () => {
  it('read line by line as a sound backup holding every table', () => {
    const { envelope, problem } = read(v1)
    expect(problem).toBeUndefined()
    expect(envelope).toMatchObject({ format: 'frontdesk-export', version: 1, kind: 'backup', since: null })
    for (const table of EXPORT_TABLE_NAMES) expect(envelope?.data[table].length, table).toBeGreaterThan(0)
  })

  it('read the same as one whole document, pretty-printed or not', () => {
    const lineByLine = read(v1).envelope
    expect(read(fixture('backup-v1-pretty.json')).envelope).toEqual(lineByLine)
    expect(v1Envelope()).toEqual(lineByLine)
    expect(restore(JSON.parse(fixture('backup-v1-pretty.json')))).toEqual({ ok: true, value: lineByLine })
  })

  it('include a hand-over packet: only changes since its watermark', () => {
    const { envelope } = read(fixture('handover-v1.json'))
    expect(envelope).toMatchObject({ kind: 'handover', counts: { customers: 1, auditLog: 1, staff: 0 } })
    expect(envelope?.since).toMatch(/^\d{13}-\d{4}-/)
  })

  it('are written back byte for byte by the writer', () => {
    expect(envelopeText(v1Envelope())).toBe(v1)
  })
})

describe('writer and reader', () => {
  it('lay one record per line, so the header is the first line and each table opens on its own', () => {
    const lines = [...envelopeLines(v1Envelope())]
    expect(lines[0]).toBe(headerLine(v1Envelope()))
    expect(lines[0]?.endsWith('"data":{')).toBe(true)
    expect(lines.at(-1)).toBe(']}}')
    expect(lines.filter((line) => /^"[a-zA-Z]+":\[$/.test(line))).toHaveLength(EXPORT_TABLE_NAMES.length)
  })

  it('report progress against the header’s counts', () => {
    const seen: [number, number][] = []
    for (const event of readExport(linesOf(v1), { onProgress: (done, total) => seen.push([done, total]) })) void event
    const total = EXPORT_TABLE_NAMES.reduce((sum, table) => sum + v1Envelope().counts[table], 0)
    expect(seen.at(-1)).toEqual([total, total])
  })

  it('hand out records in file order, each with its table and place', () => {
    const events: ExportEvent[] = [...readExport(linesOf(v1))]
    expect(events[0]?.type).toBe('header')
    expect(events.at(-1)?.type).toBe('end')
    const customers = events.filter((event) => event.type === 'record' && event.table === 'customers')
    expect(customers.map((event) => (event.type === 'record' ? event.index : -1))).toEqual([0, 1])
  })

  it('read an empty table, and a file saved with Windows line ends', () => {
    const envelope = v1Envelope()
    const empty: ExportEnvelope = { ...envelope, counts: { ...envelope.counts, phraseHits: 0 }, data: { ...envelope.data, phraseHits: [] } }
    expect(read(envelopeText(empty)).envelope).toEqual(empty)
    expect(read(v1.replaceAll('\n', '\r\n')).envelope).toEqual(envelope)
  })

  it('find a file cut off anywhere: never read as sound unless nothing but the final line break is missing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: v1.length - 2 }), (length) => {
        const problem = findExportProblem(linesOf(v1.slice(0, length)))
        expect(problem).not.toBeNull()
        expect(['truncated', 'empty', 'not-json']).toContain(problem?.kind)
      }),
      { numRuns: 300 }
    )
    expect(findExportProblem(linesOf(v1.slice(0, -1)))).toBeNull()
  })

  it('say where a record line is broken: its line and column', () => {
    const lines = v1.split('\n')
    lines[2] = lines[2]?.replace('"id":"', '"id":') ?? ''
    const problem = findExportProblem(() => lines)
    expect(problem).toMatchObject({ kind: 'not-json', line: 3 })
    expect(problem?.kind === 'not-json' && problem.column).toBeGreaterThan(1)
  })

  it('refuse a line layout that was edited out of shape, saying where', () => {
    const lines = v1.split('\n')
    // The last staff record keeps its comma, though the table closes after it.
    const closeIndex = lines.indexOf('],')
    lines[closeIndex - 1] = `${lines[closeIndex - 1]},`
    expect(findExportProblem(() => lines)).toEqual({ kind: 'not-json', line: closeIndex + 1, column: 2 })
  })

  it('skip the record checks on request (a second pass over checked bytes), but not the layout’s', () => {
    const broken = fixture('broken/bad-record.json')
    expect(findExportProblem(linesOf(broken))?.kind).toBe('bad-record')
    expect(findExportProblem(linesOf(broken), { skipRecordChecks: true })).toBeNull()
    expect(findExportProblem(linesOf(fixture('broken/truncated.json')), { skipRecordChecks: true })?.kind).toBe('truncated')
  })

  it('read a whole document that is cut off as truncated, and bad JSON with its line and column', () => {
    const pretty = fixture('backup-v1-pretty.json')
    expect(findExportProblem(linesOf(pretty.slice(0, 2000)))).toEqual({ kind: 'truncated', table: null, records: 0 })
    expect(findExportProblem(linesOf('{\n  "format": "frontdesk-export",\n  "version": 1 x\n}'))).toEqual({
      kind: 'not-json',
      line: 3,
      column: 16
    })
  })
})

describe('restore(): the upgrade chain', () => {
  /*
   * Version 1 is the first format that shipped, so no real older file exists. This made-up
   * version 0 (no kind, the device under `device`, records without field clocks) shows the
   * chain at work: it is what version 2's upgrader will look like, from 1 to 2.
   */
  const version0: ExportUpgrader = {
    from: 0,
    header: ({ device, ...rest }) => ({ ...rest, version: 1, kind: 'backup', deviceId: device }),
    table: (name) => (name === 'people' ? 'staff' : name),
    record: (_table, raw) => (typeof raw === 'object' && raw !== null ? { fieldClocks: {}, ...raw } : raw)
  }
  const asVersion0 = (): Record<string, unknown> => {
    const { deviceId, kind: _kind, data, ...header } = v1Envelope()
    const strip = (record: object) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'fieldClocks'))
    const { staff, ...tables } = data
    return {
      ...header,
      version: 0,
      device: deviceId,
      data: { people: staff.map(strip), ...Object.fromEntries(Object.entries(tables).map(([table, records]) => [table, records.map(strip)])) }
    }
  }

  it('upgrades a version 0 document to the current version, table renames and all', () => {
    const upgraded = restore(asVersion0(), [version0])
    expect(upgraded.ok).toBe(true)
    if (!upgraded.ok) return
    expect(upgraded.value).toMatchObject({ version: CURRENT_EXPORT_VERSION, kind: 'backup', deviceId: v1Envelope().deviceId })
    expect(upgraded.value.data.staff.map((member) => member.name)).toEqual(v1Envelope().data.staff.map((member) => member.name))
    expect(upgraded.value.data.customers[0]?.fieldClocks).toEqual({})
  })

  it('upgrades a version 0 file read line by line the same way', () => {
    const document = asVersion0()
    const { data, ...header } = document as { readonly data: Readonly<Record<string, readonly unknown[]>> }
    const lines = [`${JSON.stringify(header).slice(0, -1)},"data":{`]
    const tables = Object.entries(data)
    tables.forEach(([table, records], tableIndex) => {
      lines.push(`${JSON.stringify(table)}:[`)
      records.forEach((record, index) => lines.push(JSON.stringify(record) + (index < records.length - 1 ? ',' : '')))
      lines.push(tableIndex < tables.length - 1 ? '],' : ']}}')
    })
    const fromLines = read(lines.join('\n'), [version0])
    const whole = restore(document, [version0])
    expect(fromLines.problem).toBeUndefined()
    expect(whole.ok && fromLines.envelope).toEqual(whole.ok && whole.value)
  })

  it('refuses a newer version, and an old one it has no upgrader for', () => {
    expect(upgradeFrom(CURRENT_EXPORT_VERSION + 1)).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: CURRENT_EXPORT_VERSION + 1, supported: CURRENT_EXPORT_VERSION }
    })
    expect(upgradeFrom(0)).toEqual({ ok: false, problem: { kind: 'bad-header', field: 'version' } })
    expect(upgradeFrom('1')).toEqual({ ok: false, problem: { kind: 'bad-header', field: 'version' } })
    expect(restore({ ...JSON.parse(v1), version: 7 })).toEqual({ ok: false, problem: { kind: 'newer-version', version: 7, supported: 1 } })
  })

  it('leaves a current version as it is', () => {
    expect(restore(JSON.parse(v1))).toEqual({ ok: true, value: v1Envelope() })
  })
})
