import { useTranslation } from 'react-i18next'
import { formatPhone, parsePhone } from '@shared/domain/phone'
import type { FieldProblem } from './customer-draft'
import { FieldMessages, hasProblem } from './field-message'

interface PhoneListFieldProps {
  readonly phones: readonly string[]
  readonly onChange: (phones: readonly string[]) => void
  readonly errors: readonly FieldProblem[]
  readonly warnings: readonly FieldProblem[]
}

export function PhoneListField({ phones, onChange, errors, warnings }: PhoneListFieldProps) {
  const { t } = useTranslation()
  const replace = (index: number, value: string) => onChange(phones.map((phone, i) => (i === index ? value : phone)))
  return (
    <fieldset className="field-group">
      <legend>{t('customers.form.phones')}</legend>
      {phones.map((raw, index) => {
        const parsed = raw.trim() ? parsePhone(raw) : null
        const field = `phone-${index}`
        return (
          <div key={index} className="repeat-row">
            <input
              type="tel"
              aria-label={`${t('customers.form.phones')} ${index + 1}`}
              value={raw}
              onChange={(event) => replace(index, event.target.value)}
              aria-invalid={hasProblem(field, errors) || undefined}
              maxLength={40}
            />
            {parsed && !parsed.problem && !parsed.warning ? (
              <span className="muted">{t('customers.form.phoneNormalized', { value: formatPhone(parsed.phone) })}</span>
            ) : null}
            {phones.length > 1 ? (
              <button type="button" aria-label={t('customers.form.removePhone')} onClick={() => onChange(phones.filter((_, i) => i !== index))}>
                ×
              </button>
            ) : null}
            <FieldMessages field={field} errors={errors} warnings={warnings} />
          </div>
        )
      })}
      <button type="button" onClick={() => onChange([...phones, ''])}>
        {t('customers.form.addPhone')}
      </button>
    </fieldset>
  )
}
