// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { seededScriptId } from '@shared/scripts/default-library'
import { setupI18n } from '@renderer/app/i18n'
import { listScripts } from '@renderer/data/repositories/scripts'
import { createStaff } from '@renderer/data/repositories/staff'
import { seedScriptLibrary } from '@renderer/data/script-library'
import { ScriptsPage } from '@renderer/features/scripts/scripts-page'
import { NO_SCRIPT_FILTERS, useScriptLibraryStore } from '@renderer/features/scripts/script-library-store'
import { useSessionStore } from '@renderer/session/session-store'
import { useToastStore } from '@renderer/ui/toast-store'
import { useFreshDatabase } from '../../data/fresh-database'

useFreshDatabase()

beforeAll(() => {
  setupI18n()
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})

beforeEach(async () => {
  useScriptLibraryStore.setState({ filters: NO_SCRIPT_FILTERS })
  useToastStore.setState({ toast: null })
  act(() => useSessionStore.getState().setLanguage('zh-CN'))
  await seedScriptLibrary()
})

afterEach(cleanup)

async function atDesk(role: 'manager' | 'clerk', withManager = true): Promise<void> {
  if (withManager && role === 'clerk') await createStaff({ name: '王店长', role: 'manager' }, { staffId: '' })
  const member = await createStaff({ name: role === 'manager' ? '王店长' : '李前台', role }, { staffId: '' })
  useSessionStore.getState().setCurrentStaff(member.id)
}

function renderPage() {
  return render(
    <MemoryRouter>
      <ScriptsPage />
    </MemoryRouter>
  )
}

const entryWith = (text: string): HTMLElement => {
  const entry = screen.getByText(text, { selector: '.script-text span' }).closest('li')
  if (entry === null) throw new Error(`no entry for ${text}`)
  return entry
}

describe('the script library screen', () => {
  it('finds a never-say phrase by kind and search, with why and a better way', async () => {
    await atDesk('manager')
    renderPage()
    await screen.findAllByRole('listitem')
    fireEvent.click(screen.getByRole('radio', { name: '不该说的话' }))
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索话术' }), { target: { value: '公司的规定' } })
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1))
    const entry = entryWith('这是公司的规定。')
    expect(within(entry).getByText('为什么不能说')).toBeTruthy()
    expect(within(entry).getByText('更好的说法')).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('共 1 条')
  })

  it('marks variables as tokens and keeps them as written', async () => {
    await atDesk('manager')
    renderPage()
    const tokens = await screen.findAllByText('{{customerName}}')
    expect(tokens[0]?.className).toContain('script-variable')
  })

  it('keeps a clerk to reading while the shop has a manager', async () => {
    await atDesk('clerk')
    renderPage()
    await screen.findAllByRole('listitem')
    await screen.findByText(/只有店长可以新增、修改或停用话术/)
    expect(screen.getByRole('button', { name: '新增话术' }).hasAttribute('disabled')).toBe(true)
    expect(screen.queryByRole('button', { name: '编辑' })).toBeNull()
    expect(screen.queryByRole('button', { name: '停用' })).toBeNull()
  })

  it('lets anyone edit while the shop has no manager, and says so', async () => {
    renderPage()
    await screen.findByText(/店里还没有店长/)
    await waitFor(() => expect(screen.getByRole('button', { name: '新增话术' }).hasAttribute('disabled')).toBe(false))
  })

  it('refuses a say phrase that is a never-say phrase, naming the rule, and saves nothing', async () => {
    await atDesk('manager')
    renderPage()
    await screen.findAllByRole('listitem')
    await waitFor(() => expect(screen.getByRole('button', { name: '新增话术' }).hasAttribute('disabled')).toBe(false))
    const before = (await listScripts({ includeRetired: true })).length
    fireEvent.click(screen.getByRole('button', { name: '新增话术' }))
    const dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByRole('textbox', { name: '该说的话' }), { target: { value: '请您谅解，这是公司的规定。' } })
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }))
    await within(dialog).findByText(/属于不该说的话“这是公司的规定。”/)
    expect(within(dialog).getByText(/可以改成：我理解您的难处/)).toBeTruthy()
    expect((await listScripts({ includeRetired: true })).length).toBe(before)

    fireEvent.change(within(dialog).getByRole('textbox', { name: '该说的话' }), { target: { value: '请您谅解，让您久等了。' } })
    fireEvent.click(within(dialog).getByRole('button', { name: '客户姓名' }))
    await waitFor(() => expect(within(dialog).queryByText(/属于不该说的话/)).toBeNull())
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }))
    await waitFor(async () => expect((await listScripts({ locale: 'zh-CN', text: '让您久等了' })).map((script) => script.text)).toEqual(['请您谅解，让您久等了。{{customerName}}']))
    expect(useToastStore.getState().toast?.message).toBe('已新增话术。')
  })

  it('retires a phrase out of the list, shows it again under "show retired", and undoes from the toast', async () => {
    await atDesk('manager')
    renderPage()
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索话术' }), { target: { value: '公司的规定' } })
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1))
    fireEvent.click(within(entryWith('这是公司的规定。')).getByRole('button', { name: '停用' }))
    await screen.findByText('没有符合条件的话术。')

    fireEvent.click(screen.getByRole('checkbox', { name: '显示已停用' }))
    const entry = await waitFor(() => entryWith('这是公司的规定。'))
    expect(within(entry).getByText('已停用')).toBeTruthy()

    const toast = useToastStore.getState().toast
    expect(toast?.message).toBe('已停用“这是公司的规定。”。')
    act(() => toast?.onAction?.())
    await waitFor(async () => expect((await listScripts({ locale: 'zh-CN', text: '公司的规定' })).map((script) => script.id)).toEqual([seededScriptId('never-say.company-policy.zh-CN')]))
  })

  it('follows the interface language, labels and phrases alike', async () => {
    await atDesk('manager')
    renderPage()
    await screen.findAllByRole('listitem')
    await act(async () => useSessionStore.getState().setLanguage('en'))
    await screen.findByRole('heading', { level: 1, name: 'Scripts' })
    fireEvent.click(screen.getByRole('radio', { name: 'Never say' }))
    await waitFor(() => expect(entryWith("That's company policy.")).toBeTruthy())
  })
})
