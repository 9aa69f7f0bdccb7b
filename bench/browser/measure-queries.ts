import {
  getCustomersByIds,
  listCustomerIds,
  NO_CUSTOMER_FILTERS,
  type CustomerListQuery
} from '@renderer/data/repositories/customer-list'
import { searchCustomers } from '@renderer/data/repositories/customer-search'
import type { ListFigure, ListFigures, SearchFigure, WindowFigure } from './bench-types'
import type { Probe } from './load-customers'
import { summarize, timed } from './stats'

const SEARCH_ROUNDS = 9
const LIST_ROUNDS = 5
const WINDOW_SAMPLES = 30
/** What a 800 px high list shows: about 17 rows of 40 px, and 12 rows of overscan each side. */
const WINDOW_SIZE = 40

/** The list page's query with no filter, sorted by name: what the clerk sees first. */
export const byName = (now: Date): CustomerListQuery => ({
  sort: { field: 'name', direction: 'asc' },
  ...NO_CUSTOMER_FILTERS,
  now
})

/**
 * Runs every case once per round, round after round, rather than one case many times in
 * a row: a clerk's keystrokes go to different keys, and the first round shows each case
 * without help from the caches of its own previous runs.
 */
async function roundRobin<Case, Result>(
  cases: readonly Case[],
  rounds: number,
  run: (item: Case) => Promise<Result>
): Promise<{ readonly samples: readonly number[][]; readonly last: readonly (Result | undefined)[] }> {
  const samples = cases.map((): number[] => [])
  const last: (Result | undefined)[] = cases.map(() => undefined)
  for (let round = 0; round < rounds; round++) {
    for (const [index, item] of cases.entries()) {
      const { ms, value } = await timed(() => run(item))
      samples[index]?.push(ms)
      last[index] = value
    }
  }
  return { samples, last }
}

export async function measureSearch(probe: Probe): Promise<readonly SearchFigure[]> {
  const cases = [
    { label: 'first keystroke', query: 'z' },
    { label: 'initials', query: 'zw' },
    { label: 'one character', query: '张' },
    { label: 'pinyin syllable', query: 'zhang' },
    { label: 'full pinyin', query: 'zhangwei' },
    { label: 'phone tail, 4 digits', query: probe.phoneTail },
    { label: 'phone fragment, 3 digits', query: probe.phoneFragment },
    { label: 'company word', query: '恒通' }
  ] as const
  const { samples, last } = await roundRobin(cases, SEARCH_ROUNDS, (item) => searchCustomers(item.query))
  return cases.map((item, index) => ({
    label: item.label,
    query: item.query,
    results: last[index]?.length ?? 0,
    ...summarize(samples[index] ?? [])
  }))
}

export async function measureList(now: Date): Promise<ListFigures> {
  const base = byName(now)
  const cases: readonly { readonly label: string; readonly query: CustomerListQuery }[] = [
    { label: 'all, by name', query: base },
    { label: 'all, by tier', query: { ...base, sort: { field: 'tier', direction: 'asc' } } },
    { label: 'all, by last contact', query: { ...base, sort: { field: 'lastContactAt', direction: 'asc' } } },
    { label: 'tier A, by name', query: { ...base, tiers: ['A'] } },
    { label: 'no contact 90 days, by name', query: { ...base, noContactForDays: 90 } },
    {
      label: 'no contact 90 days, by last contact',
      query: { ...base, noContactForDays: 90, sort: { field: 'lastContactAt', direction: 'asc' } }
    },
    { label: 'open complaints, by name', query: { ...base, openComplaintsOnly: true } }
  ]
  const { samples, last } = await roundRobin(cases, LIST_ROUNDS, (item) => listCustomerIds(item.query))
  const lists: ListFigure[] = cases.map((item, index) => ({
    label: item.label,
    ids: last[index]?.length ?? 0,
    ...summarize(samples[index] ?? [])
  }))
  const ordered = last[0] ?? []
  return { lists, windows: await measureWindows(ordered) }
}

/**
 * getCustomersByIds for the rows on screen, at spread-out places in the name order (ids
 * next to each other by name are scattered through the table), then the same window
 * read again, as the table does when a live query re-runs.
 */
async function measureWindows(ordered: readonly string[]): Promise<readonly WindowFigure[]> {
  const last = Math.max(0, ordered.length - WINDOW_SIZE)
  const spread: number[] = []
  for (let sample = 0; sample < WINDOW_SAMPLES; sample++) {
    // Golden-ratio steps: spread over the list, never the same place twice, the same every run.
    const start = Math.floor(((sample * 0.618_033_988_7) % 1) * last)
    spread.push((await timed(() => getCustomersByIds(ordered.slice(start, start + WINDOW_SIZE)))).ms)
  }
  const again: number[] = []
  const middle = ordered.slice(Math.floor(last / 2), Math.floor(last / 2) + WINDOW_SIZE)
  for (let sample = 0; sample < WINDOW_SAMPLES; sample++) again.push((await timed(() => getCustomersByIds(middle))).ms)
  return [
    { label: 'spread over the list', idsPerWindow: WINDOW_SIZE, ...summarize(spread) },
    { label: 'same window again', idsPerWindow: WINDOW_SIZE, ...summarize(again) }
  ]
}
