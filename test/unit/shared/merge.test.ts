import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatStamp } from '@shared/domain/clock'
import {
  applyChoices,
  canonicalJson,
  compareStamps,
  conflictKey,
  mergeRecord,
  NO_HAND_OVER,
  planMerge,
  planTableMerge,
  stampDevice,
  type HandOverKnowledge,
  type TableMergePlan
} from '@shared/domain/merge'
import type { SyncedRecord } from '@shared/domain/record'

/** A record of a made-up table: a few content fields, each with its own stamp. */
interface Note extends SyncedRecord {
  readonly title?: string
  readonly body?: string
  readonly tags?: readonly string[]
  readonly pinned?: boolean
}

const BASE_MILLIS = Date.UTC(2026, 10, 24, 9)
const stamp = (minute: number, device: string, counter = 0): string => formatStamp({ millis: BASE_MILLIS + minute * 60_000, counter }, device)
const instant = (minute: number): string => new Date(BASE_MILLIS + minute * 60_000).toISOString()

/** A note whose fields were last changed at the given minutes, on the given device. */
function note(
  id: string,
  fields: Readonly<Record<string, readonly [value: unknown, minute: number, device: string]>>,
  deleted: readonly [minute: number, device: string] | null = null
): Note {
  const content: Record<string, unknown> = {}
  const fieldClocks: Record<string, string> = {}
  for (const [field, [value, minute, device]] of Object.entries(fields)) {
    if (value !== undefined) content[field] = value
    fieldClocks[field] = stamp(minute, device)
  }
  if (deleted) fieldClocks.deletedAt = stamp(...deleted)
  const clock = Object.values(fieldClocks).reduce((a, b) => (a > b ? a : b))
  return {
    ...content,
    id,
    createdAt: instant(0),
    updatedAt: instant(minuteOf(clock)),
    updatedBy: 'staff',
    deviceId: stampDevice(clock),
    clock,
    fieldClocks,
    deletedAt: deleted ? instant(deleted[0]) : null
  }
}

describe('stamps', () => {
  it('order by time, then counter, then device id; no stamp is oldest', () => {
    expect(compareStamps(stamp(1, 'B'), stamp(2, 'A'))).toBeLessThan(0)
    expect(compareStamps(stamp(1, 'A', 1), stamp(1, 'B', 0))).toBeGreaterThan(0)
    expect(compareStamps(stamp(1, 'A'), stamp(1, 'B'))).toBeLessThan(0)
    expect(compareStamps(null, stamp(0, 'A'))).toBeLessThan(0)
    expect(stampDevice(stamp(3, '01JABCDEVICE'))).toBe('01JABCDEVICE')
  })

  it('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }))
  })
})

