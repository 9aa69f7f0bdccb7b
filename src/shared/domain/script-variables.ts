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

export interface TextSegment {
  readonly text: string
  /** The segment is a placeholder, e.g. '{{customerName}}', still waiting for its value. */
  readonly variable: boolean
}

/** The text cut into plain stretches and placeholders, in order, so a screen can mark the placeholders. */
export function variableSegments(text: string): readonly TextSegment[] {
  const segments: TextSegment[] = []
  let at = 0
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > at) segments.push({ text: text.slice(at, match.index), variable: false })
    segments.push({ text: match[0], variable: true })
    at = match.index + match[0].length
  }
  if (at < text.length) segments.push({ text: text.slice(at), variable: false })
  return segments
}
