// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import i18next from 'i18next'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom'
import type { CareTask } from '@shared/domain/care-task'
import { todayInShop } from '@shared/domain/days'
import type { RecordContent } from '@shared/domain/record'
import { fail, ok, type Result } from '@shared/ipc/result'
import type { SavedFile, SaveFileRequest } from '@shared/ipc/contract'
import { setupI18n } from '@renderer/app/i18n'
import { db } from '@renderer/data/db'
import { complaintsRepository } from '@renderer/data/repositories/complaints'
import { customersRepository } from '@renderer/data/repositories/customers'
import { createStaff } from '@renderer/data/repositories/staff'
import { seedScriptLibrary } from '@renderer/data/script-library'
import { DaySheetPage } from '@renderer/features/visits/day-sheet-page'
import { useSessionStore } from '@renderer/session/session-store'
import { useToastStore } from '@renderer/ui/toast-store'
import { eventsOf, parseIcs, propertyOf, textOf } from '../../../e2e/support/ics-parse'
import { useFreshDatabase } from '../../data/fresh-database'
import { careTaskContent, complaintContent, customerContent, mobile, stamped } from '../../shared/customer-record-content'

const printToPdf = vi.hoisted(() => vi.fn<(request: { suggestedName: string }) => Promise<Result<SavedFile>>>())
const saveFile = vi.hoisted(() => vi.fn<(request: SaveFileRequest) => Promise<Result<SavedFile>>>())
vi.mock('@renderer/platform/bridge', () => ({ platform: { printToPdf, saveFile }, isDesktopApp: () => true }))

useFreshDatabase()

const DAY = '2026-03-10'
const clerk = { staffId: 'setup' }

let taskNumber = 0
async function addTask(customerId: string, overrides: Partial<RecordContent<CareTask>>): Promise<string> {
  const id = `task-${String(++taskNumber).padStart(3, '0')}`
  await db.careTasks.put(stamped(careTaskContent(customerId, overrides), id))
  return id
}

/** Wang's day: a maintenance visit at 10:00 and a complaint follow-up call at 14:30 (Shanghai), plus a cancelled one. */
async function wangsDay() {
  await seedScriptLibrary()
  const wang = await createStaff({ name: '王芳', role: 'clerk' }, clerk)
  const li = await createStaff({ name: '李雷', role: 'clerk' }, clerk)
  const zhang = await customersRepository.create(
    customerContent('张伟', { phones: [mobile('13800138000')], address: '上海市徐汇区漕溪北路 88 号', personality: 'analytical' }),
    clerk
  )
  const chen = await customersRepository.create(customerContent('陈静', { phones: [mobile('13912345678')], personality: 'peaceful' }), clerk)
  const complaint = await complaintsRepository.create(complaintContent(chen.id, { number: 'TS-20260301-0001-AB12', category: '' }), clerk)
  await addTask(zhang.id, { staffId: wang.id, startAt: '2026-03-10T02:00:00.000Z', durationMinutes: 60, method: 'visit', purpose: '空调年度保养', notes: '带上滤网' })
  await addTask(chen.id, { staffId: wang.id, startAt: '2026-03-10T06:30:00.000Z', method: 'call', purpose: '投诉回访', complaintId: complaint.id })
  await addTask(zhang.id, { staffId: wang.id, startAt: '2026-03-10T08:00:00.000Z', status: 'cancelled', purpose: '已取消的拜访' })
  await addTask(zhang.id, { staffId: li.id, startAt: '2026-03-10T03:00:00.000Z', purpose: '李雷的电话' })
  await addTask(zhang.id, { staffId: wang.id, startAt: '2026-03-20T03:00:00.000Z', purpose: '十天后的电话' })
  return { wang, li }
}

function CurrentUrl() {
  const location = useLocation()
  return <output data-testid="url">{`${location.pathname}${location.search}`}</output>
}

const renderAt = (url: string) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/visits/day-sheet" element={<DaySheetPage />} />
      </Routes>
      <CurrentUrl />
    </MemoryRouter>
  )

const paper = () => screen.getByRole('article')
const text = (element: HTMLElement): string => element.textContent ?? ''
const valueOf = (element: HTMLElement): string => (element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.value : '')

