import { useTranslation } from 'react-i18next'
import type { Complaint } from '@shared/domain/complaint'
import { overdueState, type ComplaintDeadlines } from '@shared/domain/complaint-deadlines'
import { lateness } from './complaint-list-deadline'
import { formatLateness } from './complaint-list-format'
import './complaint-list.css'

interface OverdueBadgeProps {
  readonly complaint: Pick<Complaint, 'receivedAt' | 'severity' | 'status' | 'firstResponseAt'>
  readonly deadlines: ComplaintDeadlines
  readonly now: Date
  /** Leave out "3 hours late" where space is short; it stays in the tooltip. */
  readonly compact?: boolean
}

/**
 * A red "响应超时 / 解决超时" marker for a complaint past a deadline it still has to meet;
 * nothing at all when it is on time. Words and a warning sign, not colour alone, so it reads
 * in black-and-white print and for colour-blind clerks.
 */
export function OverdueBadge({ complaint, deadlines, now, compact = false }: OverdueBadgeProps) {
  const { t, i18n } = useTranslation()
  const state = overdueState(complaint, deadlines, now.toISOString())
  if (!state.overdue) return null
  const missed = [...(state.responseOverdue ? ['response' as const] : []), ...(state.resolutionOverdue ? ['resolution' as const] : [])]
  const what = missed.map((kind) => t(`complaints.overdue.${kind}`)).join(' · ')
  const duration = formatLateness(lateness(state.hoursOverdue), i18n.language)
  return (
    <span className="overdue-badge" title={t('complaintList.overdueHint', { what, duration })}>
      <span aria-hidden="true">⚠ </span>
      {/* Compact, the short words: both deadlines' names must fit a table cell in every language. */}
      {compact ? missed.map((kind) => t(`complaintList.overdueShort.${kind}`)).join(' · ') : what}
      {compact ? null : <span className="overdue-badge-duration">{t('complaintList.overdueFor', { duration })}</span>}
    </span>
  )
}
