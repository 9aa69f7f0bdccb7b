/**
 * IPC channel names, apart from the schemas in contract.ts so the sandboxed preload can
 * import them without bundling zod into every page.
 */
export const channels = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  openFile: 'file:open',
  printToPdf: 'print:to-pdf',
  backupNow: 'backup:now',
  listBackups: 'backup:list',
  readBackup: 'backup:read'
} as const

export type ChannelName = (typeof channels)[keyof typeof channels]
