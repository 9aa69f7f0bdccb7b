import type { SyncedRecord } from './record'
import type { PersonalityType } from './customer'

export const SCRIPT_KINDS = ['say', 'never-say', 'tip'] as const
export type ScriptKind = (typeof SCRIPT_KINDS)[number]

export const SCRIPT_LOCALES = ['zh-CN', 'en'] as const
export type ScriptLocale = (typeof SCRIPT_LOCALES)[number]

/**
 * One entry of the script library: wording to suggest, a phrase never to say (with why
 * and a better one), or a tip. `step`, `category` and `personality` are '' for "any".
 */
export interface ScriptPhrase extends SyncedRecord {
  readonly kind: ScriptKind
  readonly locale: ScriptLocale
  readonly text: string
  readonly step: string
  readonly category: string
  readonly personality: PersonalityType | ''
  /** never-say: why it hurts, a better phrasing, extra spellings to match, and texts that must not be flagged. */
  readonly why: string
  readonly better: string
  readonly variants: readonly string[]
  readonly exceptions: readonly string[]
  readonly retired: boolean
}

/** Neither deleted nor retired: what the coaching may suggest and the checker enforces. */
export const isActiveScript = (phrase: Pick<ScriptPhrase, 'deletedAt' | 'retired'>): boolean =>
  phrase.deletedAt === null && !phrase.retired
