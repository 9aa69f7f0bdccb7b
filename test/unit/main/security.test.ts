import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy, hardenSession, hardenWebContents, withContentSecurityPolicy } from '../../../src/main/security'

vi.mock('electron', () => import('./fake-electron'))

afterEach(() => vi.unstubAllEnvs())

const directivesOf = (policy: string): Map<string, string[]> =>
  new Map(policy.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/)
    return [name, sources]
  }))

describe('contentSecurityPolicy', () => {
  it('allows only the app itself in production', () => {
    const directives = directivesOf(contentSecurityPolicy())

    expect(Object.fromEntries(directives)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"]
    })
  })

  it('opens the dev server, and only it, while developing', () => {
    const directives = directivesOf(contentSecurityPolicy('http://localhost:5173/'))

    expect(directives.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173'])
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
  })

  it('takes the dev server from electron-vite', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://127.0.0.1:5174')

    expect(contentSecurityPolicy()).toContain('connect-src \'self\' http://127.0.0.1:5174 ws://127.0.0.1:5174')
  })
})

describe('withContentSecurityPolicy', () => {
  it('replaces a policy the server sent, whatever the case of its name, and keeps the other headers', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] },
      "default-src 'self'"
    )

    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] })
  })

  it('adds the policy when the response had no headers', () => {
    expect(withContentSecurityPolicy(undefined, "default-src 'self'")).toEqual({
      'Content-Security-Policy': ["default-src 'self'"]
    })
  })
})

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void
) => void
type RequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string }
) => void
type CheckHandler = (webContents: unknown, permission: string, origin: string) => boolean

function fakeSession() {
  const captured: { headers?: HeadersListener; request?: RequestHandler; check?: CheckHandler } = {}
  const session = {
    webRequest: { onHeadersReceived: (listener: HeadersListener) => (captured.headers = listener) },
    setPermissionRequestHandler: (handler: RequestHandler) => (captured.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (captured.check = handler)
  }
  return { session: session as unknown as Session, captured }
}

describe('hardenSession', () => {
  const permissions = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']

  it.each(permissions)('denies a request for %s', (permission) => {
    const { session, captured } = fakeSession()
    hardenSession(session)
    const callback = vi.fn()

    captured.request?.({}, permission, callback, { requestingUrl: 'app://frontdesk/index.html' })

    expect(callback).toHaveBeenCalledExactlyOnceWith(false)
  })

  it.each(permissions)('answers a check for %s with no', (permission) => {
    const { session, captured } = fakeSession()
    hardenSession(session)

    expect(captured.check?.(null, permission, 'app://frontdesk')).toBe(false)
  })

  it('lets only the app itself write to the clipboard', () => {
    const { session, captured } = fakeSession()
    hardenSession(session)
    const granted = vi.fn()
    const refused = vi.fn()

    captured.request?.({}, 'clipboard-sanitized-write', granted, { requestingUrl: 'app://frontdesk/index.html' })
    captured.request?.({}, 'clipboard-sanitized-write', refused, { requestingUrl: 'https://example.com/' })

    expect(granted).toHaveBeenCalledExactlyOnceWith(true)
    expect(refused).toHaveBeenCalledExactlyOnceWith(false)
    expect(captured.check?.(null, 'clipboard-sanitized-write', 'app://frontdesk')).toBe(true)
    expect(captured.check?.(null, 'clipboard-sanitized-write', 'file://')).toBe(false)
  })

  it('puts the content security policy on every response', () => {
    const { session, captured } = fakeSession()
    hardenSession(session)
    const callback = vi.fn()

    captured.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback)

    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy()] }
    })
  })
})

class FakeWebContents extends EventEmitter {
  openHandler: (() => { action: string }) | undefined
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.openHandler = handler
  }
}

function hardenedContents(): FakeWebContents {
  const contents = new FakeWebContents()
  hardenWebContents(contents as unknown as WebContents)
  return contents
}

function attempt(contents: FakeWebContents, eventName: 'will-navigate' | 'will-redirect', url: string): boolean {
  const event = { url, preventDefault: vi.fn() }
  contents.emit(eventName, event)
  return event.preventDefault.mock.calls.length === 0
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'] as const)('%s stays on the app origin', (eventName) => {
    const contents = hardenedContents()

    expect(attempt(contents, eventName, 'app://frontdesk/index.html#/customers')).toBe(true)
    expect(attempt(contents, eventName, 'https://example.com/')).toBe(false)
    expect(attempt(contents, eventName, 'file:///etc/passwd')).toBe(false)
    expect(attempt(contents, eventName, 'app://frontdesk.example.com/')).toBe(false)
    expect(attempt(contents, eventName, 'http://localhost:5173/')).toBe(false)
  })

  it('lets the page reach the dev server while developing', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    const contents = hardenedContents()

    expect(attempt(contents, 'will-navigate', 'http://localhost:5173/index.html')).toBe(true)
    expect(attempt(contents, 'will-navigate', 'http://localhost:5174/')).toBe(false)
  })

  it('opens no new windows', () => {
    const contents = hardenedContents()

    expect(contents.openHandler?.()).toEqual({ action: 'deny' })
  })

  it('attaches no <webview>', () => {
    const contents = hardenedContents()
    const event = { preventDefault: vi.fn() }

    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com' })

    expect(event.preventDefault).toHaveBeenCalled()
  })
})
