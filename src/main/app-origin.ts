import { app } from 'electron'

export const APP_SCHEME = 'app'
export const APP_HOST = 'frontdesk'
/**
 * The renderer's one origin. IndexedDB data belongs to an origin, so this string must
 * never change between releases: a new origin would look to users like lost data.
 */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The renderer dev server while `electron-vite dev` runs, otherwise undefined. A packaged
 * app ignores the variable, so nobody can point an installed copy at another page.
 */
export function rendererDevServerUrl(): string | undefined {
  const url = process.env['ELECTRON_RENDERER_URL']
  return url && !app.isPackaged ? url : undefined
}

/**
 * `scheme://host[:port]`, lower-cased. Node's URL reports the origin of a custom scheme as
 * "null", so it is rebuilt here the way Chromium sees a standard scheme.
 */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}`.toLowerCase()
  } catch {
    return undefined
  }
}

/** Whether `url` belongs to the app itself: app://frontdesk, or the dev server in development. */
export function isAppUrl(url: string | undefined, devServerUrl = rendererDevServerUrl()): boolean {
  if (url === undefined) return false
  const origin = originOf(url)
  if (origin === undefined) return false
  return origin === APP_ORIGIN || (devServerUrl !== undefined && origin === originOf(devServerUrl))
}
