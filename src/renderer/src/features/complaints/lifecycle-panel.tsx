import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Staff } from '@shared/domain/staff'
import { useFollowUpCall } from '../../data/hooks/use-follow-up-call'
import { formatDateTime } from '../../ui/format'
import { CloseComplaintForm } from './close-complaint-form'
import { useIntake } from './intake-context'
import { RecordFollowUpForm } from './record-follow-up-form'
import { ReopenComplaintForm } from './reopen-complaint-form'
import { StatusHistory } from './status-history'

/**
 * After the intake: the follow-up call that was planned, its score, closing and reopening,
 * whichever the complaint's status allows, and the history of how it got here.
 */
export function LifecyclePanel({ staff, justResolved }: { readonly staff: readonly Staff[]; readonly justResolved: boolean }) {
  const { t, i18n } = useTranslation()
  const section = useRef<HTMLElement>(null)
  // Resolved a moment ago at the bottom of the wizard: bring the next step (the call, the score) into view.
  useEffect(() => {
    if (justResolved) section.current?.scrollIntoView({ block: 'start' })
  }, [justResolved])
  const { complaint } = useIntake()
  const call = useFollowUpCall(complaint.id)
  const { status, satisfaction } = complaint
  const callerName = staff.find((member) => member.id === call?.staffId)?.name ?? t('complaints.nobody')
  return (
    <section ref={section} className="lifecycle-panel card" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">{t('complaints.lifecycle.title')}</h2>
      {call ? (
        <p className="follow-up-call" role="status">
          {t(call.status === 'done' ? 'complaints.lifecycle.callDone' : 'complaints.lifecycle.callPlanned', {
            time: formatDateTime(call.startAt, i18n.language),
            name: callerName
          })}
        </p>
      ) : null}
      {satisfaction.score !== null ? (
        <p>
          {t('complaints.lifecycle.scored', { score: satisfaction.score })}
          {satisfaction.givenBy ? ` · ${t(`complaints.givenBy.${satisfaction.givenBy}`)}` : ''}
          {satisfaction.comment ? ` · ${satisfaction.comment}` : ''}
        </p>
      ) : null}
      {status === 'resolved' ? <RecordFollowUpForm /> : null}
      {status === 'resolved' || status === 'followed-up' ? (
        <>
          <CloseComplaintForm />
          <ReopenComplaintForm />
        </>
      ) : null}
      {status === 'closed' ? (
        <p className="ok-text">
          {t('complaints.lifecycle.closedBecause', { reason: complaint.closeReason })}
        </p>
      ) : null}
      <StatusHistory complaint={complaint} staff={staff} />
    </section>
  )
}
