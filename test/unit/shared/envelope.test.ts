import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkDuplicate,
  checkEnvelope,
  checkHeader,
  checkRecord,
  isClockStamp,
  isExportEnvelope,
  isInstant
} from '@shared/export-format/envelope'
import { jsonErrorOffset } from '@shared/export-format/json-error'

const v1 = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/export/backup-v1.json'), 'utf8')) as Record<string, unknown>

const customer = (): Record<string, unknown> => {
  const data = v1().data as { readonly customers: readonly Record<string, unknown>[] }
  const [first] = data.customers
  if (!first) throw new Error('the fixture has customers')
  return first
}

const place = { table: 'customers', index: 4, line: 17 } as const

describe('the type guard', () => {
  it('accepts the version 1 fixture', () => {
    expect(isExportEnvelope(v1())).toBe(true)
  })

  it('tells what is not ours from what is damaged', () => {
    expect(checkEnvelope([1, 2])).toEqual({ ok: false, problem: { kind: 'not-ours', found: null } })
    expect(checkEnvelope({ format: 'excalidraw' })).toEqual({ ok: false, problem: { kind: 'not-ours', found: 'excalidraw' } })
    expect(checkEnvelope({ ...v1(), version: 2 })).toEqual({ ok: false, problem: { kind: 'newer-version', version: 2, supported: 1 } })
    expect(checkEnvelope({ ...v1(), version: '1' })).toEqual({ ok: false, problem: { kind: 'bad-header', field: 'version' } })
  })

  it('names the header field that is wrong', () => {
    const cases: readonly [Record<string, unknown>, string][] = [
      [{ kind: 'snapshot' }, 'kind'],
      [{ exportedAt: 'yesterday' }, 'exportedAt'],
      [{ appVersion: 3 }, 'appVersion'],
      [{ deviceId: '' }, 'deviceId'],
      [{ deviceId: 'has space' }, 'deviceId'],
      [{ schemaVersion: 0 }, 'schemaVersion'],
      [{ clock: 'now' }, 'clock'],
      [{ since: 'then' }, 'since'],
      [{ seen: { a: 'x' } }, 'seen'],
      [{ counts: null }, 'counts'],
      [{ counts: { ...(v1().counts as object), customers: -1 } }, 'counts.customers']
    ]
    for (const [change, field] of cases) expect(checkHeader({ ...v1(), ...change }), field).toEqual({ ok: false, problem: { kind: 'bad-header', field } })
    expect(checkHeader({ ...v1(), counts: { ...(v1().counts as object), coupons: 1 } })).toEqual({
      ok: false,
      problem: { kind: 'unknown-table', table: 'coupons' }
    })
  })

  it('finds a missing table, a table it does not know, and counts that do not match', () => {
    const envelope = v1()
    const data = envelope.data as Record<string, unknown>
    const { phraseHits: _phraseHits, ...withoutHits } = data
    expect(checkEnvelope({ ...envelope, data: withoutHits })).toEqual({ ok: false, problem: { kind: 'missing-table', table: 'phraseHits' } })
    expect(checkEnvelope({ ...envelope, data: { ...data, coupons: [] } })).toEqual({ ok: false, problem: { kind: 'unknown-table', table: 'coupons' } })
    expect(checkEnvelope({ ...envelope, counts: { ...(envelope.counts as object), staff: 9 } })).toMatchObject({
      ok: false,
      problem: { kind: 'count-mismatch', table: 'staff', expected: 9 }
    })
  })

  it('finds an id used twice in a table, saying both places', () => {
    const envelope = v1()
    const data = envelope.data as Record<string, readonly unknown[]>
    const customers = [...(data.customers ?? []), customer()]
    const checked = checkEnvelope({ ...envelope, counts: { ...(envelope.counts as object), customers: customers.length }, data: { ...data, customers } })
    expect(checked).toEqual({ ok: false, problem: { kind: 'duplicate-id', table: 'customers', index: customers.length - 1, firstIndex: 0, id: customer().id } })
  })
})

