// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { conflictKey } from '@shared/domain/merge'
import { setupI18n } from '@renderer/app/i18n'
import { db } from '@renderer/data/db'
import { getBackupsToKeep, makeBackup } from '@renderer/data/repositories/backup'
import { customersRepository } from '@renderer/data/repositories/customers'
import type { ConflictView } from '@renderer/data/repositories/handover'
import { DataTransferPage } from '@renderer/features/data-transfer/data-transfer-page'
import { HandoverConflicts } from '@renderer/features/data-transfer/handover-conflicts'
import { useSessionStore } from '@renderer/session/session-store'
import { customerContent } from '../../shared/customer-record-content'
import { useFreshDatabase } from '../../data/fresh-database'

useFreshDatabase()

beforeAll(() => {
  setupI18n()
  // jsdom's Blob has no arrayBuffer(); browsers, Electron and Node all have it. FileReader stands in.
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
  act(() => useSessionStore.getState().setLanguage('zh-CN'))
})

afterEach(cleanup)

const renderPage = () =>
  render(
    <MemoryRouter>
      <DataTransferPage />
    </MemoryRouter>
  )

describe('the data page in a browser', () => {
  it('has its sections, and says plainly that automatic backups need the desktop app', async () => {
    renderPage()
    expect(screen.getByRole('heading', { level: 1, name: '数据交接' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 2, name: '备份' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 2, name: '交接' })).toBeTruthy()
    expect(screen.getByTestId('automatic-backups-browser').textContent).toContain('自动备份需要使用桌面版')
    expect(screen.getByRole('button', { name: '立即备份' })).toBeTruthy()
    expect(screen.getByLabelText('选择要恢复的备份文件')).toBeTruthy()
    expect(screen.getByLabelText('选择要合并的交接包或备份文件')).toBeTruthy()
    expect(await screen.findByText('本机还没有导出过交接包，第一次会导出全部数据。')).toBeTruthy()
  })

  it('keeps the number of automatic backups the manager sets, and refuses one out of range', async () => {
    renderPage()
    const input = await screen.findByRole('spinbutton', { name: '保留最近的自动备份份数' })
    expect((input as HTMLInputElement).value).toBe('10')

    fireEvent.change(input, { target: { value: '0' } })
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    expect((await screen.findByRole('alert')).textContent).toBe('请填写 1 到 100 之间的整数。')

    fireEvent.change(input, { target: { value: '30' } })
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await screen.findByText('已保存。')
    expect(await getBackupsToKeep()).toBe(30)
  })

  it('shows what a chosen backup holds, then restores it into the empty database', async () => {
    const customer = await customersRepository.create(customerContent('张伟'), { staffId: '' })
    const backup = await makeBackup({ now: new Date('2026-11-24T09:00:00.000Z'), appVersion: '1.0.0' })
    await db.delete()
    await db.open()
    renderPage()

    const file = new File([backup.bytes], backup.fileName, { type: 'application/gzip' })
    fireEvent.change(screen.getByLabelText('选择要恢复的备份文件'), { target: { files: [file] } })
    const preview = await screen.findByRole('group', { name: '从备份恢复' }, { timeout: 5000 })
    expect(within(preview).getByText('完整备份')).toBeTruthy()
    expect(within(preview).getByText(backup.fileName)).toBeTruthy()
    // In the file: 1 customer; on this PC now: none.
    await waitFor(() => expect(within(preview).getByRole('rowheader', { name: '客户' }).closest('tr')?.textContent).toBe('客户10'))

    fireEvent.click(within(preview).getByRole('button', { name: '用这份备份替换本机数据' }))

    await waitFor(() => expect(within(preview).getByText(/^已恢复：共 \d+ 条记录/)).toBeTruthy(), { timeout: 5000 })
    expect(within(preview).getByText('本机还没有任何数据，无需先备份。')).toBeTruthy()
    expect(await db.customers.get(customer.id)).toEqual(customer)
  })

  it('refuses a file that is not ours, and says so', async () => {
    renderPage()
    const file = new File([JSON.stringify({ format: 'excalidraw' })], 'drawing.json', { type: 'application/json' })
    fireEvent.change(screen.getByLabelText('选择要合并的交接包或备份文件'), { target: { files: [file] } })
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe('drawing.json: 这不是「前台」的文件：它的格式是“excalidraw”。')
  })
})

describe('the conflicts table', () => {
  const conflict: ConflictView = {
    table: 'customers',
    recordId: 'c1',
    field: 'notes',
    mine: '上午联系',
    theirs: '',
    mineClock: '1795230000000-0000-A',
    theirsClock: '1795230000001-0000-B',
    automatic: 'theirs',
    label: '张伟'
  }

  it('shows both values, marks the later one, and hands the manager’s choice back', () => {
    const onChoose = vi.fn()
    render(<HandoverConflicts conflicts={[conflict]} choices={new Map()} onChoose={onChoose} disabled={false} />)
    const row = screen.getByRole('radiogroup', { name: '张伟 · 备注' }).closest('tr')
    expect(row?.textContent).toContain('上午联系')
    expect(row?.textContent).toMatch(/（空）\s*较晚/)
    expect((screen.getByRole('radio', { name: '保留对方的' }) as HTMLInputElement).checked).toBe(true)

    fireEvent.click(screen.getByRole('radio', { name: '保留本机的' }))

    expect(onChoose).toHaveBeenCalledWith(conflictKey(conflict), 'mine')
  })

  it('says so when there are none', () => {
    render(<HandoverConflicts conflicts={[]} choices={new Map()} onChoose={vi.fn()} disabled={false} />)
    expect(screen.getByText('没有冲突：两边没有改过同一个字段。')).toBeTruthy()
  })
})
