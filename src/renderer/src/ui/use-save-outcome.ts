import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { SavedFile } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/result'
import { useToastStore } from './toast-store'

/** Says how a save or print went: where the file went, or why it did not; a cancelled dialog needs no word. */
export function useSaveOutcome(): (result: Result<SavedFile>) => void {
  const { t } = useTranslation()
  const showToast = useToastStore((state) => state.show)
  return useCallback(
    (result: Result<SavedFile>) => {
      // The browser's print dialog reports nothing back (no location).
      if (result.ok && result.value.location !== '') showToast({ message: t('common.saved', { location: result.value.location }) })
      else if (!result.ok && result.error.code !== 'cancelled') showToast({ message: t('common.failed', { message: result.error.message }) })
    },
    [showToast, t]
  )
}
