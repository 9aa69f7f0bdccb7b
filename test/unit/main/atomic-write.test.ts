import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { writeFileAtomically } from '../../../src/main/services/atomic-write'

/** `open` is wrapped so a test can make the file handle it returns fail part-way. */
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>()
  return { ...actual, open: vi.fn(actual.open) }
})

const actualFs = await vi.importActual<typeof fs>('node:fs/promises')

const diskFull = (): Error => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' })

/** A real file handle whose `method` writes half of what it is given (if it writes) and then fails, as a full disk would. */
function failingHandle(handle: fs.FileHandle, method: 'writeFile' | 'sync'): fs.FileHandle {
  return new Proxy(handle, {
    get(target, property, receiver) {
      if (property === method) {
        return async (data?: string | Uint8Array) => {
          if (data !== undefined) await target.write(Buffer.from(data).subarray(0, Math.floor(data.length / 2)))
          throw diskFull()
        }
      }
      const value: unknown = Reflect.get(target, property, receiver)
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
}

function failNextWriteAt(method: 'writeFile' | 'sync'): void {
  vi.mocked(fs.open).mockImplementationOnce(async (...args: Parameters<typeof fs.open>) =>
    failingHandle(await actualFs.open(...args), method)
  )
}

let folder: string
beforeEach(async () => {
  folder = await actualFs.mkdtemp(join(tmpdir(), 'frontdesk-atomic-'))
})
afterEach(() => actualFs.rm(folder, { recursive: true, force: true }))

describe('writeFileAtomically', () => {
  it('writes a string as UTF-8', async () => {
    const target = join(folder, 'customers.csv')

    await writeFileAtomically(target, '姓名,电话\n张三,13800000000\n')

    expect(await actualFs.readFile(target, 'utf8')).toBe('姓名,电话\n张三,13800000000\n')
  })

  it('writes bytes as they are', async () => {
    const target = join(folder, 'report.pdf')
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a])

    await writeFileAtomically(target, bytes)

    expect(new Uint8Array(await actualFs.readFile(target))).toEqual(bytes)
  })

  it('replaces an existing file and leaves nothing else behind', async () => {
    const target = join(folder, 'backup.json')
    await actualFs.writeFile(target, '{"version":1}')

    await writeFileAtomically(target, '{"version":2}')

    expect(await actualFs.readFile(target, 'utf8')).toBe('{"version":2}')
    expect(await actualFs.readdir(folder)).toEqual(['backup.json'])
  })

  it.each(['writeFile', 'sync'] as const)(
    'leaves the existing file whole and removes its temporary file when %s fails',
    async (method) => {
      const target = join(folder, 'backup.json')
      await actualFs.writeFile(target, '{"old":"content that must survive"}')
      failNextWriteAt(method)

      await expect(writeFileAtomically(target, '{"new":"content that never fully lands"}')).rejects.toThrow('ENOSPC')

      expect(await actualFs.readFile(target, 'utf8')).toBe('{"old":"content that must survive"}')
      expect(await actualFs.readdir(folder)).toEqual(['backup.json'])
    }
  )

  it('removes its temporary file when the rename fails', async () => {
    const target = join(folder, 'occupied')
    await actualFs.mkdir(join(target, 'child'), { recursive: true })

    await expect(writeFileAtomically(target, 'x')).rejects.toThrow()

    expect(await actualFs.readdir(folder)).toEqual(['occupied'])
  })

  it('fails without creating anything when the folder does not exist', async () => {
    await expect(writeFileAtomically(join(folder, 'missing', 'file.txt'), 'x')).rejects.toMatchObject({ code: 'ENOENT' })

    expect(await actualFs.readdir(folder)).toEqual([])
  })
})