describe('mergeRecord', () => {
  it('takes each field from the side that changed it last', () => {
    const mine = note('n1', { title: ['Mine', 5, 'A'], body: ['old', 1, 'A'] })
    const theirs = note('n1', { title: ['Old', 1, 'A'], body: ['theirs', 6, 'B'] })

    const { merged, contentChanged } = mergeRecord('notes', mine, theirs)

    expect(merged).toMatchObject({ title: 'Mine', body: 'theirs', clock: stamp(6, 'B'), deviceId: 'B' })
    expect(merged.fieldClocks).toEqual({ title: stamp(5, 'A'), body: stamp(6, 'B') })
    expect(contentChanged).toBe(true)
  })

  it('breaks a tie of the same instant by device id, the same way on both PCs', () => {
    const a = note('n1', { title: ['from A', 5, 'A'] })
    const b = note('n1', { title: ['from B', 5, 'B'] })

    expect(mergeRecord('notes', a, b).merged.title).toBe('from B')
    expect(mergeRecord('notes', b, a).merged.title).toBe('from B')
  })

  it('keeps a deletion over older edits, and over a later edit of another field', () => {
    const deleted = note('n1', { title: ['T', 1, 'A'], body: ['b', 1, 'A'] }, [5, 'A'])
    const editedBefore = note('n1', { title: ['T2', 3, 'B'], body: ['b', 1, 'A'] })
    const editedAfter = note('n1', { title: ['T', 1, 'A'], body: ['later', 9, 'B'] })

    expect(mergeRecord('notes', editedBefore, deleted).merged).toMatchObject({ title: 'T2', deletedAt: instant(5) })
    const afterMerge = mergeRecord('notes', editedAfter, deleted).merged
    expect(afterMerge).toMatchObject({ body: 'later', deletedAt: instant(5) })
  })

  it('lets a later restore bring a deleted record back', () => {
    const deleted = note('n1', { title: ['T', 1, 'A'] }, [5, 'A'])
    const restored = { ...note('n1', { title: ['T', 1, 'A'] }, [7, 'B']), deletedAt: null }

    expect(mergeRecord('notes', deleted, restored).merged.deletedAt).toBeNull()
    expect(mergeRecord('notes', restored, deleted).merged.deletedAt).toBeNull()
  })

  it('keeps a field removed later (a stamp, no value) removed', () => {
    const removed = note('n1', { title: ['T', 1, 'A'], body: [undefined, 4, 'A'] })
    const older = note('n1', { title: ['T', 1, 'A'], body: ['text', 2, 'B'] })

    const { merged } = mergeRecord('notes', older, removed)
    expect('body' in merged).toBe(false)
    expect(merged.fieldClocks.body).toBe(stamp(4, 'A'))
  })

  it('reports a conflict only where both sides changed the same field since they last handed over', () => {
    // Both PCs had the note as of minute 1 (B had merged A's stamps up to minute 2, A had B's up to 2).
    const knowledge: HandOverKnowledge = { local: { A: stamp(99, 'A'), B: stamp(2, 'B') }, incoming: { B: stamp(99, 'B'), A: stamp(2, 'A') } }
    const mine = note('n1', { title: ['mine', 5, 'A'], body: ['same', 6, 'A'], tags: [['x'], 7, 'A'], pinned: [false, 1, 'A'] })
    const theirs = note('n1', { title: ['theirs', 6, 'B'], body: ['same', 6, 'B'], tags: [['x'], 1, 'A'], pinned: [true, 8, 'B'] })

    const { conflicts } = mergeRecord('notes', mine, theirs, { knowledge })

    // title: both changed, different values; body: same value; tags: only A changed; pinned: only B changed (A's stamp is old news to B).
    expect(conflicts.map((conflict) => conflict.field)).toEqual(['title'])
    const title = conflicts.find((conflict) => conflict.field === 'title')
    expect(title).toMatchObject({ mine: 'mine', theirs: 'theirs', automatic: 'theirs', recordId: 'n1', table: 'notes' })
  })

  it('does not call it a conflict when the other side had already seen this PC’s edit', () => {
    // A changed the title at 3 and handed over; B, having merged it (seen A up to 4), changed it at 6.
    const mine = note('n1', { title: ['A’s', 3, 'A'] })
    const theirs = note('n1', { title: ['B’s', 6, 'B'] })

    const { conflicts, merged } = mergeRecord('notes', mine, theirs, { knowledge: { local: { A: stamp(9, 'A') }, incoming: { A: stamp(4, 'A'), B: stamp(6, 'B') } } })

    expect(conflicts).toEqual([])
    expect(merged.title).toBe('B’s')
  })

  it('recomputes derived fields when the merge mixes both sides, and never reports them', () => {
    const derive = (record: Note): Note => ({ ...record, tags: [`${record.title ?? ''}/${record.body ?? ''}`] })
    const mine = note('n1', { title: ['new title', 5, 'A'], body: ['old', 1, 'A'], tags: [['new title/old'], 5, 'A'] })
    const theirs = note('n1', { title: ['old', 1, 'A'], body: ['new body', 6, 'B'], tags: [['old/new body'], 6, 'B'] })
    // B had A's version of minute 1: that is where both started.
    const knowledge: HandOverKnowledge = { local: { A: stamp(99, 'A') }, incoming: { A: stamp(1, 'A'), B: stamp(99, 'B') } }

    const forward = mergeRecord('notes', mine, theirs, { derive, quietFields: ['tags'], knowledge })
    const backward = mergeRecord('notes', theirs, mine, { derive, quietFields: ['tags'] })

    expect(forward.merged.tags).toEqual(['new title/new body'])
    expect(backward.merged).toStrictEqual(forward.merged)
    expect(forward.conflicts).toEqual([])
  })
})

