import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SheetTable } from '@shared/domain/sheet-export'
import type { SavedFile } from '@shared/ipc/contract'
import { fail, type Result } from '@shared/ipc/result'
import { platform } from '../platform/bridge'
import { fileNamePart } from './file-name-part'
import { SHEET_FILE_FILTERS, sheetFileContent, type SheetFileContent, type SheetFormat } from './sheet-file'
import { useToastStore } from './toast-store'
import { useSaveOutcome } from './use-save-outcome'

export interface SheetExportProgress {
  /** Reading records and making rows (counted), then writing the file (one step). */
  readonly phase: 'reading' | 'writing'
  readonly done: number
  readonly total: number
}

/** Makes the sheet, telling how far it got; the repositories' make…Sheet functions do this. */
export type SheetMaker = (onProgress: (done: number, total: number) => void) => Promise<SheetTable>

export interface SheetExport {
  /** The format being exported, or null when idle. */
  readonly running: SheetFormat | null
  readonly progress: SheetExportProgress | null
  readonly exportSheet: (format: SheetFormat, baseName: string, make: SheetMaker) => Promise<void>
}

/** Saves where the user chooses (desktop: a save dialog) or as a download (browser). */
const saveSheetFile = (format: SheetFormat, baseName: string, content: SheetFileContent): Promise<Result<SavedFile>> =>
  platform.saveFile({ suggestedName: `${fileNamePart(baseName)}.${format}`, content, filters: [SHEET_FILE_FILTERS[format]] })

/**
 * One export at a time: read the records, write the file, save it where the user chooses (a
 * download in a browser), and say how it went in the toast. Nothing to export is said, not saved.
 */
export function useSheetExport(): SheetExport {
  const { t } = useTranslation()
  const reportOutcome = useSaveOutcome()
  const showToast = useToastStore((state) => state.show)
  const [running, setRunning] = useState<SheetFormat | null>(null)
  const [progress, setProgress] = useState<SheetExportProgress | null>(null)
  // A second click while a file is being made must not start another.
  const busy = useRef(false)
  const exportSheet = useCallback(
    async (format: SheetFormat, baseName: string, make: SheetMaker) => {
      if (busy.current) return
      busy.current = true
      setRunning(format)
      try {
        const table = await make((done, total) => setProgress({ phase: 'reading', done, total }))
        if (table.rows.length === 0) {
          showToast({ message: t('spreadsheetExport.nothing') })
          return
        }
        setProgress({ phase: 'writing', done: 0, total: table.rows.length })
        reportOutcome(await saveSheetFile(format, baseName, await sheetFileContent(format, table)))
      } catch (error) {
        // Reading or making the file failed, before the bridge: said the same way as a failed save.
        reportOutcome(fail('internal', error instanceof Error ? error.message : String(error)))
      } finally {
        busy.current = false
        setRunning(null)
        setProgress(null)
      }
    },
    [reportOutcome, showToast, t]
  )
  return { running, progress, exportSheet }
}
