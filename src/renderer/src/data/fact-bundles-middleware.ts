/**
 * Keeps the report fact bundles (@shared/domain/fact-bundles) in step with the records they sum
 * up, below every repository: a Dexie DBCore middleware sees every write to a bundled table (a
 * clerk's save, a restore, a merge, a bulkPut, a clear) and writes the bundles in the same
 * IndexedDB transaction, so the facts can never disagree with the records, whoever wrote them.
 * Every read-write transaction over a bundled table is widened to its bundles' table for that;
 * nobody has to remember to list it.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'
import { careTaskFactStorage } from '@shared/domain/care-task-month-facts'
import { complaintFactStorage } from '@shared/domain/complaint-month-facts'
import { customerFactStorage } from '@shared/domain/customer-report-facts'
import { openComplaintFactStorage } from '@shared/domain/open-complaint-facts'
import { purchaseFactStorage } from '@shared/domain/purchase-month-facts'
import { applyBundleChanges, bundleKeysOfChanges, type FactBundleStorage, type RecordChange } from '@shared/domain/fact-bundles'

/** A table whose records are summed up in bundles, the bundles' table, and how they are stored. */
export interface BundledTable<R, B> extends FactBundleStorage<R, B> {
  readonly records: string
  readonly bundles: string
}

export const COMPLAINT_BUNDLES = { records: 'complaints', bundles: 'complaintMonthFacts', ...complaintFactStorage }
export const CUSTOMER_BUNDLES = { records: 'customers', bundles: 'customerReportFacts', ...customerFactStorage }
export const CARE_TASK_BUNDLES = { records: 'careTasks', bundles: 'careTaskMonthFacts', ...careTaskFactStorage }
export const PURCHASE_BUNDLES = { records: 'interactions', bundles: 'purchaseMonthFacts', ...purchaseFactStorage }
export const OPEN_COMPLAINT_BUNDLES = { records: 'complaints', bundles: 'openComplaintFacts', ...openComplaintFactStorage }

/** DBCoreRangeType.Any: a `const enum`, which an isolated-modules build cannot import. */
const ANY_RANGE = 3

async function writeBundles<R, B>(spec: BundledTable<R, B>, table: DBCoreTable, trans: DBCoreTransaction, changes: readonly RecordChange<R>[]): Promise<void> {
  const keys = bundleKeysOfChanges(spec.bundling, changes)
  if (keys.length === 0) return
  const stored: readonly (B | undefined)[] = await table.getMany({ trans, keys: [...keys] })
  const current = new Map(stored.flatMap((bundle) => (bundle ? [[spec.keyOf(bundle), spec.factsOf(bundle)] as const] : [])))
  const next = [...applyBundleChanges(spec.bundling, current, changes)]
  const emptied = next.filter(([, facts]) => facts.size === 0).map(([key]) => key)
  const kept = next.filter(([, facts]) => facts.size > 0).map(([key, facts]) => spec.stored(key, facts))
  if (kept.length > 0) await table.mutate({ type: 'put', trans, values: kept })
  if (emptied.length > 0) await table.mutate({ type: 'delete', trans, keys: emptied })
}

/**
 * Whether a request needs the records it replaces or removes read first: not when the bundling
 * places a record by its id alone (a deleteRange still reads, to learn the ids).
 */
const readsBefore = <R, B>(spec: BundledTable<R, B>, request: DBCoreMutateRequest): boolean =>
  request.type === 'deleteRange' || (request.type !== 'add' && spec.bundling.bundleOfId === undefined)

/** The records a request replaces or removes, as stored before it (undefined: none). */
async function storedBefore<R>(records: DBCoreTable, request: DBCoreMutateRequest): Promise<readonly (R | undefined)[]> {
  const { trans } = request
  switch (request.type) {
    case 'add':
      return request.values.map(() => undefined)
    case 'put':
      return records.getMany({ trans, keys: request.values.map((value: { id: string }) => value.id) })
    case 'delete':
      return records.getMany({ trans, keys: request.keys })
    case 'deleteRange': {
      const { result } = await records.query({ trans, values: true, query: { index: records.schema.primaryKey, range: request.range } })
      return result
    }
  }
}

