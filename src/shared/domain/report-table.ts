/*
 * A report's figures as one table: the printed table, the exported CSV and XLSX, the chart and
 * its tooltips are all drawn from it, so what the chart shows and what the table says cannot
 * drift apart (domain brief §4: "each as a chart and a table"). The table holds keys and numbers
 * only; the renderer names the keys (a category, a month, a staff member) in the interface
 * language and formats the numbers.
 */

/** What the rows stand for, so the renderer knows how to name their keys. */
export type ReportRowKind =
  | 'category'
  | 'severity'
  | 'month'
  | 'staff'
  | 'root-cause'
  | 'age'
  | 'given-by'
  | 'phrase'
  | 'purpose'
  | 'tier'
  | 'personality'
  | 'customer'

/**
 * What a column holds: a count; a share (0–1) of something; hours (an average); a
 * satisfaction score (an average of 1–5); an amount of money (yuan).
 */
export type ReportValueKind = 'count' | 'share' | 'hours' | 'score' | 'amount'

export interface ReportColumn {
  /** Names the column's heading, and is how a chart picks the column it plots. */
  readonly id: string
  readonly kind: ReportValueKind
}

/** Null where a figure does not exist: the average of no scores, the share of nothing. */
export type ReportValue = number | null

export interface ReportRow {
  /** A category key, a 'yyyy-mm' month, a staff id…: what `ReportTable.rowKind` says. */
  readonly key: string
  /** One per column, in the columns' order. */
  readonly values: readonly ReportValue[]
}

export interface ReportTable {
  readonly rowKind: ReportRowKind
  readonly columns: readonly ReportColumn[]
  readonly rows: readonly ReportRow[]
  /** The whole range's figures under the rows (sums, overall averages); null where a total would mean nothing. */
  readonly total: ReportRow | null
}

/** The key of the total row, which no category, month or id can take. */
export const TOTAL_ROW_KEY = '\u0000total'

/** `part` of `whole`, or null when there is no whole to share. */
export const shareOf = (part: number, whole: number): ReportValue => (whole === 0 ? null : part / whole)

/** The mean, or null for no numbers. */
export function averageOf(values: readonly number[]): ReportValue {
  if (values.length === 0) return null
  let sum = 0
  for (const value of values) sum += value
  return sum / values.length
}

/**
 * A running mean: add numbers one at a time, read the mean (null while empty). Mutable on
 * purpose, unlike the domain's records: one per group, updated in place for each of up to a
 * hundred thousand complaints, and never handed out of the function that fills it.
 */
export interface MeanAccumulator {
  count: number
  sum: number
}

export const emptyMean = (): MeanAccumulator => ({ count: 0, sum: 0 })

export function addToMean(mean: MeanAccumulator, value: number): void {
  mean.count += 1
  mean.sum += value
}

export const meanOf = (mean: MeanAccumulator): ReportValue => (mean.count === 0 ? null : mean.sum / mean.count)

/** The column's position; a column a report does not have is a bug in the report, so it fails loudly. */
export function columnIndex(table: Pick<ReportTable, 'columns'>, columnId: string): number {
  const index = table.columns.findIndex((column) => column.id === columnId)
  if (index < 0) throw new RangeError(`No column ${columnId} in the report table`)
  return index
}

/** The values of one column, row by row (the total row left out): what a chart plots. */
export function columnValues(table: ReportTable, columnId: string): readonly ReportValue[] {
  const index = columnIndex(table, columnId)
  return table.rows.map((row) => row.values[index] ?? null)
}

export const totalRow = (values: readonly ReportValue[]): ReportRow => ({ key: TOTAL_ROW_KEY, values })

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Counts by key, most first; equal counts in `order` (keys it does not list after, alphabetically). */
export function rankedCounts(counts: ReadonlyMap<string, number>, order: readonly string[] = []): readonly (readonly [string, number])[] {
  const position = new Map(order.map((key, index) => [key, index]))
  const rank = (key: string): number => position.get(key) ?? Number.POSITIVE_INFINITY
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || rank(a) - rank(b) || compareText(a, b))
}

/** Adds one to the key's count. */
export function countInto(counts: Map<string, number>, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by)
}
