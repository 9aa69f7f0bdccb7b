import type { AppBridge } from '@shared/ipc/contract'
import { browserBridge } from './browser-bridge'

/** Electron's preload bridge when there is one, otherwise the browser fallback. */
export const platform: AppBridge = window.app ?? browserBridge

export const isDesktopApp = (): boolean => window.app !== undefined
