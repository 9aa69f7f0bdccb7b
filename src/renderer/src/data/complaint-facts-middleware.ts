/**
 * Keeps the complaints' monthly report facts (@shared/domain/complaint-month-facts) in step
 * with the complaints, below every repository: a Dexie DBCore middleware sees every write to
 * the complaints table (a clerk's save, a restore, a merge, a bulkPut, a clear) and writes the
 * bundles in the same IndexedDB transaction, so the facts can never disagree with the
 * complaints, whoever wrote them. Every read-write transaction over the complaints is widened
 * to the bundles' table for that; nobody has to remember to list it.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'
import type { Complaint } from '@shared/domain/complaint'
import { applyFactChanges, monthsOfChanges, type ComplaintFactChange, type ComplaintMonthFacts } from '@shared/domain/complaint-month-facts'

export const COMPLAINT_FACTS_TABLE = 'complaintMonthFacts'
const COMPLAINTS_TABLE = 'complaints'

/** DBCoreRangeType.Any: a `const enum`, which an isolated-modules build cannot import. */
const ANY_RANGE = 3

async function writeBundles(facts: DBCoreTable, trans: DBCoreTransaction, changes: readonly ComplaintFactChange[]): Promise<void> {
  const months = monthsOfChanges(changes)
  if (months.length === 0) return
  const stored: readonly (ComplaintMonthFacts | undefined)[] = await facts.getMany({ trans, keys: [...months] })
  const current = new Map(stored.flatMap((bundle) => (bundle ? [[bundle.month, bundle] as const] : [])))
  const next = applyFactChanges(current, changes)
  const emptied = next.filter((bundle) => Object.keys(bundle.facts).length === 0).map((bundle) => bundle.month)
  const kept = next.filter((bundle) => Object.keys(bundle.facts).length > 0)
  if (kept.length > 0) await facts.mutate({ type: 'put', trans, values: kept })
  if (emptied.length > 0) await facts.mutate({ type: 'delete', trans, keys: emptied })
}

/** The complaints a request replaces or removes, as stored before it (undefined: none). */
async function storedBefore(complaints: DBCoreTable, request: DBCoreMutateRequest): Promise<readonly (Complaint | undefined)[]> {
  const { trans } = request
  switch (request.type) {
    case 'add':
      return request.values.map(() => undefined)
    case 'put':
      return complaints.getMany({ trans, keys: request.values.map((value: Complaint) => value.id) })
    case 'delete':
      return complaints.getMany({ trans, keys: request.keys })
    case 'deleteRange': {
      const { result } = await complaints.query({ trans, values: true, query: { index: complaints.schema.primaryKey, range: request.range } })
      return result
    }
  }
}

/** One change per write; a request may write the same complaint twice, the second replacing the first. */
function changesOf(request: DBCoreMutateRequest, before: readonly (Complaint | undefined)[], response: DBCoreMutateResponse): readonly ComplaintFactChange[] {
  const written = request.type === 'add' || request.type === 'put' ? (request.values as readonly Complaint[]) : []
  const latest = new Map<string, Complaint | undefined>()
  return before.flatMap((stored, index) => {
    if (response.failures[index] !== undefined) return []
    const after = written[index]
    const id = after?.id ?? stored?.id ?? (request.type === 'delete' ? (request.keys[index] as string) : undefined)
    if (id === undefined) return []
    const previous = latest.has(id) ? latest.get(id) : stored
    latest.set(id, after)
    return [{ id, before: previous, after }]
  })
}

function withFacts(complaints: DBCoreTable, facts: DBCoreTable): DBCoreTable {
  return {
    ...complaints,
    async mutate(request) {
      if (request.type === 'deleteRange' && request.range.type === ANY_RANGE) {
        const response = await complaints.mutate(request)
        await facts.mutate({ type: 'deleteRange', trans: request.trans, range: request.range })
        return response
      }
      const before = await storedBefore(complaints, request)
      const response = await complaints.mutate(request)
      await writeBundles(facts, request.trans, changesOf(request, before, response))
      return response
    }
  }
}

export const complaintFactsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ComplaintMonthFacts',
  create(down) {
    // A database opened at a version before the bundles existed (a migration test) is left as it is.
    if (!down.schema.tables.some((table) => table.name === COMPLAINT_FACTS_TABLE)) return {}
    return {
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes(COMPLAINTS_TABLE) && !stores.includes(COMPLAINT_FACTS_TABLE)
        return down.transaction(widened ? [...stores, COMPLAINT_FACTS_TABLE] : stores, mode, options)
      },
      table(name) {
        const table = down.table(name)
        return name === COMPLAINTS_TABLE ? withFacts(table, down.table(COMPLAINT_FACTS_TABLE)) : table
      }
    }
  }
}
