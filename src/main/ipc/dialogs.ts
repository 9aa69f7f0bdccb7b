import {
  app,
  BrowserWindow,
  dialog,
  type FileFilter as ElectronFileFilter,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions
} from 'electron'
import { join } from 'node:path'
import { fail, ok, type FileFilter, type Result, type SavedFile } from '@shared/ipc/contract'
import { writeFileAtomically } from '../services/atomic-write'

export interface SaveTarget {
  readonly suggestedName: string
  readonly filters?: readonly FileFilter[] | undefined
}

/** Asks the user where to save, then writes `content` there atomically. */
export async function saveThroughDialog(
  event: IpcMainInvokeEvent,
  target: SaveTarget,
  content: string | Uint8Array
): Promise<Result<SavedFile>> {
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), target.suggestedName),
    filters: electronFilters(target.filters)
  }
  const owner = ownerWindow(event)
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return fail('cancelled', 'No file was chosen to save to.')
  await writeFileAtomically(choice.filePath, content)
  return ok({ location: choice.filePath })
}

/** The file the user picks, or undefined if they close the dialog. */
export async function chooseFileToOpen(
  event: IpcMainInvokeEvent,
  filters: readonly FileFilter[] | undefined
): Promise<string | undefined> {
  const options: OpenDialogOptions = { properties: ['openFile'], filters: electronFilters(filters) }
  const owner = ownerWindow(event)
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
  return choice.canceled ? undefined : choice.filePaths[0]
}

/** Parenting the dialog to the asking window keeps it modal to that window and on top of it. */
function ownerWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender)
}

function electronFilters(filters: readonly FileFilter[] | undefined): ElectronFileFilter[] | undefined {
  return filters?.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }))
}