describe('planTableMerge', () => {
  it('adds new records, updates, deletes and leaves the rest, with counts', () => {
    const local = [
      note('same', { title: ['x', 1, 'A'] }),
      note('edited', { title: ['x', 1, 'A'] }),
      note('deleted', { title: ['x', 1, 'A'] })
    ]
    const incoming = [
      note('same', { title: ['x', 1, 'A'] }),
      note('edited', { title: ['y', 2, 'B'] }),
      note('deleted', { title: ['x', 1, 'A'] }, [3, 'B']),
      note('new', { title: ['z', 2, 'B'] }),
      note('new-deleted', { title: ['z', 2, 'B'] }, [2, 'B'])
    ]

    const plan = planTableMerge('notes', local, incoming)

    expect(plan.counts).toEqual({ added: 2, updated: 1, deleted: 1, unchanged: 1 })
    expect(plan.toWrite.map((record) => record.id).sort()).toEqual(['deleted', 'edited', 'new', 'new-deleted'])
    // New records are taken exactly as they came: same stamps, same author.
    expect(plan.toWrite.find((record) => record.id === 'new')).toBe(incoming[3])
  })

  it('writes a record whose stamps move on even when its content stays (and counts it unchanged)', () => {
    const mine = note('n', { title: ['same', 1, 'A'] })
    const theirs = note('n', { title: ['same', 1, 'B'] })

    const plan = planTableMerge('notes', [mine], [theirs])

    expect(plan.counts).toEqual({ added: 0, updated: 0, deleted: 0, unchanged: 1 })
    expect(plan.toWrite).toHaveLength(1)
    expect(planTableMerge('notes', plan.toWrite, [theirs]).toWrite).toEqual([])
  })
})

describe('applyChoices', () => {
  const knowledge = NO_HAND_OVER
  const mine = note('n1', { title: ['mine', 5, 'A'], body: ['b', 1, 'A'] })
  const theirs = note('n1', { title: ['theirs', 6, 'B'], body: ['b', 1, 'A'] })
  const decision = { clock: stamp(10, 'A'), at: instant(10), deviceId: 'A', staffId: 'manager' }

  it('keeps the stamps’ pick when the manager agrees or says nothing', () => {
    const plan = planTableMerge('notes', [mine], [theirs], { knowledge })
    const conflict = plan.conflicts[0]
    if (conflict === undefined) throw new Error('expected a conflict')

    expect(applyChoices(plan, new Map(), decision)).toEqual({ toWrite: plan.toWrite, decided: [] })
    expect(applyChoices(plan, new Map([[conflictKey(conflict), 'theirs']]), decision).decided).toEqual([])
  })

  it('sets the other side’s value as a new edit of this PC, so it wins from now on', () => {
    const plan = planTableMerge('notes', [mine], [theirs], { knowledge })
    const conflict = plan.conflicts[0]
    if (conflict === undefined) throw new Error('expected a conflict')

    const applied = applyChoices(plan, new Map([[conflictKey(conflict), 'mine']]), decision)

    expect(applied.decided).toEqual([{ recordId: 'n1', fields: ['title'] }])
    const [record] = applied.toWrite
    expect(record).toMatchObject({ title: 'mine', body: 'b', clock: decision.clock, updatedBy: 'manager', deviceId: 'A' })
    expect(record?.fieldClocks).toEqual({ title: decision.clock, body: stamp(1, 'A') })
    // Merged back into the other PC, the choice wins without a conflict.
    expect(record && mergeRecord('notes', theirs, record).merged.title).toBe('mine')
  })

  it('starts from the merged record even when the stamps kept this PC’s version (nothing to write otherwise)', () => {
    const plan: TableMergePlan<Note> = planTableMerge('notes', [theirs], [mine], { knowledge })
    expect(plan.toWrite).toEqual([])
    const conflict = plan.conflicts[0]
    if (conflict === undefined) throw new Error('expected a conflict')

    const applied = applyChoices(plan, new Map([[conflictKey(conflict), 'theirs']]), decision)

    expect(applied.toWrite).toHaveLength(1)
    expect(applied.toWrite[0]).toMatchObject({ title: 'mine', clock: decision.clock })
  })
})

// ——— Properties ———

const DEVICES = ['A', 'B', 'C'] as const
const FIELDS = ['title', 'body', 'tags', 'pinned'] as const

