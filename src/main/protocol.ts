import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve } from 'node:path'
import { APP_HOST, APP_SCHEME } from './app-origin'
import { contentSecurityPolicy } from './security'

/**
 * Must run before the app is ready. `standard` gives app:// real origins (so IndexedDB and
 * relative URLs work), `secure` makes it a secure context, `supportFetchAPI` lets the page
 * fetch its own files.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Serves the built renderer (`rendererRoot`) at app://frontdesk/. */
export function serveRendererOverAppScheme(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => serveRendererRequest(rendererRoot, request.url))
}

export type RendererFileLookup =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'refused'; readonly status: 403 | 404; readonly reason: string }

const refuse = (status: 403 | 404, reason: string): RendererFileLookup => ({ kind: 'refused', status, reason })

/**
 * The file inside `rendererRoot` that `requestUrl` names, or why it is refused. Chromium
 * normalises URLs before they get here, but this does not rely on it: the path is decoded
 * first, then every segment that could climb out of the folder or change its meaning on
 * some file system is refused, and the result is checked to still lie inside the folder.
 */
export function resolveRendererFile(rendererRoot: string, requestUrl: string): RendererFileLookup {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return refuse(404, 'not a URL')
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return refuse(404, 'not an app:// URL')
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return refuse(404, 'malformed percent-encoding')
  }
  // Backslashes are separators on Windows, NUL ends a path in C, and ':' names a drive or an NTFS stream.
  if (/[\\\0:]/.test(path)) return refuse(403, 'forbidden character in path')
  const segments = path.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => segment === '.' || segment === '..')) return refuse(403, 'path leaves the app folder')
  const root = resolve(rendererRoot)
  const file = resolve(root, ...(segments.length === 0 ? ['index.html'] : segments))
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return refuse(403, 'path leaves the app folder')
  return { kind: 'file', path: file }
}

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm'
}

export function mimeTypeOf(path: string): string {
  return mimeTypes[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

const missingFileCodes: ReadonlySet<string> = new Set(['ENOENT', 'ENOTDIR', 'EISDIR'])

export async function serveRendererRequest(rendererRoot: string, requestUrl: string): Promise<Response> {
  const lookup = resolveRendererFile(rendererRoot, requestUrl)
  if (lookup.kind === 'refused') return textResponse(lookup.status, lookup.reason)
  try {
    const body = await readFile(lookup.path)
    return new Response(body, { status: 200, headers: headersFor(mimeTypeOf(lookup.path)) })
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined
    return typeof code === 'string' && missingFileCodes.has(code) ? textResponse(404, 'not found') : textResponse(500, 'could not read the file')
  }
}

function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: headersFor('text/plain; charset=utf-8') })
}

function headersFor(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff'
  }
}
