import { useCallback, useState } from 'react'
import type { ExportProblem } from '@shared/export-format/envelope'
import { inspectExportFile, type LoadedExport } from '../../data/repositories/export-file'
import { errorText } from './data-transfer-message'
import { useTransferProgress, type TransferProgress } from './use-transfer-progress'

/** A chosen file on its way to a preview: being read and checked, refused (with why), or ready. */
export type Inspection =
  | { readonly step: 'idle' }
  | { readonly step: 'inspecting'; readonly fileName: string }
  | { readonly step: 'problem'; readonly fileName: string; readonly problem: ExportProblem }
  | { readonly step: 'failed'; readonly fileName: string; readonly message: string }
  | { readonly step: 'ready'; readonly fileName: string; readonly file: LoadedExport }

/** Reads and checks a chosen backup or hand-over file (changing nothing), with progress. */
export function useExportInspection(): {
  readonly inspection: Inspection
  readonly progress: TransferProgress | null
  readonly inspect: (blob: Blob, fileName: string) => Promise<void>
  readonly reset: () => void
} {
  const [inspection, setInspection] = useState<Inspection>({ step: 'idle' })
  const { progress, report, clear } = useTransferProgress()
  const inspect = useCallback(
    async (blob: Blob, fileName: string) => {
      setInspection({ step: 'inspecting', fileName })
      try {
        const result = await inspectExportFile(blob, report)
        setInspection(result.ok ? { step: 'ready', fileName, file: result.file } : { step: 'problem', fileName, problem: result.problem })
      } catch (error) {
        setInspection({ step: 'failed', fileName, message: errorText(error) })
      } finally {
        clear()
      }
    },
    [report, clear]
  )
  const reset = useCallback(() => setInspection({ step: 'idle' }), [])
  return { inspection, progress, inspect, reset }
}
