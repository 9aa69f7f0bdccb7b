import { BUILT_IN_COMPLAINT_CATEGORIES } from './complaint'
import { COMPLAINT_INTAKE_STEP_IDS } from './complaint-steps'
import { PERSONALITY_TYPES, type PersonalityType } from './customer'
import { isActiveScript, SCRIPT_KINDS, type ScriptKind, type ScriptLocale, type ScriptPhrase } from './script'

/**
 * What the script library screen asks for. A field left out does not filter; step, category
 * and personality match exactly, so '' picks the phrases written for any step, category or
 * personality. Deleted phrases are never listed.
 */
export interface ScriptFilter {
  readonly kind?: ScriptKind
  readonly locale?: ScriptLocale
  readonly step?: string
  readonly category?: string
  readonly personality?: PersonalityType | ''
  /** Retired phrases too (default: only active ones). */
  readonly includeRetired?: boolean
  /** Found in the wording, the why or the better way, whatever the case or width (Ａ = a). */
  readonly text?: string
}

/** Full-width forms read as half-width (NFKC), and case does not count. */
const folded = (text: string): string => text.normalize('NFKC').toLowerCase()

/** Code-unit order, the same on every machine whatever its locale. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** '' (any) first, then the known values in their own order, then the others (a manager's categories) alphabetically. */
function inOrder(known: readonly string[]): (a: string, b: string) => number {
  const positions = new Map(['', ...known].map((value, index) => [value, index]))
  const position = (value: string): number => positions.get(value) ?? positions.size
  return (a, b) => position(a) - position(b) || compareText(a, b)
}

const byKind = inOrder(SCRIPT_KINDS)
const byStep = inOrder(COMPLAINT_INTAKE_STEP_IDS)
const byCategory = inOrder(BUILT_IN_COMPLAINT_CATEGORIES)
const byPersonality = inOrder(PERSONALITY_TYPES)

/** Kind, step, category, personality, wording, then id: the same order on every PC. */
export function compareScripts(a: ScriptPhrase, b: ScriptPhrase): number {
  return (
    byKind(a.kind, b.kind) ||
    byStep(a.step, b.step) ||
    byCategory(a.category, b.category) ||
    byPersonality(a.personality, b.personality) ||
    compareText(a.text, b.text) ||
    compareText(a.id, b.id)
  )
}

const matches = <T>(wanted: T | undefined, value: T): boolean => wanted === undefined || wanted === value

/** The phrases of the library the filter lets through, in compareScripts order. */
export function selectScripts(library: readonly ScriptPhrase[], filter: ScriptFilter): readonly ScriptPhrase[] {
  const text = folded(filter.text?.trim() ?? '')
  return library
    .filter(
      (phrase) =>
        phrase.deletedAt === null &&
        (filter.includeRetired === true || isActiveScript(phrase)) &&
        matches(filter.kind, phrase.kind) &&
        matches(filter.locale, phrase.locale) &&
        matches(filter.step, phrase.step) &&
        matches(filter.category, phrase.category) &&
        matches(filter.personality, phrase.personality) &&
        (text === '' || [phrase.text, phrase.why, phrase.better].some((field) => folded(field).includes(text)))
    )
    .sort(compareScripts)
}
