import { useState } from 'react'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import {
  acceptFalsePositive,
  upholdFlag,
  type FlagReviewError,
  type FlagReviewOutcome,
  type PendingFlagReview
} from '../../data/repositories/flag-review'
import { useActor } from '../../session/session-store'
import { useToastStore } from '../../ui/toast-store'

interface CoachingReviewItemProps {
  readonly review: PendingFlagReview
  readonly mayDecide: boolean
  /** The note that says why the buttons are disabled, when they are. */
  readonly accessNoteId: string | undefined
}

/** The sentence split around the first occurrence of the dismissed text, so it can be marked. */
function splitAround(sentence: string, text: string): readonly [string, string, string] {
  const at = text === '' ? -1 : sentence.indexOf(text)
  if (at < 0) return ['', sentence, '']
  return [sentence.slice(0, at), text, sentence.slice(at + text.length)]
}

type Problem = { readonly kind: 'refused'; readonly error: FlagReviewError } | { readonly kind: 'failed'; readonly message: string }

/** One dismissed flag: where it was, what was marked as fine, and the manager's two decisions. */
export function CoachingReviewItem({ review, mayDecide, accessNoteId }: CoachingReviewItemProps) {
  const { t } = useTranslation()
  const actor = useActor()
  const showToast = useToastStore((state) => state.show)
  const [exception, setException] = useState(review.sentence)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [busy, setBusy] = useState(false)
  const [before, marked, after] = splitAround(review.sentence, review.text)
  const exceptionId = `coaching-exception-${review.complaintId}-${review.ruleId}`
  const problemId = `${exceptionId}-problem`
  const dismissedBy = review.dismissedByName ?? (review.dismissedBy === '' ? t('coaching.review.nobody') : t('coaching.review.unknownStaff'))

  const decide = (decision: () => Promise<FlagReviewOutcome>, successMessage: string): void => {
    setBusy(true)
    setProblem(null)
    decision()
      .then((outcome) => {
        if (outcome.ok) showToast({ message: successMessage })
        else setProblem({ kind: 'refused', error: outcome.error })
      })
      .catch((error: unknown) => setProblem({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }))
      .finally(() => setBusy(false))
  }

  const key = { complaintId: review.complaintId, ruleId: review.ruleId, text: review.text }
  const accept = () =>
    decide(
      () => acceptFalsePositive(key, actor, { exception }),
      t('coaching.review.accepted', { exception: exception.trim(), phrase: review.rulePhrase })
    )
  const uphold = () => decide(() => upholdFlag(key, actor), t('coaching.review.upheld', { number: review.complaintNumber }))
  const disabled = !mayDecide || busy

  return (
    <li className="coaching-review-item">
      <article aria-label={t('coaching.review.complaint', { number: review.complaintNumber })}>
        <div className="coaching-review-head">
          <Link to={`/complaints/${review.complaintId}`}>{t('coaching.review.complaint', { number: review.complaintNumber })}</Link>
          <span className="muted">{t('coaching.review.dismissedBy', { name: dismissedBy })}</span>
        </div>
        <dl className="coaching-review-facts">
          <dt>{t('coaching.review.rule')}</dt>
          <dd className="coaching-phrase">{review.rulePhrase}</dd>
          <dt>{t('coaching.review.text', { field: t(`coaching.fields.${review.field}`) })}</dt>
          <dd className="coaching-sentence">
            {before}
            <mark>{marked}</mark>
            {after}
          </dd>
        </dl>
        <label className="field coaching-exception" htmlFor={exceptionId}>
          <span>{t('coaching.review.exception')}</span>
          <input
            id={exceptionId}
            value={exception}
            onChange={(event) => setException(event.target.value)}
            disabled={disabled}
            aria-invalid={problem?.kind === 'refused' && problem.error.startsWith('exception-') ? true : undefined}
            aria-describedby={[`${exceptionId}-hint`, problem === null ? '' : problemId].filter(Boolean).join(' ')}
          />
          <small id={`${exceptionId}-hint`} className="hint">
            {t('coaching.review.exceptionHint')}
          </small>
        </label>
        {problem !== null ? (
          <p id={problemId} className="error-text" role="alert">
            {problem.kind === 'refused'
              ? t(`coaching.review.errors.${problem.error}`)
              : t('coaching.review.errors.failed', { message: problem.message })}
          </p>
        ) : null}
        <div className="coaching-review-actions">
          <button type="button" className="primary" disabled={disabled} aria-describedby={accessNoteId} onClick={accept}>
            {t('coaching.review.accept')}
          </button>
          <button type="button" disabled={disabled} aria-describedby={accessNoteId} onClick={uphold}>
            {t('coaching.review.uphold')}
          </button>
        </div>
      </article>
    </li>
  )
}
