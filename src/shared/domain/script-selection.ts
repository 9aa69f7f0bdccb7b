import type { PersonalityType } from './customer'
import { checkPhrases, type NeverSayRule } from './phrase-check'
import { isActiveScript, type ScriptLocale, type ScriptPhrase } from './script'

export interface PhraseContext {
  readonly locale: ScriptLocale
  readonly step: string
  /** The complaint's category; '' while it is not classified yet. */
  readonly category: string
  /** The customer's personality type; '' or 'unknown' when nobody has judged it. */
  readonly personality: PersonalityType | ''
}

/*
 * A phrase fits when each of its step, category and personality is either '' (any) or the
 * context's own. A phrase written for another category or personality never fits: wording
 * for a repair-price complaint reads oddly in a slow-service one, and wording for a
 * powerful customer (brief, three options) can put off a peaceful one.
 */
const fits = (field: string, wanted: string): boolean => field === '' || field === wanted

/** Lower ranks first: the more a phrase was written for this very situation, the sooner it shows. */
function rank(phrase: ScriptPhrase): number {
  const byCategory = phrase.category === '' ? 1 : 0
  const byPersonality = phrase.personality === '' ? 1 : 0
  // Category outranks personality: the cause decides what can be offered, the personality how to put it.
  return (byCategory * 2 + byPersonality) * 2 + (phrase.step === '' ? 1 : 0)
}

/** Code-unit order, the same on every machine whatever its locale, so ties always break alike. */
const compareIds = (a: ScriptPhrase, b: ScriptPhrase): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

const NO_RULES: readonly NeverSayRule[] = []

/**
 * The suggested wording for a step of the intake: active 'say' phrases of the locale, those
 * written for both the category and the personality first, then for the category, then for
 * the personality, then generic ones; at each level a phrase written for the step comes
 * before one for any step. Ties keep id order: a shop's own phrases have ULIDs, so they keep
 * the order they were added in, and come before the shipped ones (seed-…, see
 * default-library.ts), which keep their numbering.
 *
 * A phrase that `neverSayRules` flag is never suggested, whatever it was written for: the
 * library's writes refuse such wording, but a rule and a phrase written on two PCs can still
 * meet in a merge, and the coaching must never suggest what the checker then underlines.
 */
export function suggestPhrases(
  library: readonly ScriptPhrase[],
  context: PhraseContext,
  limit = 5,
  neverSayRules: readonly NeverSayRule[] = NO_RULES
): readonly ScriptPhrase[] {
  const personality = context.personality === 'unknown' ? '' : context.personality
  return library
    .filter(
      (phrase) =>
        phrase.kind === 'say' &&
        isActiveScript(phrase) &&
        phrase.locale === context.locale &&
        fits(phrase.step, context.step) &&
        fits(phrase.category, context.category) &&
        (phrase.personality === '' || (personality !== '' && phrase.personality === personality)) &&
        checkPhrases(phrase.text, neverSayRules).length === 0
    )
    .sort((a, b) => rank(a) - rank(b) || compareIds(a, b))
    .slice(0, Math.max(0, limit))
}
