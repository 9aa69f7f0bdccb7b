// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { MemoryRouter } from 'react-router-dom'
import type { Complaint } from '@shared/domain/complaint'
import { DEFAULT_COMPLAINT_DEADLINES } from '@shared/domain/complaint-deadlines'
import type { Customer } from '@shared/domain/customer'
import { fail, ok, type Result } from '@shared/ipc/result'
import type { SavedFile } from '@shared/ipc/contract'
import { setupI18n } from '@renderer/app/i18n'
import { ComplaintSheet } from '@renderer/features/complaints/print/complaint-sheet'
import { ComplaintSlip } from '@renderer/features/complaints/print/complaint-slip'
import { ComplaintPrintToolbar } from '@renderer/features/complaints/print/complaint-print-toolbar'
import type { ComplaintPrintData } from '@renderer/features/complaints/print/print-documents'
import { useToastStore } from '@renderer/ui/toast-store'
import { complaintContent, customerContent, stamped } from '../../shared/customer-record-content'

const printToPdf = vi.hoisted(() => vi.fn<(request: { suggestedName: string }) => Promise<Result<SavedFile>>>())
vi.mock('@renderer/platform/bridge', () => ({ platform: { printToPdf }, isDesktopApp: () => true }))

const NOTES = '内部：客户曾在别家投诉过，注意语气'
const ROOT_CAUSE = '维修时未彻底排查故障点'
const REPLY_DRAFT = '草稿：先道歉，再约上门时间'

const complaint: Complaint = stamped(
  complaintContent('customer-1', {
    number: 'TS-20260302-0001-7K3F',
    status: 'closed',
    statusHistory: [
      { status: 'new', at: '2026-03-02T02:00:00.000Z', by: 'staff-1' },
      { status: 'in-progress', at: '2026-03-02T03:00:00.000Z', by: 'staff-1' },
      { status: 'resolved', at: '2026-03-04T03:00:00.000Z', by: 'staff-1' },
      { status: 'in-progress', at: '2026-03-05T03:00:00.000Z', by: 'staff-2', reason: '客户反映问题再次出现' },
      { status: 'resolved', at: '2026-03-12T03:00:00.000Z', by: 'staff-1' },
      { status: 'closed', at: '2026-03-13T03:00:00.000Z', by: 'staff-1' }
    ],
    receivedAt: '2026-03-02T02:00:00.000Z',
    firstResponseAt: '2026-03-02T03:00:00.000Z',
    resolvedAt: '2026-03-12T03:00:00.000Z',
    closedAt: '2026-03-13T03:00:00.000Z',
    handlerId: 'staff-1',
    customerWords: '修完不到一周又出同样的问题。',
    desiredRemedy: '换一台新的',
    category: '安装预约',
    severity: 'serious',
    rootCause: ROOT_CAUSE,
    replyDraft: REPLY_DRAFT,
    notes: NOTES,
    resolution: { kind: 'replacement', detail: '更换同型号新机', accepted: true },
    escalation: { supervisorId: 'staff-2', reason: '严重投诉，店长介入', at: '2026-03-02T03:00:00.000Z' },
    followUpDate: '2026-03-15',
    satisfaction: { score: 4, comment: '基本满意', givenBy: 'customer' },
    closeReason: '问题已解决，客户认可',
    closeChecklist: ['decision-recorded', 'customer-informed', 'actions-noted'],
    dismissedFlags: [{ ruleId: 'company-policy', text: '这是公司的规定', by: 'staff-1' }]
  }),
  'complaint-1'
)

const customer: Customer = stamped(
  { ...customerContent('孙晨斌'), searchKeys: [], phoneDigits: [], sortName: 'sunchenbin' },
  'customer-1'
)

const data: ComplaintPrintData = {
  complaint,
  customer,
  staffNames: new Map([
    ['staff-1', '赵佳红'],
    ['staff-2', '王凯超']
  ]),
  deadlines: DEFAULT_COMPLAINT_DEADLINES,
  now: new Date('2026-03-20T02:00:00.000Z'),
  shopName: '前台'
}

