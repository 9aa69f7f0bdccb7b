import { useTranslation } from 'react-i18next'
import { mayReviewFlags } from '@shared/domain/phrase-hit'
import { usePendingFlagReviews } from '../../data/hooks/use-pending-flag-reviews'
import { useActiveStaff } from '../../data/hooks/use-staff'
import { useActor } from '../../session/session-store'
import { CoachingReviewItem } from './coaching-review-item'

const ACCESS_NOTE_ID = 'coaching-review-access'

/**
 * The dismissed flags waiting for a decision. Everyone sees them; only a manager at the desk
 * (or anyone, while the shop has no active manager) may decide, and the repository checks
 * that again when the decision is stored.
 */
export function CoachingReviewQueue() {
  const { t } = useTranslation()
  const reviews = usePendingFlagReviews()
  const activeStaff = useActiveStaff()
  const actor = useActor()
  // Until the staff list is read, nothing is enabled that might be taken back a moment later.
  const mayDecide = activeStaff !== undefined && mayReviewFlags(actor.staffId, activeStaff)
  const hasManager = activeStaff?.some((member) => member.role === 'manager') ?? true

  return (
    <section className="card coaching-section" aria-labelledby="coaching-review-title">
      <div className="coaching-section-head">
        <h2 id="coaching-review-title">
          {t('coaching.review.title')}
          {reviews !== undefined && reviews.length > 0 ? <span className="badge">{t('coaching.review.count', { count: reviews.length })}</span> : null}
        </h2>
      </div>
      <p className="hint coaching-lead">{t('coaching.review.lead')}</p>
      {activeStaff !== undefined && !mayDecide ? (
        <p id={ACCESS_NOTE_ID} className="banner" role="note">
          {t('coaching.review.readOnly')}
        </p>
      ) : null}
      {activeStaff !== undefined && !hasManager ? (
        <p id={ACCESS_NOTE_ID} className="hint" role="note">
          {t('coaching.review.noManager')}
        </p>
      ) : null}
      {reviews === undefined ? <p className="muted">{t('coaching.loading')}</p> : null}
      {reviews !== undefined && reviews.length === 0 ? <p className="coaching-empty">{t('coaching.review.empty')}</p> : null}
      {reviews !== undefined && reviews.length > 0 ? (
        <ul className="coaching-review-list">
          {reviews.map((review) => (
            <CoachingReviewItem
              key={`${review.complaintId}\u0000${review.ruleId}\u0000${review.text}`}
              review={review}
              mayDecide={mayDecide}
              accessNoteId={mayDecide ? undefined : ACCESS_NOTE_ID}
            />
          ))}
        </ul>
      ) : null}
    </section>
  )
}
