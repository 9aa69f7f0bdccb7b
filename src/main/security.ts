import type { Session, WebContents } from 'electron'
import { isAppUrl, originOf, rendererDevServerUrl } from './app-origin'

/**
 * The page may load only what the app itself ships. In development two holes open, and
 * only towards the local dev server: @vitejs/plugin-react injects an inline React Refresh
 * preamble, and Vite's hot reload talks over a WebSocket.
 */
export function contentSecurityPolicy(devServerUrl = rendererDevServerUrl()): string {
  const devOrigin = devServerUrl === undefined ? undefined : originOf(devServerUrl)
  const devScripts = devOrigin === undefined ? [] : ["'unsafe-inline'"]
  const devConnections = devOrigin === undefined ? [] : [devOrigin, devOrigin.replace(/^http/, 'ws')]
  const directives: readonly (readonly string[])[] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...devScripts],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...devConnections],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"]
  ]
  return directives.map((directive) => directive.join(' ')).join('; ')
}

export type ResponseHeaders = Readonly<Record<string, readonly string[]>>

/** The response headers with our policy in place of any the server sent (header names are case-insensitive). */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined, policy: string): Record<string, string[]> {
  const others = Object.entries(headers ?? {})
    .filter(([name]) => name.toLowerCase() !== 'content-security-policy')
    .map(([name, values]) => [name, [...values]] as const)
  return { ...Object.fromEntries(others), 'Content-Security-Policy': [policy] }
}

/** CSP on every response (the dev server's too), and no permission but clipboard writing: an offline form app needs no camera, location or notifications. */
export function hardenSession(session: Session): void {
  const policy = contentSecurityPolicy()
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) })
  })
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl))
  )
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin)
  )
}

/**
 * The one permission the app's own pages get: writing plain text to the clipboard (copy an
 * error report, a phrase, a complaint number). Chromium checks it before every
 * `navigator.clipboard.writeText`; reading the clipboard stays denied.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl)
}

/** Keeps every page on the app's own origin: no navigation or redirect away, no new windows, no <webview>. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
