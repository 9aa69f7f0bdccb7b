/**
 * The script editor's draft (what the inputs hold) and its reading into what the repository
 * stores. The wording rules themselves are the domain's (scriptProblems); this file only
 * says which field of the form each problem belongs beside.
 */
import type { PersonalityType } from '@shared/domain/customer'
import type { ScriptKind, ScriptLocale, ScriptPhrase } from '@shared/domain/script'
import type { RecordContent } from '@shared/domain/record'
import type { ScriptProblem } from '@shared/domain/script-validation'

export interface ScriptFormDraft {
  readonly kind: ScriptKind
  readonly locale: ScriptLocale
  readonly text: string
  readonly step: string
  readonly category: string
  readonly personality: PersonalityType | ''
  readonly why: string
  readonly better: string
  /** One per line, as typed. */
  readonly variantsText: string
  readonly exceptionsText: string
  readonly retired: boolean
}

export type ScriptFormField = 'text' | 'why' | 'better' | 'variantsText'

export const emptyScriptDraft = (locale: ScriptLocale, kind: ScriptKind): ScriptFormDraft => ({
  kind,
  locale,
  text: '',
  step: '',
  category: '',
  personality: '',
  why: '',
  better: '',
  variantsText: '',
  exceptionsText: '',
  retired: false
})

export const draftFromScript = (script: ScriptPhrase): ScriptFormDraft => ({
  kind: script.kind,
  locale: script.locale,
  text: script.text,
  step: script.step,
  category: script.category,
  personality: script.personality,
  why: script.why,
  better: script.better,
  variantsText: script.variants.join('\n'),
  exceptionsText: script.exceptions.join('\n'),
  retired: script.retired
})

/** Non-blank lines, trimmed, each once: a blank line or a pasted duplicate is not a second variant. */
export const linesOf = (text: string): readonly string[] => [
  ...new Set(
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
  )
]

/**
 * What would be stored. Only a never-say phrase keeps why, better, variants and exceptions:
 * a phrase switched to 'say' must not carry a hidden rule the manager can no longer see.
 * The wording is trimmed at the ends only; inside, it is the manager's.
 */
export function scriptFromDraft(draft: ScriptFormDraft): RecordContent<ScriptPhrase> {
  const neverSay = draft.kind === 'never-say'
  return {
    kind: draft.kind,
    locale: draft.locale,
    text: draft.text.trim(),
    step: draft.step,
    category: draft.category,
    personality: draft.personality,
    why: neverSay ? draft.why.trim() : '',
    better: neverSay ? draft.better.trim() : '',
    variants: neverSay ? linesOf(draft.variantsText) : [],
    exceptions: neverSay ? linesOf(draft.exceptionsText) : [],
    retired: draft.retired
  }
}

/**
 * The field a problem is shown beside. A never-say phrase's coaching is its better way, so
 * that is where a clash with another rule shows; a rule that would flag other scripts is
 * made of its wording and its variants, and shows beside the wording.
 */
export function fieldOfProblem(problem: ScriptProblem, kind: ScriptKind): ScriptFormField {
  switch (problem.code) {
    case 'empty-text':
    case 'flags-coaching':
      return 'text'
    case 'missing-why':
      return 'why'
    case 'missing-better':
      return 'better'
    case 'trips-never-say':
      return kind === 'never-say' ? 'better' : 'text'
  }
}
