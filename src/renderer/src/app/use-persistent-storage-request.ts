import { useEffect } from 'react'
import { isDesktopApp } from '../platform/bridge'
import { requestPersistentStorage } from '../platform/storage-persistence'

/** In a browser, ask once per start for persistent storage so the shop's data is not evicted. */
export function usePersistentStorageRequest(): void {
  useEffect(() => {
    if (!isDesktopApp()) void requestPersistentStorage()
  }, [])
}
