import { useTranslation } from 'react-i18next'
import { ulid } from 'ulid'
import { IMPORTANT_DATE_KINDS } from '@shared/domain/customer'
import type { DateDraft, FieldProblem } from './customer-draft'
import { FieldMessages } from './field-message'

interface ImportantDatesFieldProps {
  readonly dates: readonly DateDraft[]
  readonly onChange: (dates: readonly DateDraft[]) => void
  readonly errors: readonly FieldProblem[]
}

const newDate = (): DateDraft => ({ id: ulid(), kind: 'birthday', label: '', calendar: 'solar', year: '', month: '', day: '', leapMonth: false })

export function ImportantDatesField({ dates, onChange, errors }: ImportantDatesFieldProps) {
  const { t } = useTranslation()
  const patch = (index: number, change: Partial<DateDraft>) =>
    onChange(dates.map((date, i) => (i === index ? { ...date, ...change } : date)))
  return (
    <fieldset className="field-group">
      <legend>{t('customers.form.dates')}</legend>
      {dates.map((date, index) => (
        <div key={date.id} className="repeat-row date-row">
          <label className="field-inline">
            <span>{t('customers.form.dateKind')}</span>
            <select
              value={date.kind}
              onChange={(event) => patch(index, { kind: IMPORTANT_DATE_KINDS.find((kind) => kind === event.target.value) ?? 'custom' })}
            >
              {IMPORTANT_DATE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`customers.dateKinds.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          {date.kind === 'custom' ? (
            <label className="field-inline">
              <span>{t('customers.form.dateLabel')}</span>
              <input value={date.label} onChange={(event) => patch(index, { label: event.target.value })} maxLength={30} />
            </label>
          ) : null}
          <label className="field-inline">
            <span>{t('customers.form.calendar')}</span>
            <select value={date.calendar} onChange={(event) => patch(index, { calendar: event.target.value === 'lunar' ? 'lunar' : 'solar' })}>
              <option value="solar">{t('customers.calendars.solar')}</option>
              <option value="lunar">{t('customers.calendars.lunar')}</option>
            </select>
          </label>
          <label className="field-inline">
            <span>{t('customers.form.year')}</span>
            <input className="narrow" inputMode="numeric" value={date.year} onChange={(event) => patch(index, { year: event.target.value })} maxLength={4} />
          </label>
          <label className="field-inline">
            <span>{t('customers.form.month')}</span>
            <input className="narrow" inputMode="numeric" value={date.month} onChange={(event) => patch(index, { month: event.target.value })} maxLength={2} />
          </label>
          <label className="field-inline">
            <span>{t('customers.form.day')}</span>
            <input className="narrow" inputMode="numeric" value={date.day} onChange={(event) => patch(index, { day: event.target.value })} maxLength={2} />
          </label>
          {date.calendar === 'lunar' ? (
            <label className="chip">
              <input type="checkbox" checked={date.leapMonth} onChange={(event) => patch(index, { leapMonth: event.target.checked })} />
              {t('customers.form.leapMonth')}
            </label>
          ) : null}
          <button type="button" aria-label={t('customers.form.removeDate')} onClick={() => onChange(dates.filter((_, i) => i !== index))}>
            ×
          </button>
          <FieldMessages field={`date-${index}`} errors={errors} warnings={[]} />
        </div>
      ))}
      <button type="button" onClick={() => onChange([...dates, newDate()])}>
        {t('customers.form.addDate')}
      </button>
    </fieldset>
  )
}
