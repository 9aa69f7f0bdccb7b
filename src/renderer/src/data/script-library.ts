import { formatStamp, ZERO_CLOCK } from '@shared/domain/clock'
import type { ScriptPhrase } from '@shared/domain/script'
import { DEFAULT_SCRIPT_LIBRARY, seededScriptId, type DefaultPhrase } from '@shared/scripts/default-library'
import { db } from './db'
import { getDeviceId } from './repositories/meta'

export interface SeedResult {
  /** Shipped entries written now. */
  readonly added: number
  /** Shipped entries the database already held, whatever became of them since. */
  readonly kept: number
}

const SEEDED_IDS: readonly string[] = DEFAULT_SCRIPT_LIBRARY.map((phrase) => seededScriptId(phrase.seedId))

/*
 * Shipped entries carry the clock stamp of time zero. The library was written before anyone
 * used the app, so any edit, retirement or deletion a manager makes, on any PC, is newer and
 * wins when two PCs' exports are merged; and two PCs that seeded the same entry hold the same
 * content under the same id, so a merge finds nothing to choose between.
 */
function shippedRecord({ seedId, ...content }: DefaultPhrase, at: string, deviceId: string): ScriptPhrase {
  const clock = formatStamp(ZERO_CLOCK, deviceId)
  return {
    ...content,
    id: seededScriptId(seedId),
    createdAt: at,
    updatedAt: at,
    updatedBy: '',
    deviceId,
    clock,
    fieldClocks: Object.fromEntries(Object.keys(content).map((field) => [field, clock])),
    deletedAt: null
  }
}

/**
 * Writes the shipped script library's entries that the database does not hold yet, in one
 * transaction. An entry it holds is never touched, whether a manager edited, retired or
 * deleted it (the tombstone stays), so after an app update only new entries arrive.
 *
 * Like the demo shop, the entries are written in bulk without audit entries: shipped data is
 * nobody's work, and two hundred "created" lines would bury the first real ones in the log.
 * They name no author (updatedBy '').
 */
export function seedScriptLibrary(now: Date = new Date()): Promise<SeedResult> {
  return db.transaction('rw', [db.scripts, db.meta], async () => {
    const deviceId = await getDeviceId()
    const held = new Set(await db.scripts.where('id').anyOf(SEEDED_IDS).primaryKeys())
    const missing = DEFAULT_SCRIPT_LIBRARY.filter((phrase) => !held.has(seededScriptId(phrase.seedId)))
    const at = now.toISOString()
    await db.scripts.bulkAdd(missing.map((phrase) => shippedRecord(phrase, at, deviceId)))
    return { added: missing.length, kept: held.size }
  })
}

/**
 * Seeds what is missing; when nothing is, as at nearly every start, it costs one read-only
 * count on the primary key. The app calls it once at start-up, so a database made by an
 * older version receives the entries shipped since.
 */
export async function ensureScriptLibrary(): Promise<SeedResult> {
  const held = await db.scripts.where('id').anyOf(SEEDED_IDS).count()
  return held === SEEDED_IDS.length ? { added: 0, kept: held } : seedScriptLibrary()
}
