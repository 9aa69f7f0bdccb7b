// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Papa from 'papaparse'
import { MemoryRouter, Route, Routes } from 'react-router-dom'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SavedFile } from '@shared/ipc/contract'
import { ok, type Result } from '@shared/ipc/result'
import { setupI18n } from '@renderer/app/i18n'
import { db } from '@renderer/data/db'
import { createStaff } from '@renderer/data/repositories/staff'
import { REPORT_ROUTES } from '@renderer/features/reports/report-routes'
import { useReportFilterStore } from '@renderer/features/reports/report-filter-store'
import { REPORTS } from '@renderer/features/reports/report-registry'
import { useSessionStore } from '@renderer/session/session-store'
import { useToastStore } from '@renderer/ui/toast-store'
import { useFreshDatabase } from '../../data/fresh-database'
import { FIXTURE, MARCH, storedComplaint } from '../../shared/report-fixtures'

const bridge = vi.hoisted(() => ({
  saveFile: vi.fn<(request: { suggestedName: string; content: string | Uint8Array }) => Promise<Result<SavedFile>>>(),
  printToPdf: vi.fn<(request: { suggestedName: string; landscape?: boolean }) => Promise<Result<SavedFile>>>()
}))
vi.mock('@renderer/platform/bridge', () => ({ platform: bridge, isDesktopApp: () => true }))

useFreshDatabase()

const XSS = '<img src=x onerror=alert(1)>'

beforeAll(() => {
  setupI18n()
  // jsdom has no canvas: ECharts then measures text from its own table of widths.
  HTMLCanvasElement.prototype.getContext = () => null
})

beforeEach(async () => {
  bridge.saveFile.mockReset().mockResolvedValue(ok({ location: 'C:\\Reports\\file' }))
  bridge.printToPdf.mockReset().mockResolvedValue(ok({ location: 'C:\\Reports\\report.pdf' }))
  useToastStore.setState({ toast: null })
  useReportFilterStore.setState({ preset: 'custom', customRange: MARCH, staffId: null, orientations: {} })
  act(() => useSessionStore.getState().setLanguage('zh-CN'))
  // The fixture's staff-a is a member of staff whose name is markup.
  const named = await createStaff({ name: XSS, role: 'clerk' }, { staffId: '' })
  await db.complaints.bulkPut(FIXTURE.map(storedComplaint).map((complaint) => (complaint.handlerId === 'staff-a' ? { ...complaint, handlerId: named.id } : complaint)))
  act(() => useSessionStore.getState().setCurrentStaff(named.id))
})

afterEach(cleanup)

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        {REPORT_ROUTES.map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        ))}
      </Routes>
    </MemoryRouter>
  )
}

const sectionNamed = (name: string) => screen.getByRole('region', { name })

