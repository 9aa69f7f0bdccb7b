import { useState } from 'react'
import type { PrintToPdfRequest } from '@shared/ipc/contract'
import { platform } from '../platform/bridge'
import { useSaveOutcome } from './use-save-outcome'

/**
 * Prints the page on screen: a saved PDF in the desktop app (said in a toast, with where it
 * went), the browser's own print dialog otherwise. `printing` is true while it runs, to keep
 * a second click from printing twice.
 */
export function usePrintToPdf(): { readonly print: (request: PrintToPdfRequest) => Promise<void>; readonly printing: boolean } {
  const reportOutcome = useSaveOutcome()
  const [printing, setPrinting] = useState(false)
  const print = async (request: PrintToPdfRequest) => {
    setPrinting(true)
    try {
      reportOutcome(await platform.printToPdf(request))
    } finally {
      setPrinting(false)
    }
  }
  return { print, printing }
}
