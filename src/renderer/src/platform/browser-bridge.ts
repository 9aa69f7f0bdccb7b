/**
 * The same AppBridge as the Electron preload, for when the renderer runs in a plain
 * browser (`npm run web`, the end-to-end tests, or a machine without the Electron
 * runtime): a download instead of a save dialog, a file picker, and the browser's
 * own print dialog (where "Save as PDF" is one of the printers).
 */
import type { AppBridge, FileFilter, OpenedFile } from '@shared/ipc/contract'
import { MAX_OPEN_FILE_BYTES } from '@shared/ipc/limits'
import { fail, ok, type Result } from '@shared/ipc/result'

const DESKTOP_ONLY = 'Automatic backups need the desktop app; in a browser, make a backup by hand (it downloads a file).'

export const browserBridge = {
  async getAppInfo() {
    return ok({
      version: __APP_VERSION__,
      dataFolder: `${window.location.origin} (IndexedDB)`,
      runtime: 'browser',
      isDevelopment: import.meta.env.DEV
    })
  },

  async saveFile({ suggestedName, content }) {
    const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)])
    const url = URL.createObjectURL(blob)
    try {
      const link = document.createElement('a')
      link.href = url
      link.download = suggestedName
      link.click()
    } finally {
      // The click starts the download synchronously; the URL can go on the next turn.
      setTimeout(() => URL.revokeObjectURL(url), 0)
    }
    return ok({ location: suggestedName })
  },

  openFile({ filters, maxBytes = MAX_OPEN_FILE_BYTES }) {
    return pickFile(filters ?? []).then(async (file): Promise<Result<OpenedFile>> => {
      if (!file) return fail('cancelled', 'No file was chosen.')
      if (file.size > maxBytes) {
        return fail('too-large', `${file.name} is ${file.size} bytes; the limit is ${maxBytes} bytes.`)
      }
      return ok({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    })
  },

  async printToPdf() {
    window.print()
    return ok({ location: '' })
  },

  // A browser has no data folder to keep backups in: the page says so, and offers the manual backup (a download).
  backupNow: async () => fail('unavailable', DESKTOP_ONLY),
  listBackups: async () => fail('unavailable', DESKTOP_ONLY),
  readBackup: async () => fail('unavailable', DESKTOP_ONLY)
} satisfies AppBridge

function pickFile(filters: readonly FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',')
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => resolve(null), { once: true })
    input.click()
  })
}
