import type { DismissedFlag } from './complaint-intake'
import type { PhraseFlag } from './phrase-check'

/*
 * What the screen does with the checker's flags: hide the ones the clerk already marked as false
 * positives on this complaint, and put the better wording in place of a flagged phrase.
 */

/** A flag stays dismissed for the same rule and the same words, wherever they stand in the text. */
export const isDismissedFlag = (flag: PhraseFlag, dismissed: readonly Pick<DismissedFlag, 'ruleId' | 'text'>[]): boolean =>
  dismissed.some(({ ruleId, text }) => ruleId === flag.ruleId && text === flag.matched)

/** The flags still waiting for the clerk: replaced, reworded or dismissed ones are gone. */
export const openFlags = (
  flags: readonly PhraseFlag[],
  dismissed: readonly Pick<DismissedFlag, 'ruleId' | 'text'>[]
): readonly PhraseFlag[] => flags.filter((flag) => !isDismissedFlag(flag, dismissed))

export interface TextEdit {
  readonly text: string
  /** Where the caret goes after the edit: just after what was put in. */
  readonly caret: number
}

/**
 * Puts `insert` in place of text[start, end). Offsets outside the text are clamped, so a flag
 * computed on a slightly older text can never cut the text apart.
 */
export function replaceRange(text: string, start: number, end: number, insert: string): TextEdit {
  const from = Math.max(0, Math.min(start, text.length))
  const to = Math.max(from, Math.min(end, text.length))
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length }
}
