/**
 * What the care report reads of a care task, kept in bundles (fact-bundles.ts) so a year's
 * report reads a dozen records instead of a year of tasks. A one-off task goes in the bundle of
 * the UTC month it starts in. Repeating series, and the records that took over one of their
 * dates (exceptions), go in one bundle of their own, read with every report: a series that began
 * years ago still has dates in this month, and an exception moved out of the period still takes
 * its date away from the series. Deleted tasks are left out (they count nowhere).
 *
 * A bundle is one string of lines (factLines), each task's facts a JSON array.
 */
import type { CareTask } from './care-task'
import { parseStamp } from './clock'
import { factMonthOf, factsOfLines, lineBundleStorage, type FactBundling, type LineBundle } from './fact-bundles'
import { isRecurring } from './recurrence'
import { parseSeriesOccurrenceKey, type OccurrenceSource } from './schedule'

/** `month`: 'yyyy-mm' of startAt in UTC, or SERIES_BUNDLE. */
export type CareTaskMonthFacts = LineBundle<'month'>

export const SERIES_BUNDLE = 'series'

/** A task as the care report reads it. */
export interface CareTaskFact extends OccurrenceSource {
  /** When it was marked done (its status last changed to done), or null. */
  readonly doneAt: string | null
}

/** What bundling reads of a task. */
export type BundledCareTask = OccurrenceSource & Pick<CareTask, 'fieldClocks'>

type PackedFact = [
  startAt: string,
  durationMinutes: number,
  staffId: string | null,
  status: CareTask['status'],
  recurrence: CareTask['recurrence'],
  occasionKey: string | null,
  doneAt: string | null
]

/**
 * The instant a done task was marked done: its status field's clock stamp, which moves only when
 * the status itself changes (a later note or a merge of its customer leaves it alone).
 */
function doneAtOf(task: BundledCareTask): string | null {
  const stamp = task.fieldClocks.status
  return task.status === 'done' && stamp !== undefined ? new Date(parseStamp(stamp).millis).toISOString() : null
}

const isSeriesTask = (task: OccurrenceSource): boolean => isRecurring(task.recurrence) || parseSeriesOccurrenceKey(task.occasionKey) !== null

export const careTaskFactBundling: FactBundling<BundledCareTask> = {
  bundleOf: (task) => (task.deletedAt !== null ? null : isSeriesTask(task) ? SERIES_BUNDLE : factMonthOf(task.startAt)),
  pack: (task) => {
    const packed: PackedFact = [task.startAt, task.durationMinutes, task.staffId, task.status, task.recurrence, task.occasionKey, doneAtOf(task)]
    return JSON.stringify(packed)
  }
}

export const careTaskFactStorage = lineBundleStorage(careTaskFactBundling, 'month')

/** The tasks of the bundles, as the care report reads them. */
export function unpackCareTaskFacts(bundles: readonly CareTaskMonthFacts[]): CareTaskFact[] {
  const tasks: CareTaskFact[] = []
  for (const bundle of bundles) {
    for (const [id, packed] of factsOfLines(bundle.facts)) {
      const [startAt, durationMinutes, staffId, status, recurrence, occasionKey, doneAt] = JSON.parse(packed) as PackedFact
      tasks.push({ id, startAt, durationMinutes, staffId, status, recurrence, occasionKey, deletedAt: null, doneAt })
    }
  }
  return tasks
}
