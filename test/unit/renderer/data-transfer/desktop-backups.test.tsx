// @vitest-environment jsdom
/*
 * The data page and the automatic backups as they run in the desktop app: `window.app` is a
 * fake bridge here, set before anything reads it (the Electron binary is not available to
 * the tests; main's side is tested in test/unit/main).
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BackupNowRequest } from '@shared/ipc/contract'
import { setupI18n } from '@renderer/app/i18n'
import { db } from '@renderer/data/db'
import { makeBackup } from '@renderer/data/repositories/backup'
import { customersRepository } from '@renderer/data/repositories/customers'
import { exportHandOver } from '@renderer/data/repositories/handover'
import { backupBeforeChange, backupBeforeMigration, startDailyBackups } from '@renderer/features/data-transfer/automatic-backups'
import { DataTransferPage } from '@renderer/features/data-transfer/data-transfer-page'
import { useSessionStore } from '@renderer/session/session-store'
import { customerContent } from '../../shared/customer-record-content'
import { useFreshDatabase } from '../../data/fresh-database'

const desktop = vi.hoisted(() => {
  const entry = {
    fileName: 'frontdesk-auto-20261124-090000-000-daily.json.gz',
    reason: 'daily',
    createdAt: '2026-11-24T09:00:00.000Z',
    bytes: 2048
  } as const
  const state = { dailyDue: true, stored: new Map<string, Uint8Array>() }
  const bridge = {
    getAppInfo: async () => ({ ok: true, value: { version: '1.0.0', dataFolder: '/data', runtime: 'electron', isDevelopment: false } }),
    saveFile: async () => ({ ok: false, error: { code: 'cancelled', message: '' } }),
    openFile: async () => ({ ok: false, error: { code: 'cancelled', message: '' } }),
    printToPdf: async () => ({ ok: false, error: { code: 'cancelled', message: '' } }),
    backupNow: vi.fn(async (request: { readonly reason: string; readonly content: Uint8Array }) => {
      const fileName = `frontdesk-auto-20261124-090000-00${state.stored.size}-${request.reason}.json.gz`
      state.stored.set(fileName, request.content)
      return { ok: true, value: { fileName, reason: request.reason, createdAt: '2026-11-24T09:00:00.000Z', bytes: request.content.byteLength } }
    }),
    listBackups: vi.fn(async () => ({ ok: true, value: { folder: '/home/shop/.config/FrontDesk/backups', entries: [entry], dailyDue: state.dailyDue } })),
    readBackup: vi.fn(async ({ fileName }: { readonly fileName: string }) => {
      const bytes = state.stored.get(fileName)
      return bytes ? { ok: true, value: { name: fileName, bytes } } : { ok: false, error: { code: 'io', message: `${fileName} is gone` } }
    })
  }
  Object.defineProperty(window, 'app', { value: bridge, configurable: true })
  return { bridge, state, entry }
})

useFreshDatabase()

beforeAll(() => {
  setupI18n()
  if (typeof Blob.prototype.arrayBuffer !== 'function') {
    Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader()
        reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error('not read')))
        reader.onerror = () => reject(reader.error)
        reader.readAsArrayBuffer(this)
      })
    }
  }
})

beforeEach(() => {
  act(() => useSessionStore.getState().setLanguage('en'))
  desktop.state.dailyDue = true
  desktop.state.stored.clear()
  desktop.bridge.backupNow.mockClear()
  desktop.bridge.listBackups.mockClear()
  desktop.bridge.readBackup.mockClear()
})

afterEach(cleanup)

const requests = (): readonly BackupNowRequest[] => desktop.bridge.backupNow.mock.calls.map(([request]) => request as BackupNowRequest)

describe('automatic backups in the desktop app', () => {
  it('are listed with when and why, and the browser note is gone', async () => {
    render(
      <MemoryRouter>
        <DataTransferPage />
      </MemoryRouter>
    )
    expect(await screen.findByText('/home/shop/.config/FrontDesk/backups')).toBeTruthy()
    expect(await screen.findByText('Daily')).toBeTruthy()
    expect(screen.queryByTestId('automatic-backups-browser')).toBeNull()
  })

  it('restore from the list: the backup is read from the data folder, this PC’s data backed up first, then replaced', async () => {
    const customer = await customersRepository.create(customerContent('张伟'), { staffId: '' })
    const backup = await makeBackup({ now: new Date(), appVersion: '1.0.0' })
    desktop.state.stored.set(desktop.entry.fileName, backup.bytes)
    await customersRepository.update(customer.id, { notes: '备份之后的修改' }, { staffId: '' })
    render(
      <MemoryRouter>
        <DataTransferPage />
      </MemoryRouter>
    )

    fireEvent.click(await screen.findByRole('button', { name: 'Restore from this backup…' }))
    const preview = await screen.findByRole('group', { name: 'Restore from a backup' }, { timeout: 5000 })
    expect(desktop.bridge.readBackup).toHaveBeenCalledWith({ fileName: desktop.entry.fileName })
    fireEvent.click(within(preview).getByRole('button', { name: 'Replace this PC’s data with this backup' }))

    await waitFor(() => expect(within(preview).getByText(/^Restored: \d+ records/)).toBeTruthy(), { timeout: 5000 })
    expect(requests().map((request) => [request.reason, request.keep])).toEqual([['before-restore', 10]])
    expect(within(preview).getByText(/This PC’s data was backed up first, to the data folder: frontdesk-auto-/)).toBeTruthy()
    expect((await db.customers.get(customer.id))?.notes).toBe('')
  })

  it('merging a file backs this PC’s data up into the data folder first', async () => {
    await customersRepository.create(customerContent('张伟'), { staffId: '' })
    const packet = await exportHandOver({ now: new Date(), appVersion: '1.0.0', scope: 'everything' })
    render(
      <MemoryRouter>
        <DataTransferPage />
      </MemoryRouter>
    )

    const file = new File([packet.bytes], packet.fileName)
    fireEvent.change(screen.getByLabelText('Choose the hand-over packet or backup to merge'), { target: { files: [file] } })
    const preview = await screen.findByRole('group', { name: 'Import a hand-over packet or another PC’s backup' }, { timeout: 5000 })
    expect(await within(preview).findByText('This file was made on this PC.')).toBeTruthy()
    fireEvent.click(within(preview).getByRole('button', { name: 'Merge' }))

    await waitFor(() => expect(within(preview).getByText('Merged: 0 added, 0 updated, 0 deleted.')).toBeTruthy(), { timeout: 5000 })
    expect(requests().map((request) => request.reason)).toEqual(['before-merge'])
    expect(within(preview).getByText(/The data here was backed up automatically first: frontdesk-auto-/)).toBeTruthy()
  })

  it('back up before an import or merge, and not when there is nothing yet', async () => {
    expect(await backupBeforeChange('before-merge')).toBeNull()
    await customersRepository.create(customerContent('张伟'), { staffId: '' })

    const made = await backupBeforeChange('before-import')

    expect(made).toMatchObject({ ok: true, value: { reason: 'before-import' } })
    expect(requests()[0]?.content.byteLength).toBeGreaterThan(0)
  })

  it('make the daily backup when main says it is due, and only then', async () => {
    await customersRepository.create(customerContent('张伟'), { staffId: '' })
    const stop = startDailyBackups(60_000)
    await waitFor(() => expect(requests().map((request) => request.reason)).toEqual(['daily']))
    stop()

    desktop.state.dailyDue = false
    const stopAgain = startDailyBackups(60_000)
    await waitFor(() => expect(desktop.bridge.listBackups).toHaveBeenCalledTimes(2))
    stopAgain()
    expect(requests()).toHaveLength(1)
  })

  it('make no backup before the start when the database is already of the current schema', async () => {
    await customersRepository.create(customerContent('张伟'), { staffId: '' })
    db.close()
    await backupBeforeMigration()
    await db.open()
    expect(requests()).toEqual([])
  })
})
