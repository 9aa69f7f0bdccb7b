import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  mimeTypeOf,
  registerAppSchemeAsPrivileged,
  resolveRendererFile,
  serveRendererRequest
} from '../../../src/main/protocol'
import { protocol, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

const root = join(sep, 'opt', 'frontdesk', 'renderer')

describe('resolveRendererFile', () => {
  it.each([
    ['app://frontdesk/', 'index.html'],
    ['app://frontdesk', 'index.html'],
    ['app://frontdesk/index.html', 'index.html'],
    ['app://frontdesk/index.html?lang=en#/customers', 'index.html'],
    ['app://frontdesk/assets/index-4f2a.js', join('assets', 'index-4f2a.js')],
    ['app://frontdesk/assets/%E5%89%8D%E5%8F%B0.svg', join('assets', '前台.svg')],
    ['app://FRONTDESK/index.html', 'index.html']
  ])('maps %s inside the renderer folder', (url, expected) => {
    expect(resolveRendererFile(root, url)).toEqual({ kind: 'file', path: join(root, expected) })
  })

  it.each([
    ['another host', 'app://evil/index.html'],
    ['the app host with a port', 'app://frontdesk:1234/index.html'],
    ['another scheme', 'file:///opt/frontdesk/renderer/index.html'],
    ['an http URL with the app host', 'http://frontdesk/index.html'],
    ['something that is not a URL', '../../etc/passwd'],
    ['broken percent-encoding', 'app://frontdesk/%E5%89']
  ])('answers 404 for %s', (_name, url) => {
    expect(resolveRendererFile(root, url)).toMatchObject({ kind: 'refused', status: 404 })
  })

  it.each([
    ['an encoded parent folder with an encoded slash', 'app://frontdesk/assets/..%2f..%2fsecret.txt'],
    ['an encoded parent folder at the start', 'app://frontdesk/..%2Fsecret.txt'],
    ['mixed-case encoded dots and slash', 'app://frontdesk/%2E%2e%2fsecret.txt'],
    ['a literal backslash', 'app://frontdesk/assets\\..\\..\\secret.txt'],
    ['an encoded backslash', 'app://frontdesk/..%5c..%5csecret.txt'],
    ['a null byte', 'app://frontdesk/index.html%00.png'],
    ['a Windows drive path', 'app://frontdesk/C:/Windows/win.ini'],
    ['an encoded absolute Windows path', 'app://frontdesk/C%3A%5CWindows%5Cwin.ini'],
    ['an NTFS stream name', 'app://frontdesk/index.html::$DATA'],
    ['an encoded current folder', 'app://frontdesk/%2e%2Fsecret.txt']
  ])('answers 403 for %s', (_name, url) => {
    expect(resolveRendererFile(root, url)).toMatchObject({ kind: 'refused', status: 403 })
  })

  it('keeps dot segments the URL parser already folded inside the folder', () => {
    for (const url of ['app://frontdesk/../../../etc/passwd', 'app://frontdesk/%2e%2e/%2e%2e/etc/passwd', 'app://frontdesk//etc/passwd']) {
      expect(resolveRendererFile(root, url)).toEqual({ kind: 'file', path: join(root, 'etc', 'passwd') })
    }
  })

  it('never resolves to a path outside the renderer folder, whatever the path', () => {
    const piece = fc.constantFrom('..', '.', '%2e', '%2E', '%2f', '%2F', '%5c', '\\', '/', '%00', ':', 'C:', 'a', 'index.html', '%25', '%')
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 12 }), (pieces) => {
        const lookup = resolveRendererFile(root, `app://frontdesk/${pieces.join('')}`)
        if (lookup.kind === 'file') {
          const inside = relative(root, lookup.path)
          expect(inside).not.toBe('')
          expect(inside.split(sep)).not.toContain('..')
        }
      }),
      { numRuns: 2000 }
    )
  })
})

describe('serveRendererRequest', () => {
  let folder: string
  let rendererRoot: string

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'frontdesk-protocol-'))
    rendererRoot = join(folder, 'renderer')
    await mkdir(join(rendererRoot, 'assets'), { recursive: true })
    await writeFile(join(rendererRoot, 'index.html'), '<!doctype html><title>FrontDesk 前台</title>')
    await writeFile(join(rendererRoot, 'assets', 'app.js'), 'console.log(1)')
    await writeFile(join(folder, 'secret.txt'), 'the secret next to the app folder')
  })

  afterAll(() => rm(folder, { recursive: true, force: true }))

  it('serves the entry page with its type and the content security policy', async () => {
    const response = await serveRendererRequest(rendererRoot, 'app://frontdesk/index.html')

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe('<!doctype html><title>FrontDesk 前台</title>')
  })

  it('serves a script as JavaScript', async () => {
    const response = await serveRendererRequest(rendererRoot, 'app://frontdesk/assets/app.js')

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('console.log(1)')
  })

  it.each(['app://frontdesk/missing.js', 'app://frontdesk/assets', 'app://frontdesk/index.html/x'])('answers 404 for %s', async (url) => {
    const response = await serveRendererRequest(rendererRoot, url)

    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).not.toBeNull()
  })

  it.each([
    'app://frontdesk/../secret.txt',
    'app://frontdesk/%2e%2e/secret.txt',
    'app://frontdesk/..%2fsecret.txt',
    'app://frontdesk/assets/..%2f..%2fsecret.txt',
    'app://frontdesk/..%5csecret.txt'
  ])('does not serve the file next to the app folder for %s', async (url) => {
    const response = await serveRendererRequest(rendererRoot, url)

    expect([403, 404]).toContain(response.status)
    expect(await response.text()).not.toContain('secret')
  })

  it("does not serve a file named by its absolute path", async () => {
    const response = await serveRendererRequest(rendererRoot, `app://frontdesk/${encodeURIComponent(join(folder, 'secret.txt'))}`)

    expect([403, 404]).toContain(response.status)
    expect(await response.text()).not.toContain('secret')
  })
})

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['style.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['data.bin', 'application/octet-stream'],
    ['LICENSE', 'application/octet-stream']
  ])('%s is %s', (file, type) => {
    expect(mimeTypeOf(file)).toBe(type)
  })
})

describe('registerAppSchemeAsPrivileged', () => {
  beforeEach(resetFakeElectron)

  it('makes app:// a standard, secure scheme that fetch can use, without bypassing the CSP', () => {
    registerAppSchemeAsPrivileged()

    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
  })
})