/** The ids a request writes or removes, in order; a deleteRange's come from the records it found. */
function idsOf(request: DBCoreMutateRequest, before: readonly ({ readonly id: string } | undefined)[]): readonly (string | undefined)[] {
  switch (request.type) {
    case 'add':
    case 'put':
      return (request.values as readonly { readonly id: string }[]).map((value) => value.id)
    case 'delete':
      return request.keys as readonly string[]
    case 'deleteRange':
      return before.map((stored) => stored?.id)
  }
}

/** One change per write; a request may write the same record twice, the second replacing the first. */
function changesOf<R>(
  request: DBCoreMutateRequest,
  before: readonly (R | undefined)[],
  response: DBCoreMutateResponse
): readonly RecordChange<R>[] {
  const written = request.type === 'add' || request.type === 'put' ? (request.values as readonly R[]) : []
  const latest = new Map<string, R | undefined>()
  return idsOf(request, before as readonly ({ readonly id: string } | undefined)[]).flatMap((id, index) => {
    if (id === undefined || response.failures[index] !== undefined) return []
    const after = written[index]
    const previous = latest.has(id) ? latest.get(id) : before[index]
    latest.set(id, after)
    return [{ id, before: previous, after }]
  })
}

/**
 * The records table with every kind of bundle kept of it (the complaints have two): the records
 * a request replaces are read once if any bundling needs them, and the bundles of all kinds are
 * written together after the request.
 */
function withBundles(writers: readonly BundledTableWriter[], records: DBCoreTable, bundlesOf: (writer: BundledTableWriter) => DBCoreTable): DBCoreTable {
  return {
    ...records,
    async mutate(request) {
      if (request.type === 'deleteRange' && request.range.type === ANY_RANGE) {
        const response = await records.mutate(request)
        for (const writer of writers) await bundlesOf(writer).mutate({ type: 'deleteRange', trans: request.trans, range: request.range })
        return response
      }
      if (collectedByWriter.has(request.trans)) return records.mutate(request)
      // No await unless there is something to read: awaiting a plain promise would lose Dexie's transaction zone.
      const before = writers.some((writer) => writer.readsBefore(request)) ? await storedBefore(records, request) : []
      const response = await records.mutate(request)
      // Started together and awaited once, for the same reason: each writer awaits only Dexie's own promises.
      await Promise.all(writers.map((writer) => writer.write(bundlesOf(writer), request, before, response)))
      return response
    }
  }
}

/** Gathers the bundles of records written into an emptied table, to store them once at the end. */
interface BundleGatherer {
  readonly add: (records: readonly unknown[]) => void
  readonly stored: () => readonly unknown[]
}

/** A bundled table as the middleware needs it: its names, how to write its bundles, and a gatherer for a restore. */
interface BundledTableWriter {
  readonly records: string
  readonly bundles: string
  /** Whether the request's changes need the records it replaces or removes read first. */
  readonly readsBefore: (request: DBCoreMutateRequest) => boolean
  /** Writes the bundles after a request; `before`: the records it replaced, as stored, where they were read. */
  readonly write: (bundles: DBCoreTable, request: DBCoreMutateRequest, before: readonly unknown[], response: DBCoreMutateResponse) => Promise<void>
  readonly gather: () => BundleGatherer
}

