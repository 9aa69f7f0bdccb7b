import { BUILT_IN_COMPLAINT_CATEGORIES } from './complaint'
import type { ReportComplaint } from './report-complaints'
import { spanIndexOf, type ReportMonth } from './report-range'
import { addToMean, emptyMean, meanOf, shareOf, totalRow, type MeanAccumulator, type ReportRow, type ReportTable } from './report-table'

/*
 * Satisfaction (量化评分, domain brief §4): the score the follow-up call (回访) recorded for a
 * resolved complaint, 1 to 5. Like the complaint reports, these look at the complaints received
 * in the range, so a month's complaints and how satisfied their customers ended up stand side by
 * side. A complaint without a score (not followed up yet, the customer not reached, or reopened,
 * which clears the score) is not counted: there is nothing to average.
 */

type Scored = ReportComplaint & { readonly satisfaction: { readonly score: number } }

const isScored = (complaint: ReportComplaint): complaint is Scored => complaint.satisfaction.score !== null

/** Key for "scored by nobody on record" and "handled by nobody": an empty id, as the records keep it. */
export const NOBODY = ''

const SCORE_COLUMNS = [
  { id: 'scored', kind: 'count' },
  { id: 'average-score', kind: 'score' }
] as const

const scoreRow = (key: string, mean: MeanAccumulator): ReportRow => ({ key, values: [mean.count, meanOf(mean)] })

function overallMean(complaints: readonly Scored[]): MeanAccumulator {
  const mean = emptyMean()
  for (const complaint of complaints) addToMean(mean, complaint.satisfaction.score)
  return mean
}

/** The average score per month of the range (the trend), with how many scores each rests on; empty months too. */
export function satisfactionByMonth(complaints: readonly ReportComplaint[], months: readonly ReportMonth[]): ReportTable {
  const scored = complaints.filter(isScored)
  const means = months.map(() => emptyMean())
  for (const complaint of scored) {
    const mean = means[spanIndexOf(complaint.receivedAt, months)]
    if (mean !== undefined) addToMean(mean, complaint.satisfaction.score)
  }
  return {
    rowKind: 'month',
    columns: SCORE_COLUMNS,
    rows: months.map((month, index) => scoreRow(month.month, means[index] ?? emptyMean())),
    total: totalRow(scoreRow('', overallMean(scored)).values)
  }
}

/**
 * Average scores grouped by `keyOf`, the best average first; equal averages by more scores, then
 * in `order`, then alphabetically. Only groups with a score are listed.
 */
function satisfactionBy(
  complaints: readonly ReportComplaint[],
  rowKind: ReportTable['rowKind'],
  keyOf: (complaint: ReportComplaint) => string,
  order: readonly string[] = []
): ReportTable {
  const scored = complaints.filter(isScored)
  const groups = new Map<string, MeanAccumulator>()
  for (const complaint of scored) {
    const key = keyOf(complaint)
    let mean = groups.get(key)
    if (mean === undefined) {
      mean = emptyMean()
      groups.set(key, mean)
    }
    addToMean(mean, complaint.satisfaction.score)
  }
  const position = (key: string): number => {
    const index = order.indexOf(key)
    return index < 0 ? Number.POSITIVE_INFINITY : index
  }
  const rows = [...groups]
    .sort(
      ([keyA, a], [keyB, b]) =>
        (meanOf(b) ?? 0) - (meanOf(a) ?? 0) || b.count - a.count || position(keyA) - position(keyB) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0)
    )
    .map(([key, mean]) => scoreRow(key, mean))
  return { rowKind, columns: SCORE_COLUMNS, rows, total: totalRow(scoreRow('', overallMean(scored)).values) }
}

/** Average score per member of staff who handled the complaint (NOBODY for a complaint nobody took up). */
export const satisfactionByStaff = (complaints: readonly ReportComplaint[]): ReportTable =>
  satisfactionBy(complaints, 'staff', (complaint) => complaint.handlerId ?? NOBODY)

/** Average score per complaint category: which kinds of problem leave customers least satisfied. */
export const satisfactionByCategory = (complaints: readonly ReportComplaint[]): ReportTable =>
  satisfactionBy(complaints, 'category', (complaint) => complaint.category.trim(), BUILT_IN_COMPLAINT_CATEGORIES)

/** Who gave the score: the customer on the call, or the clerk recording an impression. 'unknown' only for records that lack it. */
export const SCORE_GIVERS = ['customer', 'clerk', 'unknown'] as const
export type ScoreGiver = (typeof SCORE_GIVERS)[number]

/**
 * How many scores the customer gave and how many the clerk recorded, with each one's share and
 * average: a clerk's impression is weaker evidence than the customer's own word, and if the
 * clerks' scores run higher a manager should know. 'unknown' is listed only when it occurs.
 */
export function satisfactionGivenBy(complaints: readonly ReportComplaint[]): ReportTable {
  const scored = complaints.filter(isScored)
  const means = new Map<ScoreGiver, MeanAccumulator>(SCORE_GIVERS.map((giver) => [giver, emptyMean()]))
  for (const complaint of scored) {
    const mean = means.get(complaint.satisfaction.givenBy ?? 'unknown')
    if (mean !== undefined) addToMean(mean, complaint.satisfaction.score)
  }
  const all = overallMean(scored)
  return {
    rowKind: 'given-by',
    columns: [
      { id: 'scored', kind: 'count' },
      { id: 'share', kind: 'share' },
      { id: 'average-score', kind: 'score' }
    ],
    rows: SCORE_GIVERS.filter((giver) => giver !== 'unknown' || (means.get(giver)?.count ?? 0) > 0).map((giver) => {
      const mean = means.get(giver) ?? emptyMean()
      return { key: giver, values: [mean.count, shareOf(mean.count, all.count), meanOf(mean)] }
    }),
    total: totalRow([all.count, shareOf(all.count, all.count), meanOf(all)])
  }
}
