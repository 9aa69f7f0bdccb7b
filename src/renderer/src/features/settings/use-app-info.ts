import { useEffect, useState } from 'react'
import type { AppInfo } from '@shared/ipc/contract'
import { platform } from '../../platform/bridge'

/** The host's app info, or null until it answers (or if it could not). */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    void platform.getAppInfo().then((result) => {
      if (result.ok) setInfo(result.value)
    })
  }, [])
  return info
}
