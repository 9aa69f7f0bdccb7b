import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels, MAX_OPEN_FILE_BYTES } from '@shared/ipc/contract'
import { registerAppInfoHandler } from '../../../src/main/ipc/app-info'
import { registerFileHandlers } from '../../../src/main/ipc/files'
import { registerPrintHandler } from '../../../src/main/ipc/print'
import { app, appPageEvent, dialog, eventFrom, invoke, resetFakeElectron, setFakePath } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

let folder: string

beforeEach(async () => {
  resetFakeElectron()
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  folder = await mkdtemp(join(tmpdir(), 'frontdesk-ipc-'))
  setFakePath('documents', join(folder, 'Documents'))
  registerAppInfoHandler()
  registerFileHandlers()
  registerPrintHandler()
})

afterEach(async () => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  await rm(folder, { recursive: true, force: true })
})

const chooseSaveLocation = (path: string): void => {
  dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path })
}
const chooseFileToOpen = (path: string): void => {
  dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
}

describe('getAppInfo', () => {
  it('reports the version, the data folder and the runtime', async () => {
    setFakePath('userData', '/home/reception/.config/FrontDesk')

    expect(await invoke(channels.getAppInfo, appPageEvent())).toEqual({
      ok: true,
      value: { version: '9.8.7', dataFolder: '/home/reception/.config/FrontDesk', runtime: 'electron', isDevelopment: false }
    })
  })

  it('says when it runs from the dev server', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')

    expect(await invoke(channels.getAppInfo, eventFrom('http://localhost:5173/'))).toMatchObject({
      ok: true,
      value: { isDevelopment: true }
    })
  })

  it('is not development in a packaged app, whatever the environment says', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    app.isPackaged = true

    expect(await invoke(channels.getAppInfo, appPageEvent())).toMatchObject({ ok: true, value: { isDevelopment: false } })
  })
})