describe('the printouts', () => {
  beforeAll(() => {
    setupI18n()
  })
  afterEach(cleanup)

  it('the slip has the number, the customer, their words, what comes next and who handles it', () => {
    const { container } = render(<ComplaintSlip data={data} />)
    const text = container.textContent ?? ''
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('投诉受理回执')
    expect(text).toContain('TS-20260302-0001-7K3F')
    expect(text).toContain('孙晨斌')
    expect(text).toContain('修完不到一周又出同样的问题。')
    expect(text).toContain('经办人：赵佳红')
    expect(text).not.toContain('给您回访')
  })

  it('the slip promises the follow-up call only while it is still to come', () => {
    const resolved = { ...complaint, status: 'resolved' as const, closedAt: null, satisfaction: { score: null, comment: '', givenBy: null } }
    const { container } = render(<ComplaintSlip data={{ ...data, complaint: resolved }} />)
    expect(container.textContent).toMatch(/我们将于 2026\/03\/15 给您回访/)
  })

  it('the slip carries nothing internal: no notes, cause, reply draft, flags or supervisor', () => {
    const { container } = render(<ComplaintSlip data={data} />)
    const text = container.textContent ?? ''
    for (const internal of [NOTES, ROOT_CAUSE, REPLY_DRAFT, '这是公司的规定', '王凯超', '严重投诉，店长介入']) {
      expect(text).not.toContain(internal)
    }
  })

  it('the sheet has the whole record, the custom category as typed, and the history with who and why', () => {
    const { container } = render(<ComplaintSheet data={data} />)
    const text = container.textContent ?? ''
    for (const expected of [NOTES, ROOT_CAUSE, REPLY_DRAFT, '安装预约', '更换同型号新机', '王凯超', '4 / 5', '客户本人评分', '问题已解决，客户认可']) {
      expect(text).toContain(expected)
    }
    expect(text).toContain('☑已告知客户')
    const rows = screen.getAllByRole('row')
    expect(rows).toHaveLength(1 + complaint.statusHistory.length)
    expect(rows[4]?.textContent).toContain('王凯超')
    expect(rows[4]?.textContent).toContain('客户反映问题再次出现')
  })

  it('the sheet says which deadlines were kept', () => {
    render(<ComplaintSheet data={data} />)
    // Serious: respond within 4 hours (took 1), resolve within 72 (took 10 days).
    expect(screen.getByText('响应期限').nextElementSibling?.textContent).toMatch(/（按时）$/)
    expect(screen.getByText('解决期限').nextElementSibling?.textContent).toMatch(/（逾期完成）$/)
  })
})

describe('the print toolbar', () => {
  beforeAll(() => {
    setupI18n()
  })
  beforeEach(() => {
    printToPdf.mockReset()
    useToastStore.setState({ toast: null })
  })
  afterEach(cleanup)

  const renderToolbar = () =>
    render(
      <MemoryRouter>
        <ComplaintPrintToolbar complaint={complaint} kind="sheet" />
      </MemoryRouter>
    )

  it('asks the bridge for a PDF named after the document and number, and says where it went', async () => {
    printToPdf.mockResolvedValue(ok({ location: 'D:\\投诉处理单-TS-20260302-0001-7K3F.pdf' }))
    renderToolbar()
    expect(screen.getByRole('link', { name: '返回投诉详情' }).getAttribute('href')).toBe('/complaints/complaint-1')
    fireEvent.click(screen.getByRole('button', { name: '打印 / 另存为 PDF' }))
    await waitFor(() => expect(useToastStore.getState().toast?.message).toBe('已保存：D:\\投诉处理单-TS-20260302-0001-7K3F.pdf'))
    expect(printToPdf).toHaveBeenCalledWith({ suggestedName: '投诉处理单-TS-20260302-0001-7K3F' })
  })

  it('says when saving failed, and nothing when the dialog was cancelled', async () => {
    printToPdf.mockResolvedValueOnce(fail('cancelled', 'No file was chosen.'))
    renderToolbar()
    fireEvent.click(screen.getByRole('button', { name: '打印 / 另存为 PDF' }))
    await waitFor(() => expect(screen.getByRole('button', { name: '打印 / 另存为 PDF' }).hasAttribute('disabled')).toBe(false))
    expect(useToastStore.getState().toast).toBeNull()

    printToPdf.mockResolvedValueOnce(fail('io', 'disk full'))
    fireEvent.click(screen.getByRole('button', { name: '打印 / 另存为 PDF' }))
    await waitFor(() => expect(useToastStore.getState().toast?.message).toBe('未能完成：disk full'))
  })
})