function gathererOf<R, B>({ bundling, stored }: BundledTable<R, B>): BundleGatherer {
  const bundles = new Map<string, Map<string, string>>()
  /** Where each id's facts went: a record written twice leaves its first bundle. */
  const keyOfId = new Map<string, string>()
  return {
    add(records) {
      for (const record of records as readonly (R & { readonly id: string })[]) {
        const previous = keyOfId.get(record.id)
        if (previous !== undefined) bundles.get(previous)?.delete(record.id)
        const key = bundling.bundleOf(record)
        if (key === null) continue
        keyOfId.set(record.id, key)
        const facts = bundles.get(key) ?? new Map<string, string>()
        facts.set(record.id, bundling.pack(record))
        bundles.set(key, facts)
      }
    },
    stored: () => [...bundles].filter(([, facts]) => facts.size > 0).map(([key, facts]) => stored(key, facts))
  }
}

const writerOf = <R, B>(spec: BundledTable<R, B>): BundledTableWriter => ({
  records: spec.records,
  bundles: spec.bundles,
  readsBefore: (request) => readsBefore(spec, request),
  write: (bundles, request, before, response) => writeBundles(spec, bundles, request.trans, changesOf(request, before as readonly (R | undefined)[], response)),
  gather: () => gathererOf(spec)
})

/** A records table may have several kinds of bundle: the complaints have two. */
const BUNDLED: readonly BundledTableWriter[] = [
  writerOf(COMPLAINT_BUNDLES),
  writerOf(OPEN_COMPLAINT_BUNDLES),
  writerOf(CUSTOMER_BUNDLES),
  writerOf(CARE_TASK_BUNDLES),
  writerOf(PURCHASE_BUNDLES)
]

/** The bundles' tables: a transaction that writes bundles itself (restoreBackup) lists them. */
export const BUNDLE_TABLES: readonly string[] = BUNDLED.map((spec) => spec.bundles)

/** Transactions whose writer builds the bundles itself: their puts and deletes are passed straight down. */
const collectedByWriter = new WeakSet<object>()

export interface BundleCollector {
  /** Records just written to `table`, emptied earlier in the same transaction. */
  readonly add: (table: string, records: readonly unknown[]) => void
  /**
   * The bundles of everything added, by bundles table, for the writer to put; from then on the
   * middleware bundles the transaction's writes again (a schema upgrade run after a restore).
   */
  readonly finish: () => readonly { readonly table: string; readonly values: readonly unknown[] }[]
}

/**
 * For a writer that empties the bundled tables and fills them again in one transaction (a
 * restore): from now on the middleware leaves that transaction's writes alone, rather than
 * rewriting the bundles batch after batch, and the collector builds each bundle once from the
 * records as they are added. Clearing a table still clears its bundles. `transaction` is the
 * IndexedDB transaction under way (Dexie.currentTransaction.idbtrans).
 */
export function collectBundlesInstead(transaction: object): BundleCollector {
  collectedByWriter.add(transaction)
  const gatherers = BUNDLED.map((spec) => ({ records: spec.records, table: spec.bundles, gatherer: spec.gather() }))
  return {
    add: (table, records) => {
      for (const { gatherer } of gatherers.filter((candidate) => candidate.records === table)) gatherer.add(records)
    },
    finish: () => {
      collectedByWriter.delete(transaction)
      return gatherers.map(({ table, gatherer }) => ({ table, values: gatherer.stored() }))
    }
  }
}

export const factBundlesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ReportFactBundles',
  create(down) {
    // A database opened at a version before a bundles table existed (a migration test) leaves those records as they are.
    const present = new Set(down.schema.tables.map((table) => table.name))
    const specs = BUNDLED.filter((spec) => present.has(spec.bundles))
    if (specs.length === 0) return {}
    return {
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' ? specs.filter((spec) => stores.includes(spec.records) && !stores.includes(spec.bundles)).map((spec) => spec.bundles) : []
        return down.transaction(widened.length > 0 ? [...stores, ...widened] : stores, mode, options)
      },
      table(name) {
        const writers = specs.filter((spec) => spec.records === name)
        return writers.length === 0 ? down.table(name) : withBundles(writers, down.table(name), (writer) => down.table(writer.bundles))
      }
    }
  }
}
