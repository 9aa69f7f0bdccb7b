// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { MemoryRouter, Route, Routes } from 'react-router-dom'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addDays, todayInShop } from '@shared/domain/days'
import { setupI18n } from '@renderer/app/i18n'
import { careTasksRepository, createTask } from '@renderer/data/repositories/care-tasks'
import { customersRepository } from '@renderer/data/repositories/customers'
import { createStaff } from '@renderer/data/repositories/staff'
import { CalendarPage } from '@renderer/features/visits/calendar-page'
import { TaskFormPage } from '@renderer/features/visits/task-form-page'
import { TaskPage } from '@renderer/features/visits/task-page'
import { useSessionStore } from '@renderer/session/session-store'
import { customerContent } from '../../shared/customer-record-content'
import { shopAt } from '../../shared/schedule-fixtures'
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

afterEach(cleanup)

let staffId = ''
let customerId = ''
const tomorrow = (): string => addDays(todayInShop(new Date()), 1)

beforeEach(async () => {
  act(() => useSessionStore.getState().setLanguage('zh-CN'))
  staffId = (await createStaff({ name: '王芳', role: 'clerk' }, { staffId: '' })).id
  useSessionStore.getState().setCurrentStaff(staffId)
  customerId = (await customersRepository.create(customerContent('赵敏'), { staffId })).id
})

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/visits/calendar" element={<CalendarPage />} />
        <Route path="/visits/tasks/new" element={<TaskFormPage />} />
        <Route path="/visits/tasks/:id" element={<TaskPage />} />
        <Route path="/visits/tasks/:id/edit" element={<TaskFormPage />} />
      </Routes>
    </MemoryRouter>
  )
}

const draft = (overrides = {}) => ({
  customerId,
  purpose: '上门保养',
  method: 'visit' as const,
  startAt: shopAt(tomorrow()),
  durationMinutes: 60,
  staffId,
  recurrence: { kind: 'none' as const },
  notes: '',
  ...overrides
})

describe('the task page', () => {
  it('marks a task done with a score and a follow-up, and links the follow-up', async () => {
    const created = await createTask(draft(), { staffId })
    if (!created.ok) throw new Error(created.error)
    renderAt(`/visits/tasks/${created.value.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: '上门保养' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '标记完成' }))
    const dialog = screen.getByRole('dialog')
    fireEvent.change(within(dialog).getByRole('textbox', { name: '结果' }), { target: { value: '运行正常' } })
    fireEvent.click(within(dialog).getByRole('radio', { name: '4 分' }))
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /需要进一步跟进/ }))
    expect(within(dialog).getByRole('textbox', { name: '跟进目的' })).toHaveProperty('value', '跟进：上门保养')
    fireEvent.click(within(dialog).getByRole('button', { name: '完成' }))
    await waitFor(() => expect(screen.getAllByText('已完成').length).toBeGreaterThan(0))
    expect(await screen.findByText('4 / 5')).toBeTruthy()
    const links = await screen.findAllByRole('link', { name: /跟进：上门保养/ })
    expect(links.length).toBeGreaterThan(0)
    expect((await careTasksRepository.get(created.value.id))?.status).toBe('done')
  })

  it('refuses a move without a reason, then keeps the reason', async () => {
    const created = await createTask(draft(), { staffId })
    if (!created.ok) throw new Error(created.error)
    renderAt(`/visits/tasks/${created.value.id}`)
    fireEvent.click(await screen.findByRole('button', { name: '改期' }))
    const dialog = screen.getByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText('新时间'), { target: { value: '15:00' } })
    fireEvent.click(within(dialog).getByRole('button', { name: '确认改期' }))
    expect((await within(dialog).findByRole('alert')).textContent).toBe('请填写改期原因。')
    fireEvent.change(within(dialog).getByRole('textbox', { name: '改期原因' }), { target: { value: '客户下午在家' } })
    fireEvent.click(within(dialog).getByRole('button', { name: '确认改期' }))
    expect(await screen.findByText(/客户下午在家/)).toBeTruthy()
    expect((await careTasksRepository.get(created.value.id))?.startAt).toBe(shopAt(tomorrow(), 15))
  })

  it('sends a complaint’s follow-up call to the complaint for its result', async () => {
    const created = await createTask(draft(), { staffId }, { occasionKey: 'complaint-follow-up:k1', complaintId: 'k1' })
    if (!created.ok) throw new Error(created.error)
    renderAt(`/visits/tasks/${created.value.id}`)
    expect(await screen.findByRole('link', { name: '打开投诉单' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '标记完成' })).toBeNull()
    expect(screen.getByRole('button', { name: '改期' })).toBeTruthy()
  })

  it('says so for a task that does not exist', async () => {
    renderAt('/visits/tasks/nothing')
    expect((await screen.findByRole('alert')).textContent).toContain('找不到这个任务')
  })
})

describe('the task form', () => {
  it('plans a visit for the customer from the card, then refuses a clash naming the other booking', async () => {
    renderAt(`/visits/tasks/new?customer=${customerId}`)
    expect(await screen.findByRole('link', { name: '赵敏' })).toBeTruthy()
    fireEvent.change(screen.getByRole('textbox', { name: '目的' }), { target: { value: '上门保养' } })
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByRole('heading', { level: 1, name: '上门保养' })).toBeTruthy()
    cleanup()

    renderAt(`/visits/tasks/new?customer=${customerId}`)
    await screen.findByRole('link', { name: '赵敏' })
    fireEvent.change(screen.getByRole('textbox', { name: '目的' }), { target: { value: '送礼品' } })
    fireEvent.change(screen.getByLabelText('时间'), { target: { value: '10:30' } })
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('时间冲突，未保存')
    expect(alert.textContent).toContain('王芳')
    expect(alert.textContent).toContain('赵敏')
    expect(alert.textContent).toContain('上门保养')
    expect(await careTasksRepository.countLive()).toBe(1)
  })

  it('asks for a reason when an edit moves the task', async () => {
    const created = await createTask(draft(), { staffId })
    if (!created.ok) throw new Error(created.error)
    renderAt(`/visits/tasks/${created.value.id}/edit`)
    const time = await screen.findByLabelText('时间')
    expect(screen.queryByRole('textbox', { name: '改期原因' })).toBeNull()
    fireEvent.change(time, { target: { value: '16:00' } })
    expect(screen.getByRole('textbox', { name: /改期原因/ })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    expect((await screen.findByRole('alert')).textContent).toBe('请填写改期原因。')
  })
})

describe('the calendar page', () => {
  it('shows a task in the week, day, month and agenda views, and the staff filter narrows it', async () => {
    const created = await createTask(draft(), { staffId })
    if (!created.ok) throw new Error(created.error)
    await createTask(draft({ staffId: null, startAt: shopAt(tomorrow(), 14), purpose: '寄贺卡', method: 'letter' }), { staffId })
    renderAt(`/visits/calendar?view=week&date=${tomorrow()}`)
    await waitFor(() => expect(document.querySelectorAll('.task-chip')).toHaveLength(2))
    for (const view of ['日', '月', '列表']) {
      fireEvent.click(screen.getByRole('button', { name: view }))
      await waitFor(() => expect(document.querySelectorAll('.task-chip, .agenda-item')).toHaveLength(2))
    }
    expect(screen.getAllByRole('link', { name: '赵敏' }).length).toBe(2)
    fireEvent.change(screen.getByRole('combobox', { name: '员工' }), { target: { value: staffId } })
    await waitFor(() => expect(document.querySelectorAll('.agenda-item')).toHaveLength(1))
  })
})