const stampArbitrary = fc
  .record({ minute: fc.integer({ min: 1, max: 6 }), counter: fc.integer({ min: 0, max: 1 }), device: fc.constantFrom(...DEVICES) })
  .map(({ minute, counter, device }) => stamp(minute, device, counter))

/** One PC's version of record `id`: some fields, each with a stamp; maybe a tombstone. Same stamp, same value: a stamp is one edit. */
const versionArbitrary = (id: string) =>
  fc
    .record({
      fields: fc.dictionary(fc.constantFrom(...FIELDS), stampArbitrary, { minKeys: 1 }),
      deleted: fc.option(stampArbitrary, { nil: null }),
      created: fc.integer({ min: 0, max: 2 })
    })
    .map(({ fields, deleted, created }): Note => {
      const content: Record<string, unknown> = {}
      const fieldClocks: Record<string, string> = {}
      for (const [field, fieldStamp] of Object.entries(fields)) {
        const value = valueFor(field, fieldStamp)
        if (value !== undefined) content[field] = value
        fieldClocks[field] = fieldStamp
      }
      if (deleted !== null) fieldClocks.deletedAt = deleted
      const clock = Object.values(fieldClocks).reduce((a, b) => (a > b ? a : b))
      return {
        ...content,
        id,
        createdAt: instant(created),
        updatedAt: instant(minuteOf(clock)),
        updatedBy: stampDevice(clock),
        deviceId: stampDevice(clock),
        clock,
        fieldClocks,
        // deletedAt is a field like the others; a stamp with no date is a restore (here: those made on C).
        deletedAt: deleted === null || deleted.endsWith('C') ? null : instant(minuteOf(deleted))
      }
    })

/** The value an edit stamped `fieldStamp` wrote: a function of the stamp, as on real PCs. */
function valueFor(field: string, fieldStamp: string): unknown {
  const seed = [...`${field}${fieldStamp}`].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 9973, 7)
  const choices: readonly unknown[] = [`v${seed % 5}`, null, seed % 2 === 0, [`t${seed % 3}`], undefined, '']
  return choices[seed % choices.length]
}
const minuteOf = (fieldStamp: string): number => (Number(fieldStamp.slice(0, 13)) - BASE_MILLIS) / 60_000

const IDS = ['r1', 'r2', 'r3'] as const

/** A PC's table: some of the ids, each in some version. */
const tableArbitrary = fc
  .subarray([...IDS], { minLength: 0 })
  .chain((ids) => fc.tuple(...ids.map((id) => versionArbitrary(id))))
  .map((records): readonly Note[] => records)

const merged = (a: Note, b: Note): Note => mergeRecord('notes', a, b).merged

/** A table after importing `incoming`: what planTableMerge says to write, written. */
function imported(local: readonly Note[], incoming: readonly Note[]): readonly Note[] {
  const byId = new Map(local.map((record) => [record.id, record]))
  for (const record of planTableMerge('notes', local, incoming).toWrite) byId.set(record.id, record)
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1))
}

