/**
 * Where the day view puts each task: one column per member of staff (when it shows
 * everyone), the task's top and height from its shop time, and side-by-side lanes for tasks
 * that overlap in one column (a cancelled visit and the one booked in its place).
 */
import { shopWallClock } from '@shared/domain/schedule'
import type { ScheduledTask } from '../../data/repositories/care-tasks'

/** The hours always shown; earlier or later tasks widen the grid. */
export const DAY_HOURS = { first: 8, last: 20 } as const

export interface PlacedTask {
  readonly entry: ScheduledTask
  /** Minutes from the grid's first hour. */
  readonly top: number
  readonly height: number
  readonly lane: number
  readonly lanes: number
}

/** Minutes after the shop's midnight of `date` (negative for a task begun the day before). */
function minutesInto(date: string, instant: string): number {
  const wall = shopWallClock(instant)
  const minutes = wall.hour * 60 + wall.minute
  return wall.date === date ? minutes : wall.date < date ? minutes - 24 * 60 : minutes + 24 * 60
}

/** The first and last hour of the grid for a day's tasks. */
export function dayHours(date: string, entries: readonly ScheduledTask[]): { readonly first: number; readonly last: number } {
  let first: number = DAY_HOURS.first
  let last: number = DAY_HOURS.last
  for (const entry of entries) {
    first = Math.min(first, Math.max(0, Math.floor(minutesInto(date, entry.startAt) / 60)))
    last = Math.max(last, Math.min(24, Math.ceil(minutesInto(date, entry.endAt) / 60)))
  }
  return { first, last }
}

/** The tasks of one column, placed: overlapping ones share the width in lanes. */
export function placeTasks(date: string, entries: readonly ScheduledTask[], firstHour: number): readonly PlacedTask[] {
  const spans = entries.map((entry) => {
    const start = Math.max(minutesInto(date, entry.startAt), firstHour * 60)
    const end = Math.min(Math.max(minutesInto(date, entry.endAt), start + 1), 24 * 60)
    return { entry, start, end }
  })
  const laneEnds: number[] = []
  const laneOf = spans.map(({ start, end }) => {
    const free = laneEnds.findIndex((laneEnd) => laneEnd <= start)
    const lane = free === -1 ? laneEnds.length : free
    laneEnds[lane] = end
    return lane
  })
  return spans.map(({ entry, start, end }, index) => {
    // As many lanes as the tasks it overlaps use, so a lone task keeps the full width.
    const lanes = Math.max(0, ...spans.flatMap((other, i) => (other.start < end && start < other.end ? [laneOf[i] ?? 0] : []))) + 1
    return { entry, top: start - firstHour * 60, height: end - start, lane: laneOf[index] ?? 0, lanes }
  })
}