describe('saveFile', () => {
  it('writes text as UTF-8 where the user chose', async () => {
    const path = join(folder, '客户.csv')
    chooseSaveLocation(path)

    const result = await invoke(channels.saveFile, appPageEvent(), { suggestedName: '客户.csv', content: '姓名\n张三\n' })

    expect(result).toEqual({ ok: true, value: { location: path } })
    expect(await readFile(path, 'utf8')).toBe('姓名\n张三\n')
  })

  it('writes bytes as they are', async () => {
    const path = join(folder, 'backup.bin')
    chooseSaveLocation(path)

    await invoke(channels.saveFile, appPageEvent(), { suggestedName: 'backup.bin', content: new Uint8Array([0, 1, 254, 255]) })

    expect([...(await readFile(path))]).toEqual([0, 1, 254, 255])
  })

  it('suggests the name in the documents folder and passes the filters on', async () => {
    chooseSaveLocation(join(folder, 'x.csv'))
    const filters = [{ name: 'CSV', extensions: ['csv'] }]

    await invoke(channels.saveFile, appPageEvent(), { suggestedName: 'customers.csv', content: '', filters })

    expect(dialog.showSaveDialog).toHaveBeenCalledWith({ defaultPath: join(folder, 'Documents', 'customers.csv'), filters })
  })

  it('answers cancelled and writes nothing when the dialog is closed', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })

    const result = await invoke(channels.saveFile, appPageEvent(), { suggestedName: 'customers.csv', content: 'x' })

    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    expect(await readdir(folder)).toEqual([])
  })

  it('answers io when the chosen folder cannot be written', async () => {
    chooseSaveLocation(join(folder, 'no-such-folder', 'customers.csv'))

    const result = await invoke(channels.saveFile, appPageEvent(), { suggestedName: 'customers.csv', content: 'x' })

    expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
  })

  it('never opens a dialog for an untrusted page', async () => {
    const result = await invoke(channels.saveFile, eventFrom('https://evil.example/'), { suggestedName: 'a.csv', content: 'x' })

    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } })
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe('openFile', () => {
  it('returns the name and bytes of the chosen file', async () => {
    const path = join(folder, 'export.json')
    await writeFile(path, '{"format":"frontdesk"}')
    chooseFileToOpen(path)

    const result = await invoke(channels.openFile, appPageEvent(), {})

    expect(result).toMatchObject({ ok: true, value: { name: 'export.json' } })
    expect(Buffer.from((result as { value: { bytes: Uint8Array } }).value.bytes).toString()).toBe('{"format":"frontdesk"}')
  })

  it('refuses a file larger than asked, naming its size and the limit', async () => {
    const path = join(folder, 'big.json')
    await writeFile(path, Buffer.alloc(3 * 1024))
    chooseFileToOpen(path)

    const result = await invoke(channels.openFile, appPageEvent(), { maxBytes: 2048 })

    expect(result).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'big.json is 3 KB; the largest file that can be opened is 2 KB.' }
    })
  })

  it('accepts a file exactly at the limit', async () => {
    const path = join(folder, 'exact.bin')
    await writeFile(path, Buffer.alloc(10))
    chooseFileToOpen(path)

    expect(await invoke(channels.openFile, appPageEvent(), { maxBytes: 10 })).toMatchObject({ ok: true })
  })

  it('applies the default limit when none is asked for', async () => {
    const path = join(folder, 'huge.json')
    // A sparse file: it reports its full size without taking the disk space.
    await writeFile(path, '')
    await truncate(path, MAX_OPEN_FILE_BYTES + 1)
    chooseFileToOpen(path)

    expect(await invoke(channels.openFile, appPageEvent(), {})).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'huge.json is 200.1 MB; the largest file that can be opened is 200 MB.' }
    })
  })

  it('answers cancelled when the dialog is closed', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })

    expect(await invoke(channels.openFile, appPageEvent(), {})).toMatchObject({ ok: false, error: { code: 'cancelled' } })
  })

  it('answers io when the file has gone', async () => {
    chooseFileToOpen(join(folder, 'deleted.json'))

    expect(await invoke(channels.openFile, appPageEvent(), {})).toMatchObject({ ok: false, error: { code: 'io' } })
  })

  it('refuses a limit above the largest allowed', async () => {
    const result = await invoke(channels.openFile, appPageEvent(), { maxBytes: MAX_OPEN_FILE_BYTES + 1 })

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(dialog.showOpenDialog).not.toHaveBeenCalled()
  })
})

describe('printToPdf', () => {
  const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46])

  it('prints the asking page to A4 with its backgrounds and no browser header, and saves it', async () => {
    const printToPDF = vi.fn(async () => pdfBytes)
    const path = join(folder, 'visit-report.pdf')
    chooseSaveLocation(path)

    const result = await invoke(channels.printToPdf, appPageEvent({ printToPDF }), { suggestedName: 'visit-report', landscape: true })

    expect(result).toEqual({ ok: true, value: { location: path } })
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', landscape: true, printBackground: true, displayHeaderFooter: false })
    expect(new Uint8Array(await readFile(path))).toEqual(pdfBytes)
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join(folder, 'Documents', 'visit-report.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }]
    })
  })

  it('prints portrait unless asked otherwise and keeps an existing .pdf extension', async () => {
    const printToPDF = vi.fn(async () => pdfBytes)
    chooseSaveLocation(join(folder, 'a.pdf'))

    await invoke(channels.printToPdf, appPageEvent({ printToPDF }), { suggestedName: 'Report.PDF' })

    expect(printToPDF).toHaveBeenCalledWith(expect.objectContaining({ landscape: false }))
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: join(folder, 'Documents', 'Report.PDF') }))
  })

  it('reports a printing failure as a failed result', async () => {
    const printToPDF = vi.fn(async () => Promise.reject(new Error('Failed to generate PDF')))

    const result = await invoke(channels.printToPdf, appPageEvent({ printToPDF }), { suggestedName: 'report' })

    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Failed to generate PDF' } })
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})
