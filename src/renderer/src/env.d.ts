/// <reference types="vite/client" />
import type { AppBridge } from '@shared/ipc/contract'

declare global {
  /** Set by the Electron preload; absent when the renderer runs in a plain browser. */
  interface Window {
    readonly app?: AppBridge
  }
  /** package.json's version, injected at build time. */
  const __APP_VERSION__: string
}
