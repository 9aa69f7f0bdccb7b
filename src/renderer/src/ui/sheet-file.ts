/** A sheet's CSV or XLSX file, made in a worker so the page stays responsive while a big one is made. */
import type { SheetTable } from '@shared/domain/sheet-export'
import type { FileFilter } from '@shared/ipc/contract'
import { buildSheetFile, type SheetFileContent, type SheetFormat } from './sheet-file-build'
import type { SheetFileReply, SheetFileRequest } from './sheet-file.worker'

export { SHEET_FORMATS, type SheetFileContent, type SheetFormat } from './sheet-file-build'

/** What a save dialog offers for each format. */
export const SHEET_FILE_FILTERS: Readonly<Record<SheetFormat, FileFilter>> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] }
}

/**
 * The file's content, made in a worker. Where no worker can start (a test runner, a page whose
 * policy refuses it) the page makes it itself: the same file, only the page is busier meanwhile.
 */
export function sheetFileContent(format: SheetFormat, table: SheetTable): Promise<SheetFileContent> {
  if (typeof Worker === 'undefined') return buildSheetFile(format, table)
  return new Promise((resolve, reject) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./sheet-file.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      resolve(buildSheetFile(format, table))
      return
    }
    worker.addEventListener('message', (event: MessageEvent<SheetFileReply>) => {
      worker.terminate()
      if (event.data.ok) resolve(event.data.content)
      else reject(new Error(event.data.message))
    })
    // The worker could not load or run: the page does the work instead.
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      worker.terminate()
      resolve(buildSheetFile(format, table))
    })
    worker.postMessage({ format, table } satisfies SheetFileRequest)
  })
}
