/*
 * The day sheet (当日工作单): one staff member's contacts for a day, printed on A4, and the same
 * plan as a phone calendar. Here are its rules; gathering the records is data/'s work.
 */
import type { CareTask } from './care-task'
import { addDays, shopInstant } from './days'
import type { ScriptPhrase } from './script'
import { fillVariables, type FilledText } from './script-variables'

/** How far ahead "export my plan" reaches: a month is what a phone calendar is useful for. */
export const CALENDAR_EXPORT_DAYS = 30

export interface InstantRange {
  /** ISO instant, included. */
  readonly start: string
  /** ISO instant, excluded. */
  readonly end: string
}

/**
 * The instants of `days` shop days from `from` ('yyyy-mm-dd'), as ISO strings: stored start
 * times are ISO strings in UTC, so an index range on them compares as text.
 */
export function shopDaysRange(from: string, days: number): InstantRange {
  const midnight = { hour: 0, minute: 0 }
  return {
    start: shopInstant(from, midnight).toISOString(),
    end: shopInstant(addDays(from, Math.max(1, Math.trunc(days))), midnight).toISOString()
  }
}

/** A cancelled contact is not work for the day; done and missed ones stay, as a record of it. */
export const belongsOnDaySheet = (task: Pick<CareTask, 'status' | 'deletedAt'>): boolean =>
  task.deletedAt === null && task.status !== 'cancelled'

/** By start time; equal starts by id, so the order is the same on every PC and every print. */
export const compareByStart = (a: Pick<CareTask, 'startAt' | 'id'>, b: Pick<CareTask, 'startAt' | 'id'>): number =>
  a.startAt < b.startAt ? -1 : a.startAt > b.startAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/**
 * What to say on a complaint follow-up call, from the library's suggestions for the step,
 * best first (suggestPhrases). The first that can be filled in completely wins: some wording
 * is for the complaint desk and needs a value the call does not have ("we'll call you on
 * {{followUpDate}}" makes no sense on that very call). When none fills completely, the best
 * one is given with its gaps showing, so the caller sees what to say there. Null when the
 * library has nothing for the step.
 */
export function followUpWording(
  suggestions: readonly Pick<ScriptPhrase, 'text'>[],
  values: Readonly<Record<string, string | undefined>>
): FilledText | null {
  const filled = suggestions.map((phrase) => fillVariables(phrase.text, values))
  return filled.find((wording) => wording.unresolved.length === 0) ?? filled[0] ?? null
}