describe('a report page', () => {
  it('shows the report’s header, its sections and the tables, names as text', async () => {
    const { container } = renderAt('/reports/satisfaction')
    expect(await screen.findByRole('heading', { level: 1, name: '满意度' })).toBeDefined()
    const byStaff = await waitFor(() => sectionNamed('按经办员工'))
    const table = within(byStaff).getByRole('table')
    await waitFor(() => expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([XSS, '（已删除的员工）', '合计']))
    expect(container.querySelector('img')).toBeNull()
    const header = container.querySelector('.report-print-header')
    expect(header?.textContent).toContain('统计期间：2026/03/01 至 2026/03/31')
    expect(header?.textContent).toContain(`打印人：${XSS}`)
  })

  it('exports a section’s table as CSV with the table’s own figures', async () => {
    renderAt('/reports/complaints')
    const byCategory = await waitFor(() => sectionNamed('按类别'))
    await waitFor(() => expect(within(byCategory).getAllByRole('rowheader')).toHaveLength(5))
    fireEvent.click(within(byCategory).getByRole('button', { name: '导出 CSV' }))
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1))
    const request = bridge.saveFile.mock.calls[0]?.[0]
    expect(request?.suggestedName).toBe('投诉统计-按类别 2026-03-01至2026-03-31.csv')
    const content = typeof request?.content === 'string' ? request.content : ''
    expect(Papa.parse<string[]>(content.slice(1), { newline: '\r\n' }).data).toEqual([
      ['类别', '投诉数', '占比'],
      ['维修技术', '3', '42.9%'],
      ['产品质量', '2', '28.6%'],
      ['服务质量/服务态度', '1', '14.3%'],
      ['未分类', '1', '14.3%'],
      ['合计', '7', '100%']
    ])
    await waitFor(() => expect(useToastStore.getState().toast?.message).toBe('已保存：C:\\Reports\\file'))
  })

  it('exports a section’s table as an Excel workbook', async () => {
    renderAt('/reports/root-causes')
    const causes = await waitFor(() => sectionNamed('根本原因（帕累托）'))
    await waitFor(() => expect(within(causes).getAllByRole('rowheader').length).toBeGreaterThan(1))
    fireEvent.click(within(causes).getByRole('button', { name: '导出 Excel' }))
    // exceljs is loaded on the first workbook, which takes a while in a test's DOM.
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1), { timeout: 15_000 })
    const request = bridge.saveFile.mock.calls[0]?.[0]
    expect(request?.suggestedName).toMatch(/\.xlsx$/)
    expect(request?.content instanceof Uint8Array ? [...request.content.slice(0, 2)] : []).toEqual([0x50, 0x4b])
  })

  it('prints in the orientation chosen, through the print bridge', async () => {
    renderAt('/reports/complaint-times')
    await screen.findByRole('heading', { level: 1, name: '投诉处理时效' })
    fireEvent.click(screen.getByRole('button', { name: '打印 / 另存为 PDF' }))
    await waitFor(() => expect(bridge.printToPdf).toHaveBeenCalledWith({ suggestedName: '投诉处理时效 2026-03-01至2026-03-31', landscape: true }))
    fireEvent.click(screen.getByRole('radio', { name: '纵向' }))
    fireEvent.click(screen.getByRole('button', { name: '打印 / 另存为 PDF' }))
    await waitFor(() => expect(bridge.printToPdf).toHaveBeenLastCalledWith({ suggestedName: '投诉处理时效 2026-03-01至2026-03-31', landscape: false }))
    expect(document.querySelector('.report-view')?.className).toBe('report-view report-portrait')
  })

  it('changes with the period, and refuses a period that runs backwards', async () => {
    renderAt('/reports/complaints')
    const bySeverity = await waitFor(() => sectionNamed('按严重程度'))
    await waitFor(() => expect(within(bySeverity).getByRole('row', { name: /^合计/ }).textContent).toBe('合计7100.0%'))
    fireEvent.change(screen.getByLabelText('结束日期'), { target: { value: '2026-03-09' } })
    await waitFor(() => expect(within(sectionNamed('按严重程度')).getByRole('row', { name: /^合计/ }).textContent).toBe('合计3100.0%'))
    expect(screen.getByRole('combobox', { name: '时间范围' })).toHaveProperty('value', 'custom')
    fireEvent.change(screen.getByLabelText('开始日期'), { target: { value: '2026-03-20' } })
    expect(screen.getByRole('alert').textContent).toBe('请填写开始和结束日期，开始日期不能晚于结束日期。')
    expect(useReportFilterStore.getState().customRange).toEqual({ from: '2026-03-01', to: '2026-03-09' })
  })

  it('says so for a report that does not exist', async () => {
    renderAt('/reports/no-such-report')
    expect(await screen.findByRole('heading', { level: 1, name: '没有这份报表。' })).toBeDefined()
  })

  it.each(['zh-CN', 'en'] as const)('names every report, section and column in %s', async (language) => {
    act(() => useSessionStore.getState().setLanguage(language))
    for (const report of REPORTS) {
      const { container, unmount } = renderAt(`/reports/${report.id}`)
      await waitFor(() => expect(container.querySelectorAll('.report-section').length).toBeGreaterThan(0))
      const title = screen.getByRole('heading', { level: 1 }).textContent ?? ''
      const words = [title, ...[...container.querySelectorAll('h2, th[scope="col"]')].map((element) => element.textContent ?? '')]
      for (const word of words) expect(word, `${report.id}: "${word}"`).not.toMatch(/^[a-z]+(-[a-z]+)*$/)
      unmount()
    }
  })
})

describe('the reports dashboard', () => {
  it('shows the headline figures of the period and links every report', async () => {
    renderAt('/reports')
    expect(await screen.findByRole('heading', { level: 1, name: '报表' })).toBeDefined()
    const overview = await screen.findByRole('region', { name: '概览' })
    await waitFor(() => expect(within(overview).getByRole('link', { name: /受理投诉/ }).textContent).toBe('受理投诉7'))
    expect(within(overview).getByRole('link', { name: /仍未结案/ }).getAttribute('href')).toBe('/reports/open-complaints')
    expect(within(overview).getByRole('link', { name: /平均首次答复/ }).textContent).toBe('平均首次答复7.7 小时')
    expect(within(overview).getByRole('link', { name: /最常见原因/ }).textContent).toContain('产品缺陷')
    const list = screen.getByRole('region', { name: '全部报表' })
    expect(within(list).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(REPORTS.map((report) => `/reports/${report.id}`))
  })
})
