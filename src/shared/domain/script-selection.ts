import type { PersonalityType } from './customer'
import type { ScriptLocale, ScriptPhrase } from './script'

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

/**
 * The suggested wording for a step of the intake: live, unretired 'say' phrases of the
 * locale, those written for both the category and the personality first, then for the
 * category, then for the personality, then generic ones; at each level a phrase written for
 * the step comes before one for any step. Ties keep id order (ids are ULIDs, so the order in
 * which the phrases were added).
 */
export function suggestPhrases(library: readonly ScriptPhrase[], context: PhraseContext, limit = 5): readonly ScriptPhrase[] {
  const personality = context.personality === 'unknown' ? '' : context.personality
  return library
    .filter(
      (phrase) =>
        phrase.kind === 'say' &&
        phrase.deletedAt === null &&
        !phrase.retired &&
        phrase.locale === context.locale &&
        fits(phrase.step, context.step) &&
        fits(phrase.category, context.category) &&
        (phrase.personality === '' || (personality !== '' && phrase.personality === personality))
    )
    .sort((a, b) => rank(a) - rank(b) || compareIds(a, b))
    .slice(0, Math.max(0, limit))
}
