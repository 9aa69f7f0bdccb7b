// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_CARE_SETTINGS } from '@shared/domain/care-settings'
import type { ImportantDate } from '@shared/domain/customer'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { setupI18n } from '@renderer/app/i18n'
import { db } from '@renderer/data/db'
import { customersRepository } from '@renderer/data/repositories/customers'
import { getSetting } from '@renderer/data/repositories/settings'
import { CareSettings } from '@renderer/features/settings/care-settings'
import { CareQueuePage } from '@renderer/features/visits/care-queue-page'
import { useSessionStore } from '@renderer/session/session-store'
import { ToastHost } from '@renderer/ui/toast-host'
import { useToastStore } from '@renderer/ui/toast-store'
import { customerContent, mobile } from '../../shared/customer-record-content'
import { setWallClock, useFreshDatabase } from '../../data/fresh-database'

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

beforeEach(() => {
  // 2026-06-10, 09:00 in the shop.
  setWallClock('2026-06-10T01:00:00.000Z')
  useToastStore.setState({ toast: null })
  act(() => useSessionStore.getState().setLanguage('zh-CN'))
  useSessionStore.getState().setCurrentStaff('')
})

afterEach(cleanup)

const birthday = (month: number, day: number, calendar: ImportantDate['calendar'] = 'solar'): ImportantDate => ({
  id: 'b',
  kind: 'birthday',
  label: '生日',
  calendar,
  year: null,
  month,
  day,
  leapMonth: false
})

async function addCustomer(name: string, more: Parameters<typeof customerContent>[1]) {
  return customersRepository.create(customerContent(name, { lastContactAt: '2026-06-01T02:00:00.000Z', ...more }), { staffId: '' })
}

function renderQueue() {
  return render(
    <MemoryRouter initialEntries={['/visits']}>
      <CareQueuePage />
      <ToastHost />
    </MemoryRouter>
  )
}

const section = (name: RegExp) => screen.getByRole('region', { name })

