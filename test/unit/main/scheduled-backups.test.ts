import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backupFileName,
  backupListing,
  isDailyBackupDue,
  listBackups,
  parseBackupFileName,
  pruneBackups,
  readBackup,
  writeBackup
} from '../../../src/main/services/scheduled-backups'
import type { BackupEntry } from '@shared/ipc/contract'

let folder: string

beforeEach(async () => {
  folder = join(await mkdtemp(join(tmpdir(), 'frontdesk-backups-')), 'backups')
})

afterEach(async () => {
  await rm(join(folder, '..'), { recursive: true, force: true })
})

const at = (iso: string): Date => new Date(iso)
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('backup file names', () => {
  it('say when (UTC, to the millisecond) and why, and read back', () => {
    const name = backupFileName('before-merge', at('2026-11-24T09:05:07.042Z'))
    expect(name).toBe('frontdesk-auto-20261124-090507-042-before-merge.json.gz')
    expect(parseBackupFileName(name)).toEqual({ reason: 'before-merge', createdAt: '2026-11-24T09:05:07.042Z' })
    expect(parseBackupFileName(backupFileName('daily', at('2026-11-24T09:05:07.042Z'), 2))).toEqual({
      reason: 'daily',
      createdAt: '2026-11-24T09:05:07.042Z'
    })
  })

  it('are the only names read back: no other file, no path', () => {
    for (const name of ['notes.txt', '../frontdesk-auto-20261124-090507-042-daily.json.gz', 'frontdesk-auto-20261124-090507-042-weekly.json.gz']) {
      expect(parseBackupFileName(name)).toBeNull()
    }
  })
})

describe('writeBackup', () => {
  it('writes the file into the folder (made if missing) and lists it', async () => {
    const entry = await writeBackup(folder, { reason: 'manual', content: bytes('backup'), keep: 5 }, at('2026-11-24T09:00:00.000Z'))

    expect(entry).toEqual({ fileName: 'frontdesk-auto-20261124-090000-000-manual.json.gz', reason: 'manual', createdAt: '2026-11-24T09:00:00.000Z', bytes: 6 })
    expect(await readFile(join(folder, entry.fileName), 'utf8')).toBe('backup')
    expect(await listBackups(folder)).toEqual([entry])
  })

  it('never overwrites a backup made in the same millisecond', async () => {
    const now = at('2026-11-24T09:00:00.000Z')
    const first = await writeBackup(folder, { reason: 'before-merge', content: bytes('one'), keep: 5 }, now)
    const second = await writeBackup(folder, { reason: 'before-merge', content: bytes('two'), keep: 5 }, now)

    expect(second.fileName).not.toBe(first.fileName)
    expect(await readFile(join(folder, first.fileName), 'utf8')).toBe('one')
  })

  it('keeps only the newest N, leaving other files in the folder alone', async () => {
    await writeBackup(folder, { reason: 'daily', content: bytes('1'), keep: 10 }, at('2026-11-20T09:00:00.000Z'))
    await writeFile(join(folder, 'keep-me.txt'), 'mine')
    for (const [index, day] of ['21', '22', '23'].entries()) {
      await writeBackup(folder, { reason: 'daily', content: bytes(String(index)), keep: 10 }, at(`2026-11-${day}T09:00:00.000Z`))
    }

    const newest = await writeBackup(folder, { reason: 'before-restore', content: bytes('x'), keep: 2 }, at('2026-11-24T09:00:00.000Z'))

    expect((await listBackups(folder)).map((entry) => entry.createdAt)).toEqual([newest.createdAt, '2026-11-23T09:00:00.000Z'])
    expect((await readdir(folder)).sort()).toContain('keep-me.txt')
  })

  it('leaves no temporary file behind', async () => {
    await writeBackup(folder, { reason: 'daily', content: bytes('x'), keep: 1 }, at('2026-11-24T09:00:00.000Z'))
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('pruneBackups', () => {
  it('keeps at least one, and never the one just written', async () => {
    const old = await writeBackup(folder, { reason: 'daily', content: bytes('1'), keep: 5 }, at('2026-11-23T09:00:00.000Z'))
    await writeBackup(folder, { reason: 'daily', content: bytes('2'), keep: 5 }, at('2026-11-24T09:00:00.000Z'))

    expect(await pruneBackups(folder, 0, old.fileName)).toEqual([])
    expect(await listBackups(folder)).toHaveLength(2)
  })
})

describe('readBackup', () => {
  it('reads an automatic backup back', async () => {
    const entry = await writeBackup(folder, { reason: 'daily', content: bytes('data'), keep: 5 }, at('2026-11-24T09:00:00.000Z'))
    const result = await readBackup(folder, entry.fileName)
    expect(result.ok && new TextDecoder().decode(result.value.bytes)).toBe('data')
    expect(result.ok && result.value.name).toBe(entry.fileName)
  })

  it('refuses anything but an automatic backup’s name', async () => {
    await expect(readBackup(folder, '../../etc/passwd')).rejects.toThrow(RangeError)
  })
})

describe('the daily backup', () => {
  const entry = (reason: BackupEntry['reason'], createdAt: string): BackupEntry => ({ fileName: '', reason, createdAt, bytes: 1 })
  const local = (year: number, month: number, day: number, hours: number): Date => new Date(year, month - 1, day, hours)

  it('is due until one was made today (local time), whatever other backups were made', () => {
    const today = local(2026, 11, 24, 9)
    expect(isDailyBackupDue([], today)).toBe(true)
    expect(isDailyBackupDue([entry('before-merge', local(2026, 11, 24, 8).toISOString())], today)).toBe(true)
    expect(isDailyBackupDue([entry('daily', local(2026, 11, 23, 23).toISOString())], today)).toBe(true)
    expect(isDailyBackupDue([entry('daily', local(2026, 11, 24, 0).toISOString())], today)).toBe(false)
  })

  it('shows in the listing', async () => {
    const now = at('2026-11-24T09:00:00.000Z')
    expect(await backupListing(folder, now)).toEqual({ folder, entries: [], dailyDue: true })
    await writeBackup(folder, { reason: 'daily', content: bytes('x'), keep: 5 }, now)
    expect((await backupListing(folder, now)).dailyDue).toBe(false)
  })
})
