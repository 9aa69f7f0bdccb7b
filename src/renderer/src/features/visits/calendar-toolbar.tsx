import { useTranslation } from 'react-i18next'
import type { Staff } from '@shared/domain/staff'
import { CALENDAR_VIEWS, stepFocus, type CalendarView } from './calendar-range'
import type { CalendarParams } from './use-calendar-params'

interface CalendarToolbarProps extends CalendarParams {
  readonly today: string
  /** Who the filter offers: active staff, and whoever the filter is already set to. */
  readonly staff: readonly Staff[]
  readonly onChange: (changes: Partial<CalendarParams>) => void
}

/** Previous / today / next, a date, the view and whose tasks. */
export function CalendarToolbar({ view, date, staffId, today, staff, onChange }: CalendarToolbarProps) {
  const { t } = useTranslation()
  const go = (direction: -1 | 1) => onChange({ date: stepFocus(view, date, direction) })
  return (
    <div className="calendar-toolbar">
      <div className="calendar-nav" role="group" aria-label={t('calendar.nav.label')}>
        <button type="button" onClick={() => go(-1)} aria-label={t('calendar.nav.previous')} title={t('calendar.nav.previous')}>
          ‹
        </button>
        <button type="button" onClick={() => onChange({ date: today })} disabled={date === today}>
          {t('calendar.nav.today')}
        </button>
        <button type="button" onClick={() => go(1)} aria-label={t('calendar.nav.next')} title={t('calendar.nav.next')}>
          ›
        </button>
        <label className="field-inline">
          <span className="visually-hidden">{t('calendar.nav.date')}</span>
          <input type="date" value={date} required onChange={(event) => event.target.value && onChange({ date: event.target.value })} />
        </label>
      </div>
      <div className="calendar-views" role="group" aria-label={t('calendar.views.label')}>
        {CALENDAR_VIEWS.map((option: CalendarView) => (
          <button key={option} type="button" aria-pressed={option === view} onClick={() => onChange({ view: option })}>
            {t(`calendar.views.${option}`)}
          </button>
        ))}
      </div>
      <label className="field-inline calendar-staff">
        <span>{t('calendar.staffFilter')}</span>
        <select value={staffId} onChange={(event) => onChange({ staffId: event.target.value })}>
          <option value="">{t('calendar.allStaff')}</option>
          {staff.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
