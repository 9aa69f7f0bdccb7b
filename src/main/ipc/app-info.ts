import { app } from 'electron'
import { z } from 'zod'
import { channels, ok } from '@shared/ipc/contract'
import { rendererDevServerUrl } from '../app-origin'
import { handle } from './handle'

export function registerAppInfoHandler(): void {
  handle(channels.getAppInfo, z.undefined(), async () =>
    ok({
      version: app.getVersion(),
      dataFolder: app.getPath('userData'),
      runtime: 'electron',
      isDevelopment: rendererDevServerUrl() !== undefined
    })
  )
}
