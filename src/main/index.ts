import { app, BrowserWindow, session } from 'electron'
import { join } from 'node:path'
import { rendererDevServerUrl } from './app-origin'
import { registerAppInfoHandler } from './ipc/app-info'
import { registerBackupHandlers } from './ipc/backups'
import { registerFileHandlers } from './ipc/files'
import { registerPrintHandler } from './ipc/print'
import { registerAppSchemeAsPrivileged, serveRendererOverAppScheme } from './protocol'
import { hardenSession, hardenWebContents } from './security'
import { createMainWindow } from './window'

const devServerUrl = rendererDevServerUrl()

// Development gets its own data folder so trying things out never touches real records.
// This must happen before the single-instance lock, which lives in that folder: a dev
// copy and an installed copy can then run side by side. An explicit --user-data-dir
// (which Electron itself honours, and the smoke test uses) wins.
if (!app.commandLine.hasSwitch('user-data-dir')) {
  app.setPath('userData', join(app.getPath('appData'), devServerUrl ? 'FrontDesk-dev' : 'FrontDesk'))
}
registerAppSchemeAsPrivileged()

if (app.requestSingleInstanceLock()) {
  start()
} else {
  app.quit()
}

function start(): void {
  let mainWindow: BrowserWindow | undefined

  const openMainWindow = async (): Promise<void> => {
    mainWindow = await createMainWindow(devServerUrl)
    mainWindow.on('closed', () => {
      mainWindow = undefined
    })
  }

  app.on('second-instance', () => {
    if (mainWindow === undefined) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession)
      serveRendererOverAppScheme(join(__dirname, '../renderer'))
      registerAppInfoHandler()
      registerFileHandlers()
      registerPrintHandler()
      registerBackupHandlers()
      await openMainWindow()
      // macOS keeps the app running with no window; clicking the dock icon opens one again.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow().catch(reportStartFailure)
      })
    })
    .catch(reportStartFailure)
}

function reportStartFailure(error: unknown): void {
  console.error('FrontDesk could not open its window', error)
  app.exit(1)
}
