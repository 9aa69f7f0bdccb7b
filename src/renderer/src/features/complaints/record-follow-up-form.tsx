import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useIntake } from './intake-context'
import { IntakeTextArea } from './intake-text-area'
import { TransitionErrorText } from './transition-error-text'
import { useActionForm } from './use-action-form'

/** SATISFACTION_SCORE_RANGE, written out so each score has its own words on screen. */
const SCORES = [1, 2, 3, 4, 5] as const
const GIVERS = ['customer', 'clerk'] as const

/** 回访: the customer's satisfaction score from the follow-up call, with what they said. */
export function RecordFollowUpForm() {
  const { t } = useTranslation()
  const { complaint, recordHits } = useIntake()
  const [score, setScore] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  const [givenBy, setGivenBy] = useState<(typeof GIVERS)[number]>('customer')
  // No score chosen is sent as 0, which the lifecycle refuses with the range it accepts.
  const { error, onSubmit } = useActionForm(complaint.id, () => ({ type: 'record-follow-up', score: score ?? 0, comment: comment.trim(), givenBy }), () =>
    recordHits('satisfaction.comment', comment)
  )

  return (
    <form className="lifecycle-form" onSubmit={onSubmit} aria-labelledby="follow-up-form-title">
      <h3 id="follow-up-form-title">{t('complaints.lifecycle.followUpTitle')}</h3>
      <fieldset className="choice-row">
        <legend>{t('complaints.lifecycle.score')}</legend>
        {SCORES.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="satisfaction-score" checked={score === value} onChange={() => setScore(value)} />
            {t(`complaints.lifecycle.scores.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-row">
        <legend>{t('complaints.lifecycle.givenByLabel')}</legend>
        {GIVERS.map((giver) => (
          <label key={giver} className="choice">
            <input type="radio" name="given-by" checked={givenBy === giver} onChange={() => setGivenBy(giver)} />
            {t(`complaints.givenBy.${giver}`)}
          </label>
        ))}
      </fieldset>
      <IntakeTextArea name="satisfaction.comment" label={t('complaints.lifecycle.comment')} value={comment} onText={setComment} rows={2} />
      <TransitionErrorText error={error} />
      <div className="button-row">
        <button type="submit" className="primary">
          {t('complaints.lifecycle.recordFollowUp')}
        </button>
      </div>
    </form>
  )
}
