import { useCallback, useState } from 'react'
import type { TransferPhase } from '../../data/repositories/export-file'

export interface TransferProgress {
  readonly phase: TransferPhase
  readonly done: number
  readonly total: number
}

/** The progress of one long import or export, for DataTransferProgress; `report` is the listener to pass down. */
export function useTransferProgress(): {
  readonly progress: TransferProgress | null
  readonly report: (phase: TransferPhase, done: number, total: number) => void
  readonly clear: () => void
} {
  const [progress, setProgress] = useState<TransferProgress | null>(null)
  const report = useCallback((phase: TransferPhase, done: number, total: number) => setProgress({ phase, done, total }), [])
  const clear = useCallback(() => setProgress(null), [])
  return { progress, report, clear }
}