describe('the care queue page', () => {
  it('shows overdue, today and this week, with each suggestion’s customer, reason, date, channel, phone and gaps', async () => {
    await addCustomer('张伟', { tier: 'B', importantDates: [birthday(6, 13)], phones: [mobile('13812345678')], preferredChannel: 'wechat' })
    await addCustomer('王芳', { tier: 'A', importantDates: [birthday(6, 10)], phones: [] })
    // 八月十五 this year is 2026-09-25: far off; 五月初一 is 2026-06-15.
    await addCustomer('李雷', { tier: 'C', importantDates: [birthday(5, 1, 'lunar')] })
    renderQueue()

    expect(screen.getByRole('heading', { level: 1, name: '关怀清单' })).toBeTruthy()
    const thisWeek = await waitFor(() => section(/本周内/))
    const zhang = (await within(thisWeek).findByText('张伟')).closest('li')
    if (zhang === null) throw new Error('no item')
    expect(within(zhang).getByRole('link', { name: '张伟' })?.getAttribute('href')).toBe('/customers/' + (await db.customers.where('name').equals('张伟').first())?.id)
    expect(zhang?.textContent).toContain('3天后')
    expect(zhang?.textContent).toContain('生日 6月13日周六')
    expect(zhang?.textContent).toContain('偏好：微信')
    expect(zhang?.textContent).toContain('138 1234 5678')
    const li = within(thisWeek).getByText('李雷').closest('li')
    expect(li?.textContent).toContain('农历生日 五月初一，今年在公历 6月15日周一')

    const today = section(/^今天/)
    const wang = (await within(today).findByText('王芳')).closest('li')
    expect(wang?.textContent).toContain('今天')
    expect(wang?.textContent).toContain('缺电话')
    expect(within(section(/已逾期/)).getByText('没有逾期未办的关怀。')).toBeTruthy()
    expect(screen.getByRole('link', { name: '拜访日程' })?.getAttribute('href')).toBe('/visits/calendar')
    expect(screen.getByRole('link', { name: '季节性关怀活动' })?.getAttribute('href')).toBe('/visits?campaign=new')
  })

  it('sorts a group by tier', async () => {
    await addCustomer('丁一', { tier: 'D', importantDates: [birthday(6, 12)] })
    await addCustomer('甲一', { tier: 'A', importantDates: [birthday(6, 13)] })
    await addCustomer('丙一', { tier: 'C', importantDates: [birthday(6, 11)] })
    renderQueue()
    const thisWeek = await waitFor(() => section(/本周内/))
    await waitFor(() => expect(within(thisWeek).getAllByRole('listitem')).toHaveLength(3))
    expect(within(thisWeek).getAllByRole('link').map((link) => link.textContent)).toEqual(['甲一', '丙一', '丁一'])
  })

  it('accepts a suggestion into a planned task, which takes it off the queue', async () => {
    await addCustomer('张伟', { importantDates: [birthday(6, 13)] })
    renderQueue()
    const item = await screen.findByRole('group', { name: '处理 张伟 的建议' })
    fireEvent.click(within(item).getByRole('button', { name: '接受' }))
    await waitFor(() => expect(screen.queryByText('张伟')).toBeNull())
    expect(await screen.findByText(/已安排：张伟/)).toBeTruthy()
    const [task] = await db.careTasks.toArray()
    expect(task).toMatchObject({ purpose: '生日问候', status: 'planned', method: 'call', startAt: '2026-06-13T02:00:00.000Z' })
  })

  it('dismisses only with a reason, and snoozes to a later day', async () => {
    await addCustomer('张伟', { importantDates: [birthday(6, 13)] })
    await addCustomer('王芳', { importantDates: [birthday(6, 14)] })
    renderQueue()
    fireEvent.click(within(await screen.findByRole('group', { name: '处理 张伟 的建议' })).getByRole('button', { name: '不再提醒' }))
    const dialog = await screen.findByRole('dialog', { name: '不再提醒：张伟' })
    fireEvent.click(within(dialog).getByRole('button', { name: '不再提醒' }))
    expect((await within(dialog).findByRole('alert')).textContent).toContain('请写明不再提醒的原因。')
    fireEvent.change(within(dialog).getByRole('textbox', { name: '原因' }), { target: { value: '客户已婉拒' } })
    fireEvent.click(within(dialog).getByRole('button', { name: '不再提醒' }))
    await waitFor(() => expect(screen.queryByRole('group', { name: '处理 张伟 的建议' })).toBeNull())

    fireEvent.click(within(screen.getByRole('group', { name: '处理 王芳 的建议' })).getByRole('button', { name: '稍后提醒' }))
    const snooze = await screen.findByRole('dialog', { name: '稍后提醒：王芳' })
    expect(within(snooze).getByLabelText('在这一天再提醒')).toHaveProperty('value', '2026-06-17')
    fireEvent.click(within(snooze).getByRole('button', { name: '稍后提醒' }))
    await waitFor(() => expect(screen.queryByRole('group', { name: '处理 王芳 的建议' })).toBeNull())
    expect((await db.careDecisions.toArray()).map((decision) => [decision.decision, decision.until, decision.reason]).sort()).toEqual([
      ['dismissed', null, '客户已婉拒'],
      ['snoozed', '2026-06-17', '']
    ])
  })

  it('speaks English when the language is switched', async () => {
    act(() => useSessionStore.getState().setLanguage('en'))
    await addCustomer('张伟', { importantDates: [birthday(6, 13)] })
    renderQueue()
    expect(screen.getByRole('heading', { level: 1, name: 'Care queue' })).toBeTruthy()
    const thisWeek = await waitFor(() => section(/This week/))
    const item = (await within(thisWeek).findByText('张伟')).closest('li')
    expect(item?.textContent).toContain('in 3 days')
    expect(item?.textContent).toContain('Birthday on Sat, Jun 13')
    expect(item?.textContent).toContain('Prefers Phone')
  })
})

describe('the care rules settings', () => {
  it('says clearly what is wrong, and saves a good setting', async () => {
    render(<CareSettings />)
    const form = await screen.findByRole('region', { name: '关怀规则' })
    const a = await within(form).findByRole('textbox', { name: 'A 级' })
    const b = within(form).getByRole('textbox', { name: 'B 级' })
    fireEvent.change(a, { target: { value: '200' } })
    fireEvent.change(within(form).getByRole('textbox', { name: '生日' }), { target: { value: 'x' } })
    fireEvent.click(within(form).getByRole('button', { name: '保存' }))
    const alert = await within(form).findByRole('alert')
    expect(alert?.textContent).toContain('提前提醒的天数 · 生日：请填写 0 到 180 之间的整数。')
    expect(alert?.textContent).toContain('多少天未联系就提醒（按客户等级） · B 级：不能少于上一级的天数（等级越高越早提醒）。')
    expect(b.getAttribute('aria-invalid')).toBe('true')
    expect(await getSetting(SETTING_KEYS.careSettings, null, (value): value is null => value === null)).toBeNull()

    fireEvent.change(a, { target: { value: '45' } })
    fireEvent.change(within(form).getByRole('textbox', { name: '生日' }), { target: { value: '10' } })
    fireEvent.click(within(form).getByRole('checkbox', { name: 'B 级' }))
    fireEvent.click(within(form).getByRole('button', { name: '保存' }))
    expect((await within(form).findByRole('status')).textContent).toContain('已保存。')
    const saved = await db.settings.get(SETTING_KEYS.careSettings)
    expect(saved?.value).toEqual({
      ...DEFAULT_CARE_SETTINGS,
      leadDays: { ...DEFAULT_CARE_SETTINGS.leadDays, birthday: 10 },
      noContactDays: { ...DEFAULT_CARE_SETTINGS.noContactDays, A: 45 },
      festivalTiers: ['A', 'B']
    })
  })
})
