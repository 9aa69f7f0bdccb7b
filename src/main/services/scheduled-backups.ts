/**
 * Automatic backups in the data folder (`<userData>/backups`): written atomically, the
 * newest N kept, listed and read back for a restore.
 *
 * The records live in the renderer's IndexedDB, which main cannot read, so the renderer
 * makes each backup file and hands it over; main owns where backups go, what they are
 * called, how many stay, and when the daily one is due. The renderer asks at start and then
 * every hour (see features/data-transfer/automatic-backups.ts): a timer in main would have
 * to call into a page that may be busy, closed or not yet loaded, while asking from the
 * page needs no channel from main to the renderer at all.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import {
  BACKUP_FILE_NAME,
  BACKUP_REASONS,
  type BackupEntry,
  type BackupListing,
  type BackupReason,
  type OpenedFile,
  type Result
} from '@shared/ipc/contract'
import { MAX_BACKUP_FILE_BYTES } from '@shared/ipc/limits'
import { writeFileAtomically } from './atomic-write'
import { readFileWithinLimit } from './read-file-within-limit'

export const backupsFolderIn = (userData: string): string => join(userData, 'backups')

const pad = (value: number, length = 2): string => String(value).padStart(length, '0')

/**
 * `frontdesk-auto-20261124-090000-123-daily.json.gz`: the time in UTC down to the
 * millisecond (so names sort by age and say when), then why it was made; `-2`, `-3`… when
 * two backups fall in the same millisecond.
 */
export function backupFileName(reason: BackupReason, at: Date, attempt = 1): string {
  const date = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}`
  const time = `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}-${pad(at.getUTCMilliseconds(), 3)}`
  return `frontdesk-auto-${date}-${time}-${reason}${attempt > 1 ? `-${attempt}` : ''}.json.gz`
}

const NAME_PARTS = /^frontdesk-auto-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-([a-z-]+?)(?:-(\d{1,3}))?\.json\.gz$/

const isReason = (value: string): value is BackupReason => BACKUP_REASONS.some((reason) => reason === value)

/** What a backup's name says: when and why; null for any other file. */
export function parseBackupFileName(fileName: string): { readonly reason: BackupReason; readonly createdAt: string } | null {
  if (!BACKUP_FILE_NAME.test(fileName)) return null
  const match = NAME_PARTS.exec(fileName)
  if (match === null) return null
  const [, year, month, day, hours, minutes, seconds, millis, reason] = match
  if (reason === undefined || !isReason(reason)) return null
  const createdAt = new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds), Number(millis))
  )
  return Number.isNaN(createdAt.getTime()) ? null : { reason, createdAt: createdAt.toISOString() }
}

/** The automatic backups in `folder`, newest first; none when the folder does not exist yet. */
export async function listBackups(folder: string): Promise<readonly BackupEntry[]> {
  let names: readonly string[]
  try {
    names = await readdir(folder)
  } catch (error) {
    if (isMissing(error)) return []
    throw error
  }
  const entries: BackupEntry[] = []
  for (const fileName of names) {
    const parsed = parseBackupFileName(fileName)
    if (parsed === null) continue
    const { size } = await stat(join(folder, fileName))
    entries.push({ fileName, ...parsed, bytes: size })
  }
  return entries.sort((a, b) => (a.createdAt === b.createdAt ? b.fileName.localeCompare(a.fileName) : a.createdAt < b.createdAt ? 1 : -1))
}

const isMissing = (error: unknown): boolean => error instanceof Error && 'code' in error && error.code === 'ENOENT'

/** A calendar day in the computer's time zone: the shop's day. */
const localDay = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

/** A daily backup is due when none was made on today's date (local time): once a day, whenever the app is first open that day. */
export function isDailyBackupDue(entries: readonly BackupEntry[], now: Date): boolean {
  const today = localDay(now)
  return !entries.some((entry) => entry.reason === 'daily' && localDay(new Date(entry.createdAt)) === today)
}

export async function backupListing(folder: string, now: Date): Promise<BackupListing> {
  const entries = await listBackups(folder)
  return { folder, entries, dailyDue: isDailyBackupDue(entries, now) }
}

export interface BackupToWrite {
  readonly reason: BackupReason
  readonly content: Uint8Array
  /** Backups to keep, this one included. */
  readonly keep: number
}

/**
 * Writes a backup into `folder` (made if missing) atomically, so a crash leaves either no
 * file or a whole one, then deletes the oldest beyond `keep`. The new one is never deleted.
 */
export async function writeBackup(folder: string, { reason, content, keep }: BackupToWrite, now: Date): Promise<BackupEntry> {
  await mkdir(folder, { recursive: true })
  const taken = new Set(await readdir(folder))
  let attempt = 1
  while (taken.has(backupFileName(reason, now, attempt))) attempt += 1
  const fileName = backupFileName(reason, now, attempt)
  await writeFileAtomically(join(folder, fileName), content)
  await pruneBackups(folder, keep, fileName)
  return { fileName, reason, createdAt: now.toISOString(), bytes: content.byteLength }
}

/** Deletes the oldest automatic backups beyond the newest `keep` (never `spare`); other files in the folder are left alone. */
export async function pruneBackups(folder: string, keep: number, spare?: string): Promise<readonly string[]> {
  const entries = await listBackups(folder)
  const kept = new Set(entries.slice(0, Math.max(1, keep)).map((entry) => entry.fileName))
  if (spare !== undefined) kept.add(spare)
  const removed = entries.filter((entry) => !kept.has(entry.fileName)).map((entry) => entry.fileName)
  for (const fileName of removed) await rm(join(folder, fileName), { force: true })
  return removed
}

/** One backup's bytes; only names of automatic backups are accepted, so nothing outside the folder can be reached. */
export async function readBackup(folder: string, fileName: string): Promise<Result<OpenedFile>> {
  if (parseBackupFileName(fileName) === null) throw new RangeError(`${fileName} is not an automatic backup`)
  return readFileWithinLimit(join(folder, fileName), MAX_BACKUP_FILE_BYTES)
}
