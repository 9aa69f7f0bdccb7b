import { useTranslation } from 'react-i18next'
import { NTH_VALUES, RECURRENCE_KINDS, type RecurrenceKind } from '@shared/domain/recurrence'
import { formatWeekday } from './calendar-format'
import { nthWeekdayFor, type TaskFormValues } from './task-form-values'

type RecurrenceValues = Pick<TaskFormValues, 'date' | 'recurrenceKind' | 'interval' | 'nth' | 'weekday' | 'until'>

interface TaskRecurrenceFieldsProps {
  readonly values: RecurrenceValues
  readonly onChange: (changes: Partial<RecurrenceValues>) => void
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const

/** Whether and how the task repeats: every n weeks, months or years, or "the 2nd Tuesday"; until a date, or not. */
export function TaskRecurrenceFields({ values, onChange }: TaskRecurrenceFieldsProps) {
  const { t, i18n } = useTranslation()
  const kind = values.recurrenceKind
  const pickKind = (next: RecurrenceKind) =>
    // "The nth weekday" starts from the weekday of the date chosen: what the clerk most likely means.
    onChange(next === 'nth-weekday' && kind !== 'nth-weekday' ? { recurrenceKind: next, ...nthWeekdayFor(values.date) } : { recurrenceKind: next })
  return (
    <fieldset className="field-group recurrence-fields">
      <legend>{t('calendar.form.recurrence')}</legend>
      <div className="recurrence-row">
        <label className="field">
          <span className="visually-hidden">{t('calendar.form.recurrence')}</span>
          <select value={kind} onChange={(event) => pickKind(RECURRENCE_KINDS.find((option) => option === event.target.value) ?? 'none')}>
            {RECURRENCE_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`calendar.recurrenceKinds.${option}`)}
              </option>
            ))}
          </select>
        </label>
        {kind === 'weekly' || kind === 'monthly' || kind === 'yearly' ? (
          <label className="field-inline">
            <span>{t('calendar.intervalEvery')}</span>
            <input
              className="narrow"
              type="number"
              min={1}
              max={99}
              step={1}
              value={values.interval}
              aria-label={t('calendar.form.interval')}
              onChange={(event) => onChange({ interval: event.target.value })}
            />
            <span>{t(`calendar.intervalUnits.${kind}`)}</span>
          </label>
        ) : null}
        {kind === 'nth-weekday' ? (
          <>
            <label className="field-inline">
              <span className="visually-hidden">{t('calendar.form.nth')}</span>
              <select value={values.nth} onChange={(event) => onChange({ nth: Number(event.target.value) })}>
                {NTH_VALUES.map((nth) => (
                  <option key={nth} value={nth}>
                    {t(`calendar.nthValues.${nth}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field-inline">
              <span className="visually-hidden">{t('calendar.form.weekday')}</span>
              <select value={values.weekday} onChange={(event) => onChange({ weekday: Number(event.target.value) })}>
                {WEEKDAYS.map((weekday) => (
                  <option key={weekday} value={weekday}>
                    {formatWeekday(weekday, i18n.language, 'long')}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : null}
      </div>
      {kind === 'none' ? null : (
        <label className="field">
          <span>{t('calendar.form.until')}</span>
          <input type="date" value={values.until} min={values.date} onChange={(event) => onChange({ until: event.target.value })} />
        </label>
      )}
    </fieldset>
  )
}
