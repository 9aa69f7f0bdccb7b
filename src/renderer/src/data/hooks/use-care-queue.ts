import { liveQuery, type Subscription } from 'dexie'
import { useEffect, useMemo, useState } from 'react'
import type { CareSettings } from '@shared/domain/care-settings'
import { addCareTallies, EMPTY_CARE_TALLY, groupCareQueue, type CareQueueSection, type CareTally } from '@shared/domain/care-rules'
import { db } from '../db'
import { CARE_QUEUE_CHUNK_SIZE, listCareChunkRanges, loadCareQueueChunk, type CareChunk, type CareChunkRange } from '../repositories/care-queue'

export interface CareQueueState {
  readonly sections: readonly CareQueueSection[]
  readonly tally: CareTally
  /** Chunks of customers read so far, of how many; total is null until the customers are counted. */
  readonly chunksRead: number
  readonly chunkCount: number | null
  readonly error: Error | null
}

interface LoadState {
  /** What the chunks were read for: results of an earlier day or setting are not shown. */
  readonly key: string
  readonly ranges: readonly CareChunkRange[] | null
  readonly chunks: ReadonlyMap<number, CareChunk>
  readonly error: Error | null
}

const emptyState = (key: string): LoadState => ({ key, ranges: null, chunks: new Map(), error: null })

/**
 * The last queue read in this window. Coming back to the queue shows it at once while the
 * live queries check it again: with 100,000 customers a first read takes seconds, and the
 * clerk should not wait for them every time they open the page. The chunk ranges are kept
 * with it: they split the whole id space, so customers added since still fall in one.
 */
let lastRead: (LoadState & { readonly database: IDBDatabase | null }) | null = null

/** The remembered read, if it was of this database (not one deleted and opened again since) for this day and these settings. */
const remembered = (key: string): LoadState | null => (lastRead !== null && lastRead.key === key && lastRead.database === openDatabase() ? lastRead : null)

function openDatabase(): IDBDatabase | null {
  try {
    return db.backendDB()
  } catch {
    return null
  }
}

const toError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)))

/**
 * The care queue for `today` (the shop's date), kept current. Customers are read in chunks,
 * one after the other, and each chunk shows as soon as it is read: with 100,000 customers the
 * first suggestions appear at once and the rest follow, instead of the page waiting for all.
 * Each chunk stays a live query of its own, so accepting or dismissing a suggestion re-reads
 * only the chunk it belongs to. `settings` undefined (still loading): nothing is read yet.
 */
export function useCareQueue(
  today: string,
  settings: CareSettings | undefined,
  { chunkSize = CARE_QUEUE_CHUNK_SIZE }: { readonly chunkSize?: number } = {}
): CareQueueState {
  const key = settings === undefined ? '' : `${today}|${chunkSize}|${JSON.stringify(settings)}`
  const [state, setState] = useState<LoadState>(() => remembered(key) ?? emptyState(key))

  useEffect(() => {
    if (settings === undefined) return
    const context = { today, settings }
    const subscriptions: Subscription[] = []
    let stopped = false
    // The state of an earlier day or setting is dropped by the first update for this one.
    const update = (change: (current: LoadState) => LoadState) =>
      setState((current) => {
        const next = change(current.key === key ? current : emptyState(key))
        lastRead = { ...next, database: openDatabase() }
        return next
      })
    const fail = (error: unknown) => {
      if (!stopped) update((current) => ({ ...current, error: toError(error) }))
    }
    const start = (ranges: readonly CareChunkRange[]) => {
      if (stopped) return
      update((current) => ({ ...current, ranges }))
      // One chunk at a time: the next is read once the one before has shown, so the first
      // suggestions are not held up behind every other chunk's reading.
      const subscribe = (index: number): void => {
        const range = ranges[index]
        if (range === undefined || stopped) return
        let isFirst = true
        subscriptions.push(
          liveQuery(() => loadCareQueueChunk(range, context)).subscribe({
            next: (chunk) => {
              if (stopped) return
              update((current) => {
                const chunks = new Map(current.chunks)
                chunks.set(index, chunk)
                return { ...current, chunks }
              })
              if (isFirst) {
                isFirst = false
                subscribe(index + 1)
              }
            },
            error: fail
          })
        )
      }
      subscribe(0)
    }
    const ranges = remembered(key)?.ranges ?? null
    if (ranges !== null) start(ranges)
    else listCareChunkRanges(chunkSize).then(start, fail)
    return () => {
      stopped = true
      for (const subscription of subscriptions) subscription.unsubscribe()
    }
    // `key` stands for today and the settings' content: a fresh settings object with the same values changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  return useMemo(() => {
    const current = state.key === key ? state : emptyState(key)
    const chunks = [...current.chunks.values()]
    return {
      sections: groupCareQueue(chunks.flatMap((chunk) => chunk.suggestions)),
      tally: chunks.reduce((sum, chunk) => addCareTallies(sum, chunk.tally), EMPTY_CARE_TALLY),
      chunksRead: current.chunks.size,
      chunkCount: current.ranges === null ? null : current.ranges.length,
      error: current.error
    }
  }, [state, key])
}
