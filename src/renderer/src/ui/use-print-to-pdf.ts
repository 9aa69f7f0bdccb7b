import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PrintToPdfRequest } from '@shared/ipc/contract'
import { platform } from '../platform/bridge'
import { useToastStore } from './toast-store'

/**
 * Prints the page on screen: a saved PDF in the desktop app (said in a toast, with where it
 * went), the browser's own print dialog otherwise. `printing` is true while it runs, to keep
 * a second click from printing twice.
 */
export function usePrintToPdf(): { readonly print: (request: PrintToPdfRequest) => Promise<void>; readonly printing: boolean } {
  const { t } = useTranslation()
  const showToast = useToastStore((state) => state.show)
  const [printing, setPrinting] = useState(false)
  const print = async (request: PrintToPdfRequest) => {
    setPrinting(true)
    try {
      const result = await platform.printToPdf(request)
      // The browser's dialog reports nothing back (no location); a cancelled save dialog needs no word either.
      if (result.ok && result.value.location !== '') {
        showToast({ message: t('common.printSaved', { location: result.value.location }) })
      } else if (!result.ok && result.error.code !== 'cancelled') {
        showToast({ message: t('common.printFailed', { message: result.error.message }) })
      }
    } finally {
      setPrinting(false)
    }
  }
  return { print, printing }
}
