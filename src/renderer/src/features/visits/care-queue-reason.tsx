import { useTranslation } from 'react-i18next'
import type { CareSuggestion } from '@shared/domain/care-rules'
import { formatLunarDate } from '@shared/domain/important-dates'
import { daysBetween } from '@shared/domain/days'
import { formatCareDay } from './care-queue-format'

/** Why the customer is suggested, with the occasion's date (a lunar date with the solar day it falls on). */
export function CareQueueReason({ suggestion, today }: { readonly suggestion: CareSuggestion; readonly today: string }) {
  const { t, i18n } = useTranslation()
  const day = (date: string) => formatCareDay(date, today, i18n.language)
  const date = day(suggestion.date)
  switch (suggestion.reason) {
    case 'birthday': {
      const text =
        suggestion.calendar === 'lunar'
          ? t('careQueue.reasonText.birthdayLunar', { lunar: formatLunarDate(suggestion.month, suggestion.day, suggestion.leapMonth), date })
          : t('careQueue.reasonText.birthdaySolar', { date })
      return (
        <>
          {text}
          {suggestion.age !== null && suggestion.age > 0 ? <span className="muted"> · {t('careQueue.reasonText.age', { age: suggestion.age })}</span> : null}
        </>
      )
    }
    case 'anniversary': {
      const label = suggestion.label.trim() || t(`careQueue.dateKinds.${suggestion.dateKind}`)
      const text =
        suggestion.calendar === 'lunar'
          ? t('careQueue.reasonText.anniversaryLunar', { label, lunar: formatLunarDate(suggestion.month, suggestion.day, suggestion.leapMonth), date })
          : t('careQueue.reasonText.anniversary', { label, date })
      return (
        <>
          {text}
          {suggestion.years !== null && suggestion.years > 0 ? <span className="muted"> · {t('careQueue.reasonText.years', { years: suggestion.years })}</span> : null}
        </>
      )
    }
    case 'festival':
      return <>{t('careQueue.reasonText.festival', { festival: t(`careQueue.festivals.${suggestion.festival}`), date })}</>
    case 'maintenance':
      return <>{t('careQueue.reasonText.maintenance', { product: suggestion.product, date })}</>
    case 'warranty':
      return <>{t('careQueue.reasonText.warranty', { product: suggestion.product, date })}</>
    case 'service-follow-up':
      return (
        <>{t('careQueue.reasonText.serviceFollowUp', { product: suggestion.product, summary: suggestion.summary, serviceDate: day(suggestion.serviceDate), date })}</>
      )
    case 'no-contact': {
      const days = daysBetween(suggestion.since, today)
      return (
        <>
          {suggestion.lastContactDate === null
            ? t('careQueue.reasonText.noContactNever', { since: day(suggestion.since), days })
            : t('careQueue.reasonText.noContact', { lastContact: day(suggestion.lastContactDate), days })}
        </>
      )
    }
  }
}
