import { randomUUID } from 'node:crypto'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes `content` (a string as UTF-8, bytes as they are) so that `target` holds either its
 * old content or the whole new content, never a torn mix: the bytes go to a temporary file
 * in the same folder (a rename is only atomic within one file system), are flushed to disk,
 * and the temporary file is then renamed over the target.
 */
export async function writeFileAtomically(target: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`)
  let file: FileHandle | undefined
  try {
    file = await open(temporary, 'wx')
    await file.writeFile(content, typeof content === 'string' ? 'utf8' : undefined)
    await file.sync()
    await file.close()
    file = undefined
    await rename(temporary, target)
  } catch (error) {
    await file?.close().catch(() => undefined)
    await rm(temporary, { force: true })
    throw error
  }
}