describe('checkRecord', () => {
  it('passes a record of the fixture', () => {
    expect(checkRecord(customer(), place)).toBeNull()
  })

  it('names the field, the rule and the record’s place', () => {
    const id = customer().id
    const cases: readonly [Record<string, unknown>, string, string][] = [
      [{ id: undefined }, 'id', 'missing'],
      [{ id: 7 }, 'id', 'wrong-type'],
      [{ id: '' }, 'id', 'empty-id'],
      [{ createdAt: 'soon' }, 'createdAt', 'not-instant'],
      [{ updatedBy: null }, 'updatedBy', 'wrong-type'],
      [{ clock: '12:00' }, 'clock', 'not-clock'],
      [{ fieldClocks: [] }, 'fieldClocks', 'wrong-type'],
      [{ fieldClocks: { name: 'today' } }, 'fieldClocks.name', 'not-clock'],
      [{ deletedAt: undefined }, 'deletedAt', 'missing'],
      [{ deletedAt: 'never' }, 'deletedAt', 'not-instant'],
      [{ name: undefined }, 'name', 'missing'],
      [{ phones: '13800000000' }, 'phones', 'wrong-type']
    ]
    for (const [change, field, rule] of cases) {
      const record = { ...customer(), ...change }
      for (const [key, value] of Object.entries(change)) if (value === undefined) Reflect.deleteProperty(record, key)
      const expectedId = field === 'id' ? null : id
      expect(checkRecord(record, place), field).toEqual({ kind: 'bad-record', ...place, id: expectedId, field, rule })
    }
    expect(checkRecord('text', place)).toEqual({ kind: 'bad-record', ...place, id: null, field: '', rule: 'not-object' })
  })

  it('does not ask an old schema’s record for fields added since (a customer without sortName)', () => {
    const { sortName: _sortName, ...old } = customer()
    expect(checkRecord(old, place)).toBeNull()
  })

  it('remembers ids to find duplicates', () => {
    const seen = new Map<string, number>()
    expect(checkDuplicate(seen, 'a', { table: 'staff', index: 0 })).toBeNull()
    expect(checkDuplicate(seen, 'a', { table: 'staff', index: 3, line: 9 })).toEqual({
      kind: 'duplicate-id',
      table: 'staff',
      index: 3,
      line: 9,
      id: 'a',
      firstIndex: 0
    })
  })
})

describe('stamps and instants', () => {
  it('are told apart from other text', () => {
    expect(isClockStamp('1795230000000-0003-01M7VAX68051KNNZXREMAVHGCZ')).toBe(true)
    expect(isClockStamp('1795230000000-3-x')).toBe(false)
    expect(isInstant('2026-11-22T08:30:00.000Z')).toBe(true)
    expect(isInstant('2026-11-22T16:30+08:00')).toBe(true)
    expect(isInstant('2026-11-22')).toBe(false)
  })
})

describe('jsonErrorOffset', () => {
  it('finds where JSON goes wrong, or that it ends too early', () => {
    expect(jsonErrorOffset('{"a": 1}')).toBeNull()
    expect(jsonErrorOffset('{"a": 王}')).toBe(6)
    expect(jsonErrorOffset('{"a": [1, 2,]}')).toBe(12)
    expect(jsonErrorOffset('{"a": "x\\q"}')).toBe(9)
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9)
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11)
  })

  it('agrees with JSON.parse on what is JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, cut) => {
        const text = JSON.stringify(value)
        expect(jsonErrorOffset(text)).toBeNull()
        const cutText = text.slice(0, cut % (text.length + 1))
        let parses = true
        try {
          JSON.parse(cutText)
        } catch {
          parses = false
        }
        expect(jsonErrorOffset(cutText) === null).toBe(parses)
      }),
      { numRuns: 500 }
    )
  })
})
