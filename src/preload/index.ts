import { contextBridge, ipcRenderer } from 'electron'
import { channels, type ChannelName } from '@shared/ipc/channels'
import type { AppBridge, Result } from '@shared/ipc/contract'

// Main answers every call with a Result (see src/main/ipc/handle.ts); the type is restated here once.
const invoke = <T>(channel: ChannelName, ...request: readonly unknown[]): Promise<Result<T>> =>
  ipcRenderer.invoke(channel, ...request)

/** One named function per channel: the page can ask for these things and nothing else, and never holds ipcRenderer. */
const bridge = {
  getAppInfo: () => invoke(channels.getAppInfo),
  saveFile: (request) => invoke(channels.saveFile, request),
  openFile: (request) => invoke(channels.openFile, request),
  printToPdf: (request) => invoke(channels.printToPdf, request),
  backupNow: (request) => invoke(channels.backupNow, request),
  listBackups: () => invoke(channels.listBackups),
  readBackup: (request) => invoke(channels.readBackup, request)
} satisfies AppBridge

contextBridge.exposeInMainWorld('app', bridge)
