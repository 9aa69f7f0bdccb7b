/**
 * Saving what a report shows: a table as CSV or XLSX, a chart as PNG, the page as PDF, through
 * the platform bridge (a save dialog in the desktop app, a download in a browser).
 */
import type { FileFilter, SavedFile } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/result'
import { platform } from '../../platform/bridge'

/** A name the save dialog accepts: no folder separators or characters Windows reserves, and not too long. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|]/g, '-')
    .split('')
    .filter((char) => char.charCodeAt(0) >= 0x20)
    .join('')
    .trim()
  return Array.from(cleaned || 'report').slice(0, 180).join('')
}

export type ExportKind = 'csv' | 'xlsx' | 'png'

const FILTERS: Readonly<Record<ExportKind, FileFilter>> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  png: { name: 'PNG', extensions: ['png'] }
}

export function saveExport(kind: ExportKind, baseName: string, content: string | Uint8Array<ArrayBuffer>): Promise<Result<SavedFile>> {
  return platform.saveFile({ suggestedName: `${safeFileName(baseName)}.${kind}`, content, filters: [FILTERS[kind]] })
}
