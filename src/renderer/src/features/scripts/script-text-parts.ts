/*
 * A phrase's wording cut into plain text and {{variable}} placeholders, so the library can
 * show each placeholder as a token: a manager sees at a glance what the coaching will fill in,
 * and a misspelt name (one the coaching will never fill) stands out before a clerk meets it.
 */
import { SCRIPT_VARIABLES, variableSegments, type ScriptVariable } from '@shared/domain/script-variables'

export type ScriptTextPart =
  | { readonly kind: 'text'; readonly text: string }
  /** A placeholder the coaching fills; `raw` is as written, spaces kept. */
  | { readonly kind: 'variable'; readonly name: ScriptVariable; readonly raw: string }
  /** A placeholder of a name the coaching does not know: it will always show as written. */
  | { readonly kind: 'unknown-variable'; readonly name: string; readonly raw: string }

const KNOWN: ReadonlySet<string> = new Set(SCRIPT_VARIABLES)

export const isScriptVariable = (name: string): name is ScriptVariable => KNOWN.has(name)

/** The text in order; joining every part's text (or raw, for a placeholder) gives the original back. */
export function splitScriptText(text: string): readonly ScriptTextPart[] {
  // variableSegments holds the placeholder grammar, the same one fillVariables fills by.
  return variableSegments(text).map((segment): ScriptTextPart => {
    if (!segment.variable) return { kind: 'text', text: segment.text }
    const name = segment.text.slice(2, -2).trim()
    return isScriptVariable(name) ? { kind: 'variable', name, raw: segment.text } : { kind: 'unknown-variable', name, raw: segment.text }
  })
}

/** Placeholder names the coaching does not know (so will never fill), each once, in order. */
export function unknownVariables(text: string): readonly string[] {
  const names: string[] = []
  for (const part of splitScriptText(text)) {
    if (part.kind === 'unknown-variable' && !names.includes(part.name)) names.push(part.name)
  }
  return names
}
