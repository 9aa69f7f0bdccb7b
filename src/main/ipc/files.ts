import { channels, fail, MAX_OPEN_FILE_BYTES, openFileRequestSchema, saveFileRequestSchema } from '@shared/ipc/contract'
import { readFileWithinLimit } from '../services/read-file-within-limit'
import { chooseFileToOpen, saveThroughDialog } from './dialogs'
import { handle } from './handle'

export function registerFileHandlers(): void {
  handle(channels.saveFile, saveFileRequestSchema, (request, event) => saveThroughDialog(event, request, request.content))

  handle(channels.openFile, openFileRequestSchema, async (request, event) => {
    const path = await chooseFileToOpen(event, request.filters)
    if (path === undefined) return fail('cancelled', 'No file was chosen to open.')
    return readFileWithinLimit(path, request.maxBytes ?? MAX_OPEN_FILE_BYTES)
  })
}
