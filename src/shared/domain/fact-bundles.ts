/**
 * Report facts kept apart from the records they come from, in bundles: a report reads a few
 * bundles instead of thousands of records (IndexedDB's cost is per record read, big or small).
 * A bundle maps record ids to the record's facts packed as one string. These pure functions say
 * how a batch of writes changes the bundles; data/fact-bundles-middleware.ts applies them
 * inside every write transaction, so the bundles never disagree with the records.
 */
import type { InstantSpan } from './report-range'

/** A record written or removed: `before` as it was stored (undefined: not read, or none), `after` as written (undefined: removed). */
export interface RecordChange<R> {
  readonly id: string
  readonly before: R | undefined
  readonly after: R | undefined
}

/** How one kind of record is bundled. */
export interface FactBundling<R> {
  /** The bundle a record's facts go in; null: the record has no facts to report (a deleted customer). */
  readonly bundleOf: (record: R) => string | null
  /**
   * When every record's bundle follows from its id alone, the bundle to take it out of: then a
   * write need not read the record it replaces first (the middleware skips that read).
   */
  readonly bundleOfId?: (id: string) => string
  readonly pack: (record: R) => string
}

/** The facts of one bundle: packed facts by record id. */
export type BundleFacts = ReadonlyMap<string, string>

/** How one kind of record is bundled, and how its bundles are stored (B: a stored bundle). */
export interface FactBundleStorage<R, B> {
  readonly bundling: FactBundling<R>
  readonly keyOf: (bundle: B) => string
  readonly factsOf: (bundle: B) => BundleFacts
  readonly stored: (key: string, facts: BundleFacts) => B
}

/** The bundles a change takes facts out of, and the one it puts them in. */
function bundlesOfChange<R>(bundling: FactBundling<R>, { id, before, after }: RecordChange<R>): { readonly from: string | null; readonly to: string | null } {
  const from = bundling.bundleOfId?.(id) ?? (before === undefined ? null : bundling.bundleOf(before))
  return { from, to: after === undefined ? null : bundling.bundleOf(after) }
}

/** The bundles the changes touch: the ones to read before applying them. */
export function bundleKeysOfChanges<R>(bundling: FactBundling<R>, changes: readonly RecordChange<R>[]): readonly string[] {
  const keys = new Set<string>()
  for (const change of changes) {
    const { from, to } = bundlesOfChange(bundling, change)
    if (from !== null) keys.add(from)
    if (to !== null) keys.add(to)
  }
  return [...keys]
}

/**
 * The touched bundles after the changes, applied in order; `current` holds them as stored (an
 * absent one is empty). A bundle left with no facts is returned empty, for the caller to delete.
 */
export function applyBundleChanges<R>(
  bundling: FactBundling<R>,
  current: ReadonlyMap<string, BundleFacts>,
  changes: readonly RecordChange<R>[]
): ReadonlyMap<string, BundleFacts> {
  const bundles = new Map<string, Map<string, string>>()
  const bundle = (key: string): Map<string, string> => {
    let facts = bundles.get(key)
    if (facts === undefined) {
      facts = new Map(current.get(key))
      bundles.set(key, facts)
    }
    return facts
  }
  for (const change of changes) {
    const { from, to } = bundlesOfChange(bundling, change)
    if (from !== null) bundle(from).delete(change.id)
    if (to !== null && change.after !== undefined) bundle(to).set(change.id, bundling.pack(change.after))
  }
  return bundles
}

/** Enough buckets that saving one record rewrites only a few hundred lines at 100,000 records. */
export const FACT_BUCKETS = 256

/**
 * The bucket of a record id, for bundles keyed by id rather than by month: FNV-1a over its UTF-16
 * code units, so it is the same on every device, and a record's bucket never changes.
 */
export function factBucketOf(id: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193)
  return String((hash >>> 0) % FACT_BUCKETS).padStart(3, '0')
}

export const ALL_FACT_BUCKETS: readonly string[] = Array.from({ length: FACT_BUCKETS }, (_, index) => String(index).padStart(3, '0'))

/** The monthly bundle of an ISO instant: 'yyyy-mm' in UTC. */
export const factMonthOf = (instant: string): string => instant.slice(0, 7)

/** The bundles a span of instants touches: every UTC month from its start's to its end's. */
export function factMonthsOf({ start, end }: InstantSpan): readonly string[] {
  const months: string[] = []
  let year = Number(start.slice(0, 4))
  let month = Number(start.slice(5, 7))
  const last = factMonthOf(end)
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
    if (key > last) break
    months.push(key)
    month = month === 12 ? 1 : month + 1
    if (month === 1) year += 1
  }
  return months
}

/**
 * Bundle facts as one string, a line per record ("id<TAB>packed"): IndexedDB copies a string
 * almost for free, an object per property. Neither ids nor packed facts may hold a tab or a line
 * break (JSON text never does: it escapes them). Lines go in id order, so the same records give
 * the same string whatever order they were written in (a restore compares equal to the original).
 */
export const factLines = (facts: BundleFacts): string =>
  Array.from(facts, ([id, packed]) => `${id}\t${packed}`)
    .sort()
    .join('\n')

export function factsOfLines(lines: string): BundleFacts {
  const facts = new Map<string, string>()
  for (const line of lines.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab > 0) facts.set(line.slice(0, tab), line.slice(tab + 1))
  }
  return facts
}

/** A stored bundle whose facts are one string of lines, under its key `K`. */
export type LineBundle<K extends string> = { readonly [P in K]: string } & { readonly facts: string }

/** Storage for bundles kept as lines (factLines), keyed by their `keyName` property. */
export function lineBundleStorage<R, K extends string>(bundling: FactBundling<R>, keyName: K): FactBundleStorage<R, LineBundle<K>> {
  return {
    bundling,
    keyOf: (bundle) => bundle[keyName],
    factsOf: (bundle) => factsOfLines(bundle.facts),
    stored: (key, facts) => ({ [keyName]: key, facts: factLines(facts) }) as LineBundle<K>
  }
}
