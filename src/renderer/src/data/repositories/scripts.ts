import { deepEqual } from '@shared/domain/deep-equal'
import { neverSayRulesOf, type NeverSayRule } from '@shared/domain/phrase-check'
import type { RecordContent } from '@shared/domain/record'
import type { ScriptLocale, ScriptPhrase } from '@shared/domain/script'
import { selectScripts, type ScriptFilter } from '@shared/domain/script-listing'
import { suggestPhrases, type PhraseContext } from '@shared/domain/script-selection'
import { scriptProblems, type ScriptDraft, type ScriptProblem } from '@shared/domain/script-validation'
import { db } from '../db'
import { RecordNotFoundError, withoutUndefined, type Actor } from '../records'
import { createRecordRepository, type RecordRepository } from './record-repository'

export type ScriptInput = RecordContent<ScriptPhrase>

function describeProblem(problem: ScriptProblem): string {
  switch (problem.code) {
    case 'empty-text':
      return 'the wording is empty'
    case 'missing-why':
      return 'a never-say phrase needs to say why it hurts'
    case 'missing-better':
      return 'a never-say phrase needs a better way to say it'
    case 'trips-never-say':
      return `"${problem.matched}" is the never-say phrase "${problem.rulePhrase}"`
    case 'flags-coaching':
      return `it would flag "${problem.matched}" in the script "${problem.scriptText}"`
  }
}

/** A manager's script the library refuses; `problems` says why, for the screen to word. */
export class ScriptValidationError extends Error {
  constructor(readonly problems: readonly ScriptProblem[]) {
    super(`The script cannot be saved: ${problems.map(describeProblem).join('; ')}`)
    this.name = 'ScriptValidationError'
  }
}

const base = createRecordRepository('scripts')

const writeTables = () => [db.scripts, db.auditLog, db.meta]

/** Every script of the locale, deleted ones included (the rules filter them). */
const scriptsOfLocale = (locale: ScriptLocale): Promise<ScriptPhrase[]> => db.scripts.where('locale').equals(locale).toArray()

/** Throws unless the script, as it is about to be stored, is fine among the rest of its locale's library. */
async function requireValid(script: ScriptDraft): Promise<void> {
  const others = (await scriptsOfLocale(script.locale)).filter((other) => other.id !== script.id)
  const problems = scriptProblems(script, others)
  if (problems.length > 0) throw new ScriptValidationError(problems)
}

async function requireScript(id: string): Promise<ScriptPhrase> {
  const script = await db.scripts.get(id)
  if (script === undefined) throw new RecordNotFoundError('scripts', id)
  return script
}

export function createScript(input: ScriptInput, actor: Actor): Promise<ScriptPhrase> {
  return db.transaction('rw', writeTables(), async () => {
    await requireValid(input)
    return base.create(input, actor)
  })
}

/** Fields left out of the patch (or undefined) keep their value; the result is validated as a whole. */
export function updateScript(id: string, patch: Partial<ScriptInput>, actor: Actor): Promise<ScriptPhrase> {
  return db.transaction('rw', writeTables(), async () => {
    await requireValid({ ...(await requireScript(id)), ...withoutUndefined(patch) })
    return base.update(id, patch, actor)
  })
}

/** Takes the script out of the coaching and the checker; never refused. */
export const retireScript = (id: string, actor: Actor): Promise<ScriptPhrase> => base.update(id, { retired: true }, actor)

/** Brings a retired script back, if its wording still passes the rules of today's library. */
export const unretireScript = (id: string, actor: Actor): Promise<ScriptPhrase> => updateScript(id, { retired: false }, actor)

/** Brings a deleted script back, if its wording still passes the rules of today's library. */
export function restoreScript(id: string, actor: Actor): Promise<ScriptPhrase> {
  return db.transaction('rw', writeTables(), async () => {
    const script = await requireScript(id)
    if (script.deletedAt !== null) await requireValid(script)
    return base.restore(id, actor)
  })
}

/** The script library: say, never-say and tips. Every write that can make a script active is validated. */
export const scriptsRepository: RecordRepository<ScriptPhrase, ScriptInput> = {
  ...base,
  create: createScript,
  update: updateScript,
  restore: restoreScript
}

/** The library screen's list; see ScriptFilter. The table holds a few hundred phrases: one index narrows it, the rest is filtered here. */
export async function listScripts(filter: ScriptFilter): Promise<readonly ScriptPhrase[]> {
  const candidates =
    filter.locale !== undefined
      ? scriptsOfLocale(filter.locale)
      : filter.kind !== undefined
        ? db.scripts.where('kind').equals(filter.kind).toArray()
        : db.scripts.toArray()
  return selectScripts(await candidates, filter)
}

/*
 * checkPhrases compiles its rules once per array (it caches by identity), and it runs on
 * every keystroke: hand out the same array for as long as a locale's rules stay equal, so an
 * edit elsewhere in the library does not make the checker compile again.
 */
const lastRules = new Map<ScriptLocale, readonly NeverSayRule[]>()

function stableRules(locale: ScriptLocale, rules: readonly NeverSayRule[]): readonly NeverSayRule[] {
  const last = lastRules.get(locale)
  if (last !== undefined && deepEqual(last, rules)) return last
  lastRules.set(locale, rules)
  return rules
}

const neverSayRulesIn = (library: readonly ScriptPhrase[], locale: ScriptLocale): readonly NeverSayRule[] =>
  stableRules(locale, neverSayRulesOf(library, locale))

/** The checker's input: the active never-say phrases of the locale; the same array while they are unchanged. */
export async function listNeverSayRules(locale: ScriptLocale): Promise<readonly NeverSayRule[]> {
  return neverSayRulesIn(await scriptsOfLocale(locale), locale)
}

/** Wording for a step of the complaint wizard (see suggestPhrases): never a phrase the checker would flag. */
export async function suggestScriptPhrases(context: PhraseContext, limit = 5): Promise<readonly ScriptPhrase[]> {
  const library = await scriptsOfLocale(context.locale)
  return suggestPhrases(library, context, limit, neverSayRulesIn(library, context.locale))
}
