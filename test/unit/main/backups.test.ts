import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '@shared/ipc/contract'
import { MAX_BACKUP_FILE_BYTES } from '@shared/ipc/limits'
import { registerBackupHandlers } from '../../../src/main/ipc/backups'
import { appPageEvent, eventFrom, invoke, resetFakeElectron, setFakePath } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

let userData: string
const NOW = new Date('2026-11-24T09:00:00.000Z')

beforeEach(async () => {
  resetFakeElectron()
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  userData = await mkdtemp(join(tmpdir(), 'frontdesk-userdata-'))
  setFakePath('userData', userData)
  registerBackupHandlers({ now: () => NOW })
})

afterEach(async () => {
  vi.restoreAllMocks()
  await rm(userData, { recursive: true, force: true })
})

const content = new Uint8Array([0x1f, 0x8b, 1, 2, 3])

describe('backup channels', () => {
  it('write a backup into <userData>/backups, list it and read it back', async () => {
    const written = await invoke(channels.backupNow, appPageEvent(), { reason: 'before-restore', content, keep: 3 })
    expect(written).toEqual({
      ok: true,
      value: { fileName: 'frontdesk-auto-20261124-090000-000-before-restore.json.gz', reason: 'before-restore', createdAt: NOW.toISOString(), bytes: 5 }
    })
    expect(new Uint8Array(await readFile(join(userData, 'backups', 'frontdesk-auto-20261124-090000-000-before-restore.json.gz')))).toEqual(content)

    const listing = await invoke(channels.listBackups, appPageEvent())
    expect(listing).toMatchObject({ ok: true, value: { folder: join(userData, 'backups'), dailyDue: true } })

    const read = await invoke(channels.readBackup, appPageEvent(), { fileName: 'frontdesk-auto-20261124-090000-000-before-restore.json.gz' })
    expect(read).toMatchObject({ ok: true, value: { name: 'frontdesk-auto-20261124-090000-000-before-restore.json.gz' } })
  })

  it('refuse what is not a backup request: an unknown reason, nothing to write, too many to keep, a path to read', async () => {
    const refused = [
      await invoke(channels.backupNow, appPageEvent(), { reason: 'weekly', content, keep: 3 }),
      await invoke(channels.backupNow, appPageEvent(), { reason: 'daily', content: new Uint8Array(), keep: 3 }),
      await invoke(channels.backupNow, appPageEvent(), { reason: 'daily', content, keep: 1000 }),
      await invoke(channels.backupNow, appPageEvent(), { reason: 'daily', content: 'text', keep: 3 }),
      await invoke(channels.readBackup, appPageEvent(), { fileName: '../secrets.json.gz' }),
      await invoke(channels.listBackups, appPageEvent(), 'extra')
    ]
    for (const result of refused) expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })

  it('refuse a backup larger than the limit before writing anything', async () => {
    const huge = new Uint8Array(MAX_BACKUP_FILE_BYTES + 1)
    expect(await invoke(channels.backupNow, appPageEvent(), { reason: 'daily', content: huge, keep: 3 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' }
    })
  })

  it('answer only the app’s own page', async () => {
    expect(await invoke(channels.listBackups, eventFrom('https://example.com/'))).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } })
  })

  it('say which file is missing, without throwing across the bridge', async () => {
    const result = await invoke(channels.readBackup, appPageEvent(), { fileName: 'frontdesk-auto-20261124-090000-000-daily.json.gz' })
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
  })
})
