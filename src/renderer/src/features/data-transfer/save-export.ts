import type { Result, SavedFile } from '@shared/ipc/contract'
import type { MadeExport } from '../../data/repositories/backup'
import { platform } from '../../platform/bridge'

/** Saves a made export where the user chooses (desktop: a save dialog, written atomically) or as a download (browser). */
export const saveExport = (made: MadeExport): Promise<Result<SavedFile>> =>
  platform.saveFile({
    suggestedName: made.fileName,
    content: made.bytes,
    filters: [{ name: 'FrontDesk', extensions: ['gz'] }]
  })