describe('merge properties', () => {
  it('is idempotent: merging what was already merged changes nothing', () => {
    fc.assert(
      fc.property(versionArbitrary('r'), versionArbitrary('r'), (a, b) => {
        const once = merged(a, b)
        expect(merged(once, b)).toStrictEqual(once)
        expect(merged(once, a)).toStrictEqual(once)
        expect(merged(a, a)).toStrictEqual(a)
      }),
      { numRuns: 500 }
    )
  })

  it('is commutative: A into B gives the same record as B into A', () => {
    fc.assert(
      fc.property(versionArbitrary('r'), versionArbitrary('r'), (a, b) => {
        expect(merged(a, b)).toStrictEqual(merged(b, a))
      }),
      { numRuns: 500 }
    )
  })

  it('is associative: three PCs end the same in any grouping', () => {
    fc.assert(
      fc.property(versionArbitrary('r'), versionArbitrary('r'), versionArbitrary('r'), (a, b, c) => {
        expect(merged(merged(a, b), c)).toStrictEqual(merged(a, merged(b, c)))
      }),
      { numRuns: 500 }
    )
  })

  it('loses no field either side changed: each field holds the value of its newest edit', () => {
    fc.assert(
      fc.property(versionArbitrary('r'), versionArbitrary('r'), (a, b) => {
        const result = merged(a, b)
        for (const field of [...FIELDS, 'deletedAt'] as const) {
          const stampA = a.fieldClocks[field] ?? null
          const stampB = b.fieldClocks[field] ?? null
          if (stampA === null && stampB === null) continue
          const newest = compareStamps(stampA, stampB) >= 0 ? a : b
          expect(result.fieldClocks[field]).toBe(compareStamps(stampA, stampB) >= 0 ? stampA : stampB)
          expect(Reflect.get(result, field)).toStrictEqual(Reflect.get(newest, field))
        }
      }),
      { numRuns: 500 }
    )
  })

  it('imports tables idempotently and in any order: same packet twice, A then B or B then A', () => {
    fc.assert(
      fc.property(tableArbitrary, tableArbitrary, tableArbitrary, (local, a, b) => {
        const once = imported(local, a)
        expect(planTableMerge('notes', once, a).toWrite).toEqual([])
        expect(imported(once, a)).toStrictEqual(once)
        expect(imported(imported(local, a), b)).toStrictEqual(imported(imported(local, b), a))
        expect(imported(local, a).map((record) => record.id)).toEqual(
          [...new Set([...local, ...a].map((record) => record.id))].sort()
        )
      }),
      { numRuns: 300 }
    )
  })

  it('lists as conflicts exactly the fields both PCs changed, differently, after a common version', () => {
    fc.assert(
      fc.property(
        fc.record({
          edits: fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom('A', 'B'), fc.integer({ min: 0, max: 2 })), { maxLength: 6 })
        }),
        ({ edits }) => {
          // Both PCs start from the same version (stamps up to minute 1), then each edits on its own after minute 10.
          const base = note('r', { title: ['t', 1, 'C'], body: ['b', 1, 'C'], tags: [[], 1, 'C'], pinned: [false, 1, 'C'] })
          const versions = { A: base, B: base }
          const changed = { A: new Set<string>(), B: new Set<string>() }
          edits.forEach(([field, device, value], index) => {
            const current = versions[device]
            const editStamp = stamp(10 + index, device)
            versions[device] = {
              ...current,
              [field]: field === 'tags' ? [`${device}${value}`] : field === 'pinned' ? value === 1 : `${device}${value}`,
              clock: editStamp,
              fieldClocks: { ...current.fieldClocks, [field]: editStamp }
            }
            changed[device].add(field)
          })
          const knowledge: HandOverKnowledge = {
            local: { A: stamp(99, 'A'), C: stamp(1, 'C') },
            incoming: { B: stamp(99, 'B'), C: stamp(1, 'C') }
          }
          const { conflicts, merged: result } = mergeRecord('notes', versions.A, versions.B, { knowledge })
          const expected = FIELDS.filter(
            (field) =>
              changed.A.has(field) &&
              changed.B.has(field) &&
              canonicalJson(Reflect.get(versions.A, field)) !== canonicalJson(Reflect.get(versions.B, field))
          )
          expect(conflicts.map((conflict) => conflict.field).sort()).toEqual([...expected].sort())
          for (const field of FIELDS) {
            if (changed.A.has(field) && !changed.B.has(field)) expect(Reflect.get(result, field)).toStrictEqual(Reflect.get(versions.A, field))
            if (changed.B.has(field) && !changed.A.has(field)) expect(Reflect.get(result, field)).toStrictEqual(Reflect.get(versions.B, field))
          }
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('planMerge', () => {
  it('plans every table and gathers the conflicts', () => {
    interface Tables {
      readonly notes: Note
      readonly others: Note
    }
    const plan = planMerge<Tables>(
      ['notes', 'others'],
      { notes: [note('n', { title: ['a', 1, 'A'] })] },
      { notes: [note('n', { title: ['b', 2, 'B'] })], others: [note('o', { title: ['c', 1, 'B'] })] }
    )
    expect(plan.counts.notes).toEqual({ added: 0, updated: 1, deleted: 0, unchanged: 0 })
    expect(plan.counts.others).toEqual({ added: 1, updated: 0, deleted: 0, unchanged: 0 })
    expect(plan.conflicts).toHaveLength(1)
    expect(plan.toWrite.others).toHaveLength(1)
  })
})
