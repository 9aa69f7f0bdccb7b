import { useState } from 'react'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { hitRangeOf, type HitPeriod, type HitRange } from '@shared/domain/phrase-hit'
import { CoachingPeriodPicker } from './coaching-period-picker'
import { CoachingReviewQueue } from './coaching-review-queue'
import { CoachingStaffHits } from './coaching-staff-hits'
import { CoachingTopRules } from './coaching-top-rules'
import './coaching.css'

interface PeriodChoice {
  readonly period: HitPeriod
  readonly range: HitRange
}

/*
 * The range is worked out when the period is chosen, not on every render: "now" read while
 * rendering would give a new range (and a new query) each time the page re-renders.
 */
const choose = (period: HitPeriod): PeriodChoice => ({ period, range: hitRangeOf(period, new Date()) })

/** 话术辅导: never-say hits per staff member for coaching, and the review of flags marked as false positives. */
export function CoachingPage() {
  const { t } = useTranslation()
  const [{ period, range }, setChoice] = useState<PeriodChoice>(() => choose('30-days'))
  return (
    <div className="page coaching-page">
      <div className="page-header">
        <h1>{t('coaching.title')}</h1>
        <div className="page-actions">
          <Link to="/scripts">{t('coaching.backToScripts')}</Link>
        </div>
      </div>
      <p className="hint coaching-lead">{t('coaching.lead')}</p>

      <section className="card coaching-section" aria-labelledby="coaching-hits-title">
        <div className="coaching-section-head">
          <h2 id="coaching-hits-title">{t('coaching.hits.title')}</h2>
          <CoachingPeriodPicker value={period} onChange={(next) => setChoice(choose(next))} />
        </div>
        <p className="hint coaching-lead">{t('coaching.hits.lead')}</p>
        <CoachingStaffHits range={range} />
      </section>

      <section className="card coaching-section" aria-labelledby="coaching-rules-title">
        <div className="coaching-section-head">
          <h2 id="coaching-rules-title">{t('coaching.rules.title')}</h2>
          <span className="muted">{t(`coaching.periods.${period}`)}</span>
        </div>
        <CoachingTopRules range={range} />
      </section>

      <CoachingReviewQueue />
    </div>
  )
}
