import { compileRules, neverSayRuleFrom, neverSayRulesOf } from './phrase-check'
import type { RecordContent } from './record'
import { isActiveScript, type ScriptPhrase } from './script'

/**
 * What is wrong with a script a manager writes. The screen words each problem through i18n;
 * the ids and texts let it name the rule or the phrase concerned.
 */
export type ScriptProblem =
  | { readonly code: 'empty-text' }
  /** A never-say phrase needs why it hurts and a better way: the checker shows both. */
  | { readonly code: 'missing-why' }
  | { readonly code: 'missing-better' }
  /** The script's coaching (see coachingOf) contains a never-say phrase of its language. */
  | { readonly code: 'trips-never-say'; readonly ruleId: string; readonly rulePhrase: string; readonly matched: string }
  /** The never-say phrase being written would flag the coaching of another script. */
  | { readonly code: 'flags-coaching'; readonly scriptId: string; readonly scriptText: string; readonly matched: string }

/** A script as it is about to be stored; `id` is absent while it is being created. */
export type ScriptDraft = RecordContent<ScriptPhrase> & { readonly id?: string }

/**
 * What a script puts in the clerk's mouth: the wording of a 'say' phrase or a tip, the better
 * way of a never-say phrase. The checker must never flag any of it.
 */
const coachingOf = (script: Pick<ScriptPhrase, 'kind' | 'text' | 'better'>): string =>
  script.kind === 'never-say' ? script.better : script.text

const isBlank = (text: string): boolean => text.trim() === ''

/**
 * The problems of `script` among `others` (the rest of the library; the script's own stored
 * version left out). Wording is checked against the rules only while the script is active
 * (not retired): retiring a phrase is always allowed, even one that a merge put in conflict.
 */
export function scriptProblems(script: ScriptDraft, others: readonly ScriptPhrase[]): readonly ScriptProblem[] {
  const problems: ScriptProblem[] = []
  if (isBlank(script.text)) problems.push({ code: 'empty-text' })
  if (script.kind === 'never-say') {
    if (isBlank(script.why)) problems.push({ code: 'missing-why' })
    if (isBlank(script.better)) problems.push({ code: 'missing-better' })
  }
  if (script.retired || problems.length > 0) return problems

  const ownRule = script.kind === 'never-say' ? [neverSayRuleFrom({ ...script, id: script.id ?? '' })] : []
  const rules = [...neverSayRulesOf(others, script.locale), ...ownRule]
  for (const flag of compileRules(rules).check(coachingOf(script))) {
    const rule = rules.find((candidate) => candidate.id === flag.ruleId)
    problems.push({ code: 'trips-never-say', ruleId: flag.ruleId, rulePhrase: rule?.phrase ?? '', matched: flag.matched })
  }
  if (ownRule.length > 0) {
    const matcher = compileRules(ownRule)
    for (const other of others) {
      if (other.locale !== script.locale || !isActiveScript(other)) continue
      for (const flag of matcher.check(coachingOf(other))) {
        problems.push({ code: 'flags-coaching', scriptId: other.id, scriptText: other.text, matched: flag.matched })
      }
    }
  }
  return problems
}
