// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { DEFAULT_COMPLAINT_DEADLINES } from '@shared/domain/complaint-deadlines'
import { setupI18n } from '@renderer/app/i18n'
import { OverdueBadge } from '@renderer/features/complaints/overdue-badge'

const received = '2026-03-02T02:00:00.000Z'
const hoursAfter = (hours: number): Date => new Date(Date.parse(received) + hours * 3_600_000)
const waiting = { receivedAt: received, severity: 'ordinary' as const, status: 'new' as const, firstResponseAt: null }

describe('the overdue badge', () => {
  beforeAll(() => {
    setupI18n()
  })
  afterEach(cleanup)

  it('renders nothing for a complaint on time', () => {
    const { container } = render(<OverdueBadge complaint={waiting} deadlines={DEFAULT_COMPLAINT_DEADLINES} now={hoursAfter(2)} />)
    expect(container.textContent).toBe('')
  })

  it('says in words which deadline was missed, and by how long', () => {
    render(<OverdueBadge complaint={waiting} deadlines={DEFAULT_COMPLAINT_DEADLINES} now={hoursAfter(30)} />)
    const badge = screen.getByText(/响应超时/)
    expect(badge.textContent).toContain('超时 6小时')
    expect(badge.textContent).not.toContain('解决超时')
    expect(badge.getAttribute('title')).toBe('响应超时，已超过期限 6小时')
  })

  it('names both deadlines when both are missed; compact, it leaves the duration to the tooltip', () => {
    render(<OverdueBadge complaint={waiting} deadlines={DEFAULT_COMPLAINT_DEADLINES} now={hoursAfter(24 * 10)} compact />)
    const badge = screen.getByTitle(/已超过期限/)
    expect(badge.textContent).toBe('⚠ 响应超时 · 解决超时')
    expect(badge.getAttribute('title')).toContain('9天')
  })

  it('says nothing of a resolved complaint, however old', () => {
    const resolved = { ...waiting, status: 'resolved' as const, firstResponseAt: received }
    const { container } = render(<OverdueBadge complaint={resolved} deadlines={DEFAULT_COMPLAINT_DEADLINES} now={hoursAfter(9999)} />)
    expect(container.textContent).toBe('')
  })
})
