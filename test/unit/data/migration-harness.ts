/**
 * The migration test harness (architecture, rule 3): fill a database at version N-1 with
 * old-shape rows, close it, reopen it at version N (running N's upgrade) and read it.
 * Old-shape rows are written with the raw tables, never the repositories, which only
 * know the newest shape.
 */
import { Dexie } from 'dexie'
import { ulid } from 'ulid'
import { FrontDeskDb } from '@renderer/data/db'

export const uniqueDatabaseName = (purpose: string): string => `${purpose}-${ulid()}`

/** Opens the named database at `version`, runs `use`, and closes it again. */
export async function withDatabaseAt<T>(name: string, version: number, use: (db: FrontDeskDb) => Promise<T>): Promise<T> {
  const db = new FrontDeskDb(name, { upToVersion: version })
  await db.open()
  try {
    return await use(db)
  } finally {
    db.close()
  }
}

export interface MigrationCase<T> {
  /** The version under test; the rows are written at the version before it. */
  readonly toVersion: number
  readonly writeOldRows: (db: FrontDeskDb) => Promise<void>
  readonly readMigrated: (db: FrontDeskDb) => Promise<T>
}

/** Runs one migration on a throw-away database and returns what `readMigrated` read. */
export async function migrate<T>({ toVersion, writeOldRows, readMigrated }: MigrationCase<T>): Promise<T> {
  if (toVersion < 2) throw new RangeError('Version 1 has nothing to migrate from')
  const name = uniqueDatabaseName(`migrate-to-${toVersion}`)
  try {
    await withDatabaseAt(name, toVersion - 1, writeOldRows)
    return await withDatabaseAt(name, toVersion, readMigrated)
  } finally {
    await Dexie.delete(name)
  }
}