describe('DaySheetPage', () => {
  beforeAll(() => {
    setupI18n()
  })

  beforeEach(async () => {
    printToPdf.mockReset()
    saveFile.mockReset()
    useToastStore.setState({ toast: null })
    useSessionStore.setState({ currentStaffId: '', language: 'zh-CN' })
    await i18next.changeLanguage('zh-CN')
  })

  afterEach(cleanup)

  it('prints the staff member’s contacts of the day by time, with phone, purpose, address, what to say and room for notes', async () => {
    const { wang } = await wangsDay()
    renderAt(`/visits/day-sheet?staff=${wang.id}&date=${DAY}`)

    await waitFor(() => expect(text(paper())).toContain('共 2 项'))
    expect(text(within(paper()).getByRole('heading', { level: 1 }))).toContain('当日工作单')
    expect(text(paper())).toContain('前台')
    expect(text(paper())).toContain('王芳')
    expect(text(paper())).toContain('2026年3月10日星期二')

    const tasks = within(paper()).getAllByRole('listitem')
    expect(tasks).toHaveLength(2)
    const [visit, call] = tasks as [HTMLElement, HTMLElement]
    expect(text(visit)).toContain('10:00–11:00')
    expect(text(visit)).toContain('上门拜访')
    expect(text(visit)).toContain('张伟')
    expect(text(visit)).toContain('138 0013 8000')
    expect(text(visit)).toContain('首选：电话')
    expect(text(visit)).toContain('空调年度保养')
    expect(text(visit)).toContain('上海市徐汇区漕溪北路 88 号')
    expect(text(visit)).toContain('带上滤网')
    // Not a complaint follow-up: the card's advice for an analytical customer.
    expect(text(visit)).toContain('提供事实、数据、规格参数和其他客户的评价。')
    expect(text(visit)).toContain('记录')
    expect(visit.querySelectorAll('.day-sheet-rule')).toHaveLength(3)

    expect(text(call)).toContain('14:30–15:00')
    expect(text(call)).toContain('陈静')
    expect(text(call)).toContain('投诉单 TS-20260301-0001-AB12')
    // A follow-up: the library's wording for a peaceful customer, filled in.
    expect(text(call)).toContain('陈静，我是王芳，不用您来找我们，我主动问问：现在一切都好吗？')

    expect(text(paper())).not.toContain('已取消的拜访')
    expect(text(paper())).not.toContain('李雷的电话')
  })

  it('defaults to whoever is at the desk and to today in the shop, and keeps the choice in the address', async () => {
    const { wang, li } = await wangsDay()
    useSessionStore.setState({ currentStaffId: wang.id })
    renderAt('/visits/day-sheet')
    await waitFor(() => expect(text(paper())).toContain('这一天没有安排拜访或联系。'))
    expect(valueOf(screen.getByRole('combobox', { name: '人员' }))).toBe(wang.id)
    expect(valueOf(screen.getByLabelText('日期'))).toBe(todayInShop(new Date()))

    fireEvent.change(screen.getByLabelText('日期'), { target: { value: DAY } })
    await waitFor(() => expect(text(paper())).toContain('共 2 项'))
    expect(text(screen.getByTestId('url'))).toContain(`/visits/day-sheet?staff=${wang.id}&date=${DAY}`)

    fireEvent.change(screen.getByRole('combobox', { name: '人员' }), { target: { value: li.id } })
    await waitFor(() => expect(text(paper())).toContain('李雷的电话'))
    expect(text(paper())).toContain('共 1 项')

    fireEvent.change(screen.getByRole('combobox', { name: '人员' }), { target: { value: '' } })
    await waitFor(() => expect(text(paper())).toContain('共 3 项'))
    expect(text(screen.getByTestId('url'))).toContain(`staff=all&date=${DAY}`)
    expect(text(paper())).toContain('负责人')

    fireEvent.click(screen.getByRole('button', { name: '后一天' }))
    await waitFor(() => expect(text(paper())).toContain('这一天没有安排拜访或联系。'))
    expect(text(screen.getByTestId('url'))).toContain('date=2026-03-11')
  })

  it('prints to PDF under a name that says whose day it is, and tells where it went', async () => {
    const { wang } = await wangsDay()
    printToPdf.mockResolvedValueOnce(ok({ location: 'D:\\工作单.pdf' })).mockResolvedValueOnce(fail('io', 'disk full'))
    renderAt(`/visits/day-sheet?staff=${wang.id}&date=${DAY}`)
    await waitFor(() => expect(text(paper())).toContain('共 2 项'))

    fireEvent.click(screen.getByRole('button', { name: '打印 / 另存为 PDF' }))
    await waitFor(() => expect(useToastStore.getState().toast?.message).toBe('已保存：D:\\工作单.pdf'))
    expect(printToPdf).toHaveBeenCalledWith({ suggestedName: `工作单-王芳-${DAY}` })

    fireEvent.click(screen.getByRole('button', { name: '打印 / 另存为 PDF' }))
    await waitFor(() => expect(useToastStore.getState().toast?.message).toBe('未能完成：disk full'))
  })

  it('exports the next 30 days as an .ics file that parses, one event per contact', async () => {
    const { wang } = await wangsDay()
    // A weekly call since February, Fridays 09:00 in Shanghai; its 13 March date was done early, as a record of its own.
    const series = await addTask('customer-elsewhere', {
      staffId: wang.id,
      startAt: '2026-02-06T01:00:00.000Z',
      purpose: '每周电话',
      recurrence: { kind: 'weekly', interval: 1, until: '2026-06-30' }
    })
    await addTask('customer-elsewhere', { staffId: wang.id, startAt: '2026-03-12T01:00:00.000Z', status: 'done', occasionKey: `series:${series}:2026-03-13` })
    saveFile.mockResolvedValue(ok({ location: '/home/wang/日程.ics' }))
    renderAt(`/visits/day-sheet?staff=${wang.id}&date=${DAY}`)
    await waitFor(() => expect(text(paper())).toContain('共 2 项'))

    fireEvent.click(screen.getByRole('button', { name: '导出日历 (.ics)' }))
    await waitFor(() => expect(saveFile).toHaveBeenCalledOnce())
    const request = saveFile.mock.calls[0]![0]
    expect(request.suggestedName).toBe(`日程-王芳-${DAY}.ics`)
    expect(request.filters).toEqual([{ name: 'iCalendar', extensions: ['ics'] }])
    expect(typeof request.content).toBe('string')

    const calendar = parseIcs(String(request.content))
    expect(textOf(calendar, 'X-WR-CALNAME')).toBe('前台 · 王芳的日程')
    const events = eventsOf(calendar)
    expect(events.map((event) => textOf(event, 'SUMMARY'))).toEqual([
      '电话 · （客户记录不在本机）',
      '上门拜访 · 张伟',
      '电话 · 陈静',
      '电话 · 张伟',
      '电话 · （客户记录不在本机）',
      '电话 · 张伟'
    ])
    expect(events.map((event) => propertyOf(event, 'STATUS')?.value)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CANCELLED', 'CONFIRMED', 'CONFIRMED'])
    const [weekly, visit, call] = events
    expect(propertyOf(weekly!, 'DTSTART')?.value).toBe('20260206T090000')
    expect(propertyOf(weekly!, 'RRULE')?.value).toBe('FREQ=WEEKLY;INTERVAL=1;UNTIL=20260630T155959Z')
    expect(propertyOf(weekly!, 'EXDATE')?.value).toBe('20260313T090000')
    expect(propertyOf(visit!, 'DTSTART')?.value).toBe('20260310T020000Z')
    expect(propertyOf(visit!, 'DTEND')?.value).toBe('20260310T030000Z')
    expect(textOf(visit!, 'LOCATION')).toBe('上海市徐汇区漕溪北路 88 号')
    expect(textOf(visit!, 'DESCRIPTION')).toBe(
      '目的：空调年度保养\n电话：138 0013 8000\n话术：提供事实、数据、规格参数和其他客户的评价。\n备注：带上滤网'
    )
    expect(textOf(call!, 'DESCRIPTION')).toContain('投诉单：TS-20260301-0001-AB12')
    await waitFor(() => expect(useToastStore.getState().toast?.message).toBe('已导出 5 项安排：/home/wang/日程.ics'))
  })

  it('saves nothing when nothing is planned, and says so', async () => {
    const { li } = await wangsDay()
    renderAt(`/visits/day-sheet?staff=${li.id}&date=2026-04-01`)
    await waitFor(() => expect(text(paper())).toContain('这一天没有安排拜访或联系。'))
    fireEvent.click(screen.getByRole('button', { name: '导出日历 (.ics)' }))
    await waitFor(() => expect(useToastStore.getState().toast?.message).toBe('从 2026-04-01 起 30 天内没有安排，没有导出文件。'))
    expect(saveFile).not.toHaveBeenCalled()
  })

  it('reads in English too', async () => {
    const { wang } = await wangsDay()
    useSessionStore.setState({ language: 'en' })
    await act(() => i18next.changeLanguage('en'))
    renderAt(`/visits/day-sheet?staff=${wang.id}&date=${DAY}`)
    await waitFor(() => expect(text(paper())).toContain('Contacts: 2'))
    expect(text(within(paper()).getByRole('heading', { level: 1 }))).toContain('Day sheet')
    expect(text(paper())).toContain('Tuesday, March 10, 2026')
    expect(text(paper())).toContain('Give facts, figures, specifications and other customers’ feedback.')
    expect(text(paper())).toContain("陈静, it's 王芳. I didn't want you to have to chase us, so I'm calling: is everything all right now?")
    expect(screen.getByRole('button', { name: 'Print / save as PDF' })).toHaveProperty('disabled', false)
  })
})
