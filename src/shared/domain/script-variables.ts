/*
 * Placeholders in suggested wording: {{customerName}} and the like, filled in from the
 * complaint being taken when the clerk copies a phrase into a reply.
 */

/** The variables the shipped library uses; a manager's own phrases may use these names too. */
export const SCRIPT_VARIABLES = ['customerName', 'staffName', 'shopName', 'complaintNumber', 'followUpDate'] as const
export type ScriptVariable = (typeof SCRIPT_VARIABLES)[number]

/** `{{ name }}`: a name that could be an identifier, spaces allowed inside the braces. Anything else in braces is left alone. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g

export interface FilledText {
  readonly text: string
  /** Names that had no value, each once, in order of first appearance. */
  readonly unresolved: readonly string[]
}

/**
 * Replaces each placeholder with its value. A placeholder without a value (missing, empty or
 * only spaces) stays exactly as written, so the clerk sees a gap to fill instead of a reply
 * that silently lost the customer's name. Values are inserted once and never re-read, so a
 * value that itself contains braces is not expanded.
 */
export function fillVariables(text: string, values: Readonly<Record<string, string | undefined>>): FilledText {
  const unresolved: string[] = []
  const filled = text.replace(PLACEHOLDER, (placeholder, name: string) => {
    // Own properties only: {{constructor}} must not pick up Object.prototype.constructor.
    const value = Object.hasOwn(values, name) ? values[name] : undefined
    if (value !== undefined && value.trim() !== '') return value
    if (!unresolved.includes(name)) unresolved.push(name)
    return placeholder
  })
  return { text: filled, unresolved }
}
