import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildWebPreferences, createMainWindow } from '../../../src/main/window'
import { BrowserWindow, resetFakeElectron, setFakeDisplays, setFakePath } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

describe('buildWebPreferences', () => {
  it('isolates and sandboxes the page, with no Node anywhere', () => {
    expect(buildWebPreferences()).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
  })

  it('loads the built preload next to the main bundle', () => {
    const { preload } = buildWebPreferences()

    expect(preload !== undefined && isAbsolute(preload)).toBe(true)
    expect(preload?.endsWith(join('preload', 'index.js'))).toBe(true)
  })
})

describe('createMainWindow', () => {
  let userData: string

  beforeEach(async () => {
    resetFakeElectron()
    userData = await mkdtemp(join(tmpdir(), 'frontdesk-window-'))
    setFakePath('userData', userData)
  })

  afterEach(() => rm(userData, { recursive: true, force: true }))

  const stateFile = (): string => join(userData, 'window-state.json')

  it('opens the app page hidden, with the hardened preferences, and shows it once it can paint', async () => {
    await createMainWindow(undefined)
    const [window] = BrowserWindow.created

    expect(window?.options).toMatchObject({ show: false, width: 1280, height: 800, webPreferences: buildWebPreferences() })
    expect(window?.loadedUrls).toEqual(['app://frontdesk/index.html'])
    expect(window?.isShown).toBe(false)
    window?.emit('ready-to-show')
    expect(window?.isShown).toBe(true)
  })

  it('opens the dev server page while developing', async () => {
    await createMainWindow('http://localhost:5173')

    expect(BrowserWindow.created[0]?.loadedUrls).toEqual(['http://localhost:5173'])
  })

  it('comes back where it was left, on a display that still exists, maximized if it was', async () => {
    await writeFile(stateFile(), JSON.stringify({ bounds: { x: 2500, y: 100, width: 1000, height: 700 }, isMaximized: true }))
    setFakeDisplays([{ x: 0, y: 0, width: 1920, height: 1040 }])

    await createMainWindow(undefined)
    const [window] = BrowserWindow.created
    window?.emit('ready-to-show')

    expect(window?.options).toMatchObject({ x: 460, y: 170, width: 1000, height: 700 })
    expect(window?.isMaximized()).toBe(true)
  })

  it('remembers its bounds when it closes', async () => {
    await writeFile(stateFile(), JSON.stringify({ bounds: { x: 10, y: 20, width: 1100, height: 650 }, isMaximized: false }))
    await createMainWindow(undefined)

    BrowserWindow.created[0]?.emit('close')

    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(stateFile(), 'utf8'))).toEqual({
        bounds: { x: 10, y: 20, width: 1100, height: 650 },
        isMaximized: false
      })
    )
  })
})
