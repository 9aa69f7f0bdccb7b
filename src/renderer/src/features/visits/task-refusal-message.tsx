import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { isRecurring } from '@shared/domain/recurrence'
import { shopWallClock } from '@shared/domain/schedule'
import { useAllStaff } from '../../data/hooks/use-staff'
import type { TaskWriteRefusal } from '../../data/repositories/care-tasks'
import { formatLongDay, formatShopTime } from './calendar-format'
import { taskPath } from './task-paths'

/** What a refused save says: the clash in full (who, when, with which customer), or the rule that was broken. */
export function TaskRefusalMessage({ refusal }: { readonly refusal: TaskWriteRefusal | { readonly failed: string } | null }) {
  const { t, i18n } = useTranslation()
  const staff = useAllStaff()
  if (refusal === null) return null
  if ('failed' in refusal) {
    return (
      <p role="alert" className="error-text">
        {t('calendar.errors.failed', { message: refusal.failed })}
      </p>
    )
  }
  if (refusal.error !== 'clash') {
    return (
      <p role="alert" className="error-text">
        {t(`calendar.errors.${refusal.error}`)}
      </p>
    )
  }
  const { clash } = refusal
  const { task } = clash
  const language = i18n.language
  const staffName = staff?.find((member) => member.id === task.staffId)?.name ?? t('calendar.clash.someone')
  return (
    <div role="alert" className="clash-message">
      <strong>{t('calendar.clash.title')}</strong>
      <p>
        {t('calendar.clash.body', {
          staff: staffName,
          date: formatLongDay(shopWallClock(clash.startAt).date, language),
          from: formatShopTime(clash.startAt, language),
          to: formatShopTime(clash.endAt, language),
          customer: clash.customerName || t('calendar.clash.unknownCustomer'),
          method: task.complaintId !== null ? t('calendar.followUpCall') : t(`calendar.methods.${task.method}`),
          purpose: task.purpose
        })}
      </p>
      <p>
        {t('calendar.clash.advice')} <Link to={taskPath({ task, inSeries: isRecurring(task.recurrence), date: shopWallClock(clash.startAt).date })}>{t('calendar.clash.open')}</Link>
      </p>
    </div>
  )
}
