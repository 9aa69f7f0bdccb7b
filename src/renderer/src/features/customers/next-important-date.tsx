import { useTranslation } from 'react-i18next'
import type { ImportantDate } from '@shared/domain/customer'
import { formatLunarDate, nextImportantDate, solarDateForYear } from '@shared/domain/important-dates'
import { formatDate } from '../../ui/format'

export function NextImportantDate({ dates, today }: { readonly dates: readonly ImportantDate[]; readonly today: string }) {
  const { t, i18n } = useTranslation()
  const next = nextImportantDate(dates, today)
  if (!next) return <span className="muted">{t('customers.card.noDates')}</span>
  const label = next.date.kind === 'custom' && next.date.label ? next.date.label : t(`customers.dateKinds.${next.date.kind}`)
  const on = formatDate(next.on, i18n.language)
  const solarThisYear = next.date.calendar === 'lunar' ? solarDateForYear(next.date, Number(today.slice(0, 4))) : null
  return (
    <span>
      {next.daysAway === 0
        ? t('customers.card.nextDateToday', { label })
        : t('customers.card.nextDateValue', { label, date: on, days: next.daysAway })}
      {solarThisYear ? (
        <span className="muted">
          {' '}
          ({t('customers.card.lunarShown', {
            lunar: formatLunarDate(next.date.month, next.date.day, next.date.leapMonth),
            solar: formatDate(solarThisYear, i18n.language)
          })})
        </span>
      ) : null}
    </span>
  )
}
