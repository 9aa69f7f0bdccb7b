/**
 * The one IPC contract between the renderer and Electron's main process.
 *
 * Every channel is named here with the schema of its argument and the type of its
 * result. The preload exposes one function per channel (`satisfies AppBridge`), main
 * validates every argument against the schema below, and the browser fallback in
 * `renderer/src/platform` implements the same `AppBridge`, so the renderer never
 * knows which one it talks to. Nothing throws across the bridge: every call answers
 * with a `Result`.
 */
import { z } from 'zod'

export { ok, fail, type AppError, type ErrorCode, type Result } from './result'
import type { Result } from './result'

import { MAX_BACKUP_FILE_BYTES, MAX_KEPT_BACKUPS, MAX_OPEN_FILE_BYTES } from './limits'
export { MAX_OPEN_FILE_BYTES }

const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[A-Za-z0-9*]{1,10}$/)).min(1).max(20)
})

const hasControlCharacter = (text: string): boolean => [...text].some((char) => char.charCodeAt(0) < 0x20)

/** A plain file name: no folders, nothing a dialog could be steered with. */
const suggestedNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/:*?"<>|]/.test(name) && !hasControlCharacter(name) && name !== '.' && name !== '..', {
    message: 'a file name without folders or reserved characters'
  })

export const saveFileRequestSchema = z.object({
  suggestedName: suggestedNameSchema,
  content: z.union([z.string(), z.instanceof(Uint8Array)]),
  filters: z.array(fileFilterSchema).max(10).optional()
})

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(10).optional(),
  maxBytes: z.number().int().positive().max(MAX_OPEN_FILE_BYTES).optional()
})

export const printToPdfRequestSchema = z.object({
  suggestedName: suggestedNameSchema,
  landscape: z.boolean().optional()
})

/** Why an automatic backup was made: on a timer, by hand, or just before something that changes the data wholesale. */
export const BACKUP_REASONS = ['daily', 'manual', 'before-migration', 'before-import', 'before-restore', 'before-merge'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

export const backupNowRequestSchema = z.object({
  reason: z.enum(BACKUP_REASONS),
  /** The backup file as the renderer made it (gzip-compressed export). */
  content: z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_BACKUP_FILE_BYTES, {
      message: `a backup of 1 byte to ${MAX_BACKUP_FILE_BYTES} bytes`
    }),
  /** Automatic backups to keep, this one included: older ones are deleted. */
  keep: z.number().int().min(1).max(MAX_KEPT_BACKUPS)
})

/** The names main gives automatic backups (see src/main/services/scheduled-backups.ts); nothing else can be read back. */
export const BACKUP_FILE_NAME = new RegExp(`^frontdesk-auto-\\d{8}-\\d{6}-\\d{3}-(${BACKUP_REASONS.join('|')})(-\\d{1,3})?\\.json\\.gz$`)

export const readBackupRequestSchema = z.object({
  fileName: z.string().max(120).regex(BACKUP_FILE_NAME, { message: 'the name of an automatic backup' })
})

export type FileFilter = z.infer<typeof fileFilterSchema>
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>
export type BackupNowRequest = z.infer<typeof backupNowRequestSchema>
export type ReadBackupRequest = z.infer<typeof readBackupRequestSchema>

export interface AppInfo {
  readonly version: string
  /** Where this installation keeps its data (the browser says which origin holds it). */
  readonly dataFolder: string
  readonly runtime: 'electron' | 'browser'
  readonly isDevelopment: boolean
}

export interface SavedFile {
  /** Where the file went: a full path in the desktop app, the file name in a browser. */
  readonly location: string
}

export interface OpenedFile {
  readonly name: string
  readonly bytes: Uint8Array
}

/** One automatic backup in the data folder. */
export interface BackupEntry {
  readonly fileName: string
  readonly reason: BackupReason
  /** When it was made (ISO instant, from its name). */
  readonly createdAt: string
  readonly bytes: number
}

export interface BackupListing {
  /** Where automatic backups are kept. */
  readonly folder: string
  /** Newest first. */
  readonly entries: readonly BackupEntry[]
  /** No daily backup was made yet on this calendar day (the computer's time zone). */
  readonly dailyDue: boolean
}

/** Channel names; main registers a handler for each and the preload invokes them. */
export { channels, type ChannelName } from './channels'

/** What the renderer can ask of its host, on `window.app` in Electron. */
export interface AppBridge {
  getAppInfo(): Promise<Result<AppInfo>>
  saveFile(request: SaveFileRequest): Promise<Result<SavedFile>>
  openFile(request: OpenFileRequest): Promise<Result<OpenedFile>>
  printToPdf(request: PrintToPdfRequest): Promise<Result<SavedFile>>
  /** Desktop only: writes an automatic backup into the data folder and keeps the newest `keep`. */
  backupNow(request: BackupNowRequest): Promise<Result<BackupEntry>>
  /** Desktop only: the automatic backups in the data folder. */
  listBackups(): Promise<Result<BackupListing>>
  /** Desktop only: one automatic backup's bytes, to restore or merge. */
  readBackup(request: ReadBackupRequest): Promise<Result<OpenedFile>>
}
