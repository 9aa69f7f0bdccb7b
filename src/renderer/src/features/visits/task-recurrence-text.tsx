import { useTranslation } from 'react-i18next'
import type { Recurrence } from '@shared/domain/care-task'
import { requireIsoDate } from '@shared/domain/days'
import { NTH_VALUES, weekdayOf } from '@shared/domain/recurrence'
import { formatCalendarDate, formatMonthDay, formatWeekday } from './calendar-format'

/** How a series repeats, in words: "every 2 weeks on Monday, until 30 June 2026". */
export function TaskRecurrenceText({ recurrence, anchor }: { readonly recurrence: Recurrence; readonly anchor: string }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  if (recurrence.kind === 'none') return <>{t('calendar.recurrenceKinds.none')}</>
  const { day, month } = requireIsoDate(anchor)
  const rule = (() => {
    switch (recurrence.kind) {
      case 'weekly': {
        const weekday = formatWeekday(weekdayOf(anchor), language, 'long')
        return recurrence.interval === 1
          ? t('calendar.recurrenceText.weekly', { weekday })
          : t('calendar.recurrenceText.weeklyN', { count: recurrence.interval, weekday })
      }
      case 'monthly': {
        const text =
          recurrence.interval === 1
            ? t('calendar.recurrenceText.monthly', { day })
            : t('calendar.recurrenceText.monthlyN', { count: recurrence.interval, day })
        return day > 28 ? `${text}${t('calendar.recurrenceText.monthEnd')}` : text
      }
      case 'yearly': {
        const date = formatMonthDay(anchor, language)
        const text =
          recurrence.interval === 1
            ? t('calendar.recurrenceText.yearly', { date })
            : t('calendar.recurrenceText.yearlyN', { count: recurrence.interval, date })
        return month === 2 && day === 29 ? `${text}${t('calendar.recurrenceText.leapDay')}` : text
      }
      case 'nth-weekday': {
        const nth = NTH_VALUES.find((value) => value === recurrence.nth) ?? 1
        return t('calendar.recurrenceText.nthWeekday', {
          nth: t(`calendar.nthValues.${nth}`),
          weekday: formatWeekday(recurrence.weekday, language, 'long')
        })
      }
    }
  })()
  const until = recurrence.until === null ? '' : t('calendar.recurrenceText.until', { date: formatCalendarDate(recurrence.until, language) })
  return <>{`${rule}${until}`}</>
}
