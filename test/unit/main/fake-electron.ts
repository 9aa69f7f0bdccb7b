/**
 * A stand-in for the parts of the `electron` module the main process uses, for tests that
 * run in plain Node. Use it with `vi.mock('electron', () => import('./fake-electron'))`.
 * It reproduces the behaviour the code relies on (one handler per channel, handlers called
 * with the event first) and records nothing the tests do not assert on.
 */
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown

const invokeListeners = new Map<string, InvokeListener>()

export const ipcMain = {
  handle(channel: string, listener: InvokeListener): void {
    // Electron refuses a second handler for a channel; so does the fake, to catch double registration.
    if (invokeListeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    invokeListeners.set(channel, listener)
  }
}

export interface FakeSender {
  readonly printToPDF?: (options: unknown) => Promise<Uint8Array>
}

export interface FakeInvokeEvent {
  readonly senderFrame: { readonly url: string } | null
  readonly sender: FakeSender
}

/** A call from the app's own page. */
export const appPageEvent = (sender: FakeSender = {}): FakeInvokeEvent => ({
  senderFrame: { url: 'app://frontdesk/index.html' },
  sender
})

export const eventFrom = (url: string): FakeInvokeEvent => ({ senderFrame: { url }, sender: {} })

/** What `ipcRenderer.invoke(channel, ...args)` would get back from the handler main registered. */
export async function invoke(channel: string, event: FakeInvokeEvent, ...args: unknown[]): Promise<unknown> {
  const listener = invokeListeners.get(channel)
  if (listener === undefined) throw new Error(`No handler registered for '${channel}'`)
  return listener(event, ...args)
}

const paths = new Map<string, string>()

export const app = {
  isPackaged: false,
  getVersion: (): string => '9.8.7',
  getPath: (name: string): string => paths.get(name) ?? `/fake-paths/${name}`
}

export function setFakePath(name: string, path: string): void {
  paths.set(name, path)
}

export const dialog = {
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath: string }>>(),
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>()
}

interface Bounds {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Remembers the options it was built with and what was done to it, and emits events when a test says so. */
export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = []
  static fromWebContents(): null {
    return null
  }

  readonly loadedUrls: string[] = []
  isShown = false
  private maximized = false

  constructor(readonly options: Partial<Bounds> & Readonly<Record<string, unknown>>) {
    super()
    BrowserWindow.created.push(this)
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url)
    return Promise.resolve()
  }
  show(): void {
    this.isShown = true
  }
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isDestroyed(): boolean {
    return false
  }
  getNormalBounds(): Bounds {
    const { x = 0, y = 0, width = 0, height = 0 } = this.options
    return { x, y, width, height }
  }
}

/** Displays as work areas, primary first. */
let displays: readonly Bounds[] = [{ x: 0, y: 0, width: 1920, height: 1040 }]

export function setFakeDisplays(workAreas: readonly Bounds[]): void {
  displays = workAreas
}

export const screen = {
  getPrimaryDisplay: () => ({ workArea: displays[0] }),
  getAllDisplays: () => displays.map((workArea) => ({ workArea }))
}

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn()
}

export function resetFakeElectron(): void {
  invokeListeners.clear()
  paths.clear()
  app.isPackaged = false
  BrowserWindow.created.length = 0
  displays = [{ x: 0, y: 0, width: 1920, height: 1040 }]
  dialog.showSaveDialog.mockReset()
  dialog.showOpenDialog.mockReset()
  protocol.registerSchemesAsPrivileged.mockReset()
  protocol.handle.mockReset()
}
