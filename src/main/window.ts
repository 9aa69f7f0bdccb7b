import { app, BrowserWindow, screen, type WebPreferences } from 'electron'
import { join } from 'node:path'
import { APP_ENTRY_URL } from './app-origin'
import { fitToWorkAreas, loadWindowState, saveWindowState } from './services/window-state'

const defaultSize = { width: 1280, height: 800 } as const
const minimumSize = { minWidth: 960, minHeight: 600 } as const
/** Moving or resizing fires many events; the state is written once the window settles. */
const saveDelayMs = 500

/** The renderer gets no Node and no Electron: only what the sandboxed preload hands it. */
export function buildWebPreferences(): WebPreferences {
  return {
    preload: join(__dirname, '../preload/index.js'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false
  }
}

/** Opens the main window where the user left it, showing it once its first paint is ready. */
export async function createMainWindow(devServerUrl: string | undefined): Promise<BrowserWindow> {
  const stateFile = join(app.getPath('userData'), 'window-state.json')
  const saved = await loadWindowState(stateFile)
  // Primary first, as fitToWorkAreas expects; listing it twice does no harm.
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea)
  const window = new BrowserWindow({
    ...(saved ? fitToWorkAreas(saved.bounds, workAreas) : defaultSize),
    ...minimumSize,
    show: false,
    autoHideMenuBar: true,
    webPreferences: buildWebPreferences()
  })
  window.once('ready-to-show', () => {
    if (saved?.isMaximized) window.maximize()
    window.show()
  })
  rememberWindowState(window, stateFile)
  window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => console.error('The app page did not load', error))
  return window
}

function rememberWindowState(window: BrowserWindow, stateFile: string): void {
  let pending: NodeJS.Timeout | undefined
  const save = (): void => {
    clearTimeout(pending)
    if (window.isDestroyed()) return
    saveWindowState(stateFile, { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() }).catch(
      (error: unknown) => console.error('Could not remember the window position', error)
    )
  }
  const saveSoon = (): void => {
    clearTimeout(pending)
    pending = setTimeout(save, saveDelayMs)
  }
  window.on('resize', saveSoon)
  window.on('move', saveSoon)
  window.on('maximize', save)
  window.on('unmaximize', save)
  // The last write may not finish if the app quits right after; the debounced saves before it already hold the bounds.
  window.on('close', save)
}
