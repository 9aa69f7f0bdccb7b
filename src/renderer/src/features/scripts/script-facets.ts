import { COMPLAINT_INTAKE_STEP_IDS } from '@shared/domain/complaint-steps'
import { PERSONALITY_TYPES, type PersonalityType } from '@shared/domain/customer'
import type { ScriptPhrase } from '@shared/domain/script'
import { facetValues } from './facet-values'

export interface ScriptFacets {
  readonly steps: readonly string[]
  readonly categories: readonly string[]
  readonly personalities: readonly PersonalityType[]
}

/* Phrases are written for a kind of customer; 'unknown' is offered only where a phrase already uses it. */
const SERVED_PERSONALITIES = PERSONALITY_TYPES.filter((type) => type !== 'unknown')

/**
 * What the step, category and personality choices offer, given the phrases they choose among
 * and the shop's complaint categories (built-in first, then its own).
 */
export function scriptFacets(
  phrases: readonly Pick<ScriptPhrase, 'step' | 'category' | 'personality'>[],
  categories: readonly string[]
): ScriptFacets {
  return {
    steps: facetValues<string>(
      COMPLAINT_INTAKE_STEP_IDS,
      phrases.map((phrase) => phrase.step)
    ),
    categories: facetValues(
      categories,
      phrases.map((phrase) => phrase.category)
    ),
    personalities: facetValues(
      SERVED_PERSONALITIES,
      phrases.map((phrase) => phrase.personality)
    )
  }
}
