/**
 * The desktop app's automatic backups: the renderer makes the file (only it can read the
 * database), main keeps it in the data folder (see src/main/services/scheduled-backups.ts).
 * In a browser none of this runs: the page says so, and the manual backup still works.
 */
import type { BackupEntry, BackupReason, Result } from '@shared/ipc/contract'
import { totalOf } from '@shared/export-format/tables'
import { describeDatabase, exportBeforeMigration, getBackupsToKeep, makeBackup } from '../../data/repositories/backup'
import { isDesktopApp, platform } from '../../platform/bridge'

const appVersion = __APP_VERSION__

/** Makes a backup of everything now and hands it to main, which keeps the newest N. */
export async function writeAutomaticBackup(reason: BackupReason): Promise<Result<BackupEntry>> {
  const made = await makeBackup({ now: new Date(), appVersion })
  return platform.backupNow({ reason, content: made.bytes, keep: await getBackupsToKeep() })
}

/**
 * Before an import, restore or merge: a backup of the data as it is now. Null where there
 * is no data folder (a browser) or nothing to back up yet; a failed Result stops the change.
 */
export async function backupBeforeChange(reason: 'before-import' | 'before-restore' | 'before-merge'): Promise<Result<BackupEntry> | null> {
  if (!isDesktopApp()) return null
  if (totalOf((await describeDatabase()).counts) === 0) return null
  return writeAutomaticBackup(reason)
}

/**
 * At start, before anything opens the database: if it is of an older schema version than
 * this app, back it up as it is, before Dexie upgrades it. A failure is logged and the app
 * starts anyway: a shop that cannot open its data at all is worse off than one without
 * this one extra copy (the daily backups are still there).
 */
export async function backupBeforeMigration(): Promise<void> {
  if (!isDesktopApp()) return
  try {
    const backup = await exportBeforeMigration({ now: new Date(), appVersion })
    if (backup === null) return
    const saved = await platform.backupNow({ reason: 'before-migration', content: backup.bytes, keep: backup.backupsToKeep })
    if (!saved.ok) console.error('FrontDesk: the backup before the database upgrade failed', saved.error)
  } catch (error) {
    console.error('FrontDesk: the backup before the database upgrade failed', error)
  }
}

const HOUR_MS = 3_600_000

/**
 * The daily backup: checked at start and then every hour while the app is open, made when
 * main says none was made today. Returns a function that stops the timer.
 */
export function startDailyBackups(intervalMs: number = HOUR_MS): () => void {
  if (!isDesktopApp()) return () => undefined
  let running = false
  const check = async (): Promise<void> => {
    if (running) return
    running = true
    try {
      const listing = await platform.listBackups()
      if (!listing.ok || !listing.value.dailyDue) return
      if (totalOf((await describeDatabase()).counts) === 0) return
      const saved = await writeAutomaticBackup('daily')
      if (!saved.ok) console.error('FrontDesk: the daily backup failed', saved.error)
    } catch (error) {
      console.error('FrontDesk: the daily backup failed', error)
    } finally {
      running = false
    }
  }
  void check()
  const timer = setInterval(() => void check(), intervalMs)
  return () => clearInterval(timer)
}
