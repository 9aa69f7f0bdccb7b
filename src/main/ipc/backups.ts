import { app } from 'electron'
import { z } from 'zod'
import { backupNowRequestSchema, channels, ok, readBackupRequestSchema } from '@shared/ipc/contract'
import { backupListing, backupsFolderIn, readBackup, writeBackup } from '../services/scheduled-backups'
import { handle } from './handle'

export interface BackupHandlerOptions {
  /** Where automatic backups go; default `<userData>/backups`. */
  readonly folder?: () => string
  readonly now?: () => Date
}

/** Automatic backups: write one (and keep the newest N), list them, read one back. */
export function registerBackupHandlers({
  folder = () => backupsFolderIn(app.getPath('userData')),
  now = () => new Date()
}: BackupHandlerOptions = {}): void {
  handle(channels.backupNow, backupNowRequestSchema, async (request) => ok(await writeBackup(folder(), request, now())))
  handle(channels.listBackups, z.undefined(), async () => ok(await backupListing(folder(), now())))
  handle(channels.readBackup, readBackupRequestSchema, (request) => readBackup(folder(), request.fileName))
}
