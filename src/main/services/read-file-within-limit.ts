import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { fail, ok, type OpenedFile, type Result } from '@shared/ipc/contract'

/** Reads a whole file unless it is larger than `maxBytes`, which is checked before any byte is read. */
export async function readFileWithinLimit(path: string, maxBytes: number): Promise<Result<OpenedFile>> {
  const name = basename(path)
  // Size and content come from one handle, so the file measured is the file read.
  const file = await open(path, 'r')
  try {
    const { size } = await file.stat()
    if (size > maxBytes) {
      return fail('too-large', `${name} is ${formatBytes(size)}; the largest file that can be opened is ${formatBytes(maxBytes)}.`)
    }
    return ok({ name, bytes: await file.readFile() })
  } finally {
    await file.close()
  }
}

const byteUnits = ['bytes', 'KB', 'MB', 'GB'] as const

/** Rounded up, so a file just over the limit never reads as equal to it. */
function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${Math.ceil(value * 10) / 10} ${byteUnits[unit]}`
}
