/** A text field's value after typing `insertion` over its selection, and where the caret lands. */
export interface Insertion {
  readonly value: string
  readonly caret: number
}

/**
 * Replaces value[start, end) with `insertion`, as typing it would. Out-of-range or reversed
 * offsets (a field that lost its selection reports odd ones) are clamped, so the text is
 * never cut: at worst the insertion goes at the end.
 */
export function insertText(value: string, start: number, end: number, insertion: string): Insertion {
  const clamp = (offset: number): number => (Number.isInteger(offset) ? Math.min(Math.max(offset, 0), value.length) : value.length)
  const from = clamp(Math.min(start, end))
  const to = clamp(Math.max(start, end))
  return { value: value.slice(0, from) + insertion + value.slice(to), caret: from + insertion.length }
}
