/**
 * Every way the app and Dexie write a table whose records are summed up in report fact bundles
 * (fact-bundles-middleware.ts): single and bulk, by key and by query, a clear, and a transaction
 * that fails. The bundles' property tests apply any sequence of these and compare.
 */
import fc from 'fast-check'
import type { Table } from 'dexie'
import { expect } from 'vitest'
import type { FactBundleStorage, FactBundling } from '@shared/domain/fact-bundles'
import { db } from '@renderer/data/db'

export type BundledWrite<R> =
  | { readonly kind: 'put'; readonly records: readonly R[] }
  | { readonly kind: 'add'; readonly record: R }
  | { readonly kind: 'delete'; readonly ids: readonly string[] }
  | { readonly kind: 'update'; readonly id: string; readonly changes: Partial<R> }
  | { readonly kind: 'modify'; readonly ids: readonly string[]; readonly changes: Partial<R> }
  | { readonly kind: 'clear' }
  | { readonly kind: 'failed'; readonly record: R }

/** Writes of records from `records`, ids from `ids` (some never stored), field changes from `changes`. */
export function bundledWriteArbitrary<R>(records: fc.Arbitrary<R>, ids: readonly string[], changes: fc.Arbitrary<Partial<R>>): fc.Arbitrary<BundledWrite<R>> {
  const someIds = fc.array(fc.constantFrom(...ids), { maxLength: 3 })
  return fc.oneof(
    fc.record({ kind: fc.constant('put' as const), records: fc.array(records, { minLength: 1, maxLength: 4 }) }),
    fc.record({ kind: fc.constant('add' as const), record: records }),
    fc.record({ kind: fc.constant('delete' as const), ids: someIds }),
    fc.record({ kind: fc.constant('update' as const), id: fc.constantFrom(...ids), changes }),
    fc.record({ kind: fc.constant('modify' as const), ids: someIds, changes }),
    fc.record({ kind: fc.constant('clear' as const) }),
    fc.record({ kind: fc.constant('failed' as const), record: records })
  )
}

export async function applyBundledWrite<R>(table: Table<R, string>, write: BundledWrite<R>): Promise<void> {
  switch (write.kind) {
    case 'put':
      await table.bulkPut([...write.records])
      return
    case 'add':
      await table.add(write.record).catch(() => undefined) // an id already there: refused, nothing written
      return
    case 'delete':
      await table.bulkDelete([...write.ids])
      return
    case 'update':
      // Dexie's update takes an UpdateSpec; a partial record is one.
      await table.update(write.id, write.changes as Parameters<typeof table.update>[1])
      return
    case 'modify':
      await table
        .where(':id')
        .anyOf([...write.ids])
        .modify(write.changes as Parameters<ReturnType<typeof table.toCollection>['modify']>[0])
      return
    case 'clear':
      await table.clear()
      return
    case 'failed':
      await db
        .transaction('rw', table, async () => {
          await table.put(write.record)
          throw new Error('the rest of the save failed')
        })
        .catch(() => undefined)
  }
}

/**
 * Applies any sequence of writes to `table` (emptied first) and, after each one, expects the
 * bundles as stored to equal the bundles as they must be, worked out from the records.
 */
export function expectBundlesToFollowEveryWrite<R>(
  table: Table<R, string>,
  writes: fc.Arbitrary<BundledWrite<R>>,
  bundles: { readonly stored: () => Promise<unknown>; readonly expected: () => Promise<unknown> },
  numRuns: number
): Promise<void> {
  return fc.assert(
    fc.asyncProperty(fc.array(writes, { maxLength: 8 }), async (sequence) => {
      await table.clear()
      for (const write of sequence) {
        await applyBundledWrite(table, write)
        expect(await bundles.stored()).toEqual(await bundles.expected())
      }
    }),
    { numRuns }
  )
}

/** Bundles as plain objects: facts by record id, by bundle key. */
type PlainBundles = Record<string, Record<string, string>>

/** The bundles as `bundling` says they must be, worked out from every record `records` holds now. */
export async function bundlesOfRecords<R extends { readonly id: string }>(records: Table<R, string>, bundling: FactBundling<R>): Promise<PlainBundles> {
  const bundles: PlainBundles = {}
  for (const record of await records.toArray()) {
    const key = bundling.bundleOf(record)
    if (key !== null) bundles[key] = { ...bundles[key], [record.id]: bundling.pack(record) }
  }
  return bundles
}

/** The bundles `bundles` holds, as stored. */
export async function storedBundles<R, B>(bundles: Table<B, string>, storage: FactBundleStorage<R, B>): Promise<PlainBundles> {
  return Object.fromEntries((await bundles.toArray()).map((bundle) => [storage.keyOf(bundle), Object.fromEntries(storage.factsOf(bundle))]))
}
