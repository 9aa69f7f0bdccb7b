/*
 * Makes a sheet's file away from the page: exceljs spends seconds of unbroken work on a sheet of
 * 100,000 rows, and even the CSV of so many takes a second, which on the page's own thread would
 * freeze it (no busy text, no scrolling).
 */
import type { SheetTable } from '@shared/domain/sheet-export'
import { buildSheetFile, type SheetFileContent, type SheetFormat } from './sheet-file-build'

export interface SheetFileRequest {
  readonly format: SheetFormat
  readonly table: SheetTable
}

export type SheetFileReply = { readonly ok: true; readonly content: SheetFileContent } | { readonly ok: false; readonly message: string }

addEventListener('message', (event: MessageEvent<SheetFileRequest>) => {
  buildSheetFile(event.data.format, event.data.table).then(
    (content) => postMessage({ ok: true, content } satisfies SheetFileReply, { transfer: typeof content === 'string' ? [] : [content.buffer] }),
    (error: unknown) => postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies SheetFileReply)
  )
})
