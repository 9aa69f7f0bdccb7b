// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CLOSE_CHECKLIST } from '@shared/domain/complaint-lifecycle'
import { db } from '@renderer/data/db'
import { applyComplaintAction, openComplaint } from '@renderer/data/repositories/complaint-intake'
import { customersRepository } from '@renderer/data/repositories/customers'
import { useIntakeDraft } from '@renderer/features/complaints/use-intake-draft'
import { customerContent } from '../../shared/customer-record-content'
import { useFreshDatabase } from '../../data/fresh-database'

useFreshDatabase()
afterEach(cleanup)

const clerk = { staffId: 'clerk-1' }

async function openedComplaint() {
  const customer = await customersRepository.create(customerContent('张三'), clerk)
  return openComplaint({ customerId: customer.id }, clerk, new Date())
}

describe('useIntakeDraft', () => {
  it('shows an edit at once and stores it shortly after, without waiting for a flush', async () => {
    const complaint = await openedComplaint()
    const saved: unknown[] = []
    const { result } = renderHook(() => useIntakeDraft(complaint, clerk, (draft) => saved.push(draft)))
    act(() => result.current.change({ replyDraft: '您好，我来帮您处理' }))
    expect(result.current.fields.replyDraft).toBe('您好，我来帮您处理')
    expect(result.current.saveState).toBe('pending')
    await waitFor(async () => expect((await db.complaints.get(complaint.id))?.replyDraft).toBe('您好，我来帮您处理'))
    await waitFor(() => expect(result.current.saveState).toBe('saved'))
    expect(saved).toEqual([{ replyDraft: '您好，我来帮您处理' }])
  })

  it('writes what is still waiting when the wizard closes', async () => {
    const complaint = await openedComplaint()
    const { result, unmount } = renderHook(() => useIntakeDraft(complaint, clerk))
    act(() => result.current.change({ notes: '客户下午再来', resolution: { kind: 'repair' } }))
    act(() => result.current.change({ resolution: { detail: '上门维修' } }))
    unmount()
    await waitFor(async () =>
      expect(await db.complaints.get(complaint.id)).toMatchObject({ notes: '客户下午再来', resolution: { kind: 'repair', detail: '上门维修' } })
    )
  })

  it('says why a refused draft was not stored, and keeps the text on screen', async () => {
    const complaint = await openedComplaint()
    const now = new Date()
    await applyComplaintAction(complaint.id, { type: 'start' }, clerk, now)
    await applyComplaintAction(complaint.id, { type: 'resolve', resolution: { kind: 'apology', detail: '', accepted: true } }, clerk, now)
    await applyComplaintAction(complaint.id, { type: 'close', reason: '已道歉', checklist: CLOSE_CHECKLIST }, clerk, now)
    const { result } = renderHook(() => useIntakeDraft(complaint, clerk))
    act(() => result.current.change({ notes: '补记一句' }))
    await act(() => result.current.flush())
    expect(result.current.saveState).toEqual({ error: 'complaint-closed' })
    expect(result.current.fields.notes).toBe('补记一句')
  })
})
