import { useId, useState } from 'react'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { formatPhone } from '@shared/domain/phone'
import { useCustomer } from '../../data/hooks/use-customer'
import { useCustomerSearch } from '../../data/hooks/use-customer-search'
import { CustomerCombobox } from '../../ui/customer-combobox'

interface TaskCustomerFieldProps {
  readonly customerId: string
  readonly onChange: (customerId: string) => void
  /** A complaint's follow-up call stays with the complaint's customer. */
  readonly locked: boolean
}

/** The customer the task is for: the one chosen (with a way to change it), or a search to find one. */
export function TaskCustomerField({ customerId, onChange, locked }: TaskCustomerFieldProps) {
  const { t } = useTranslation()
  const labelId = useId()
  const customer = useCustomer(customerId === '' ? null : customerId)
  const [searching, setSearching] = useState(false)
  const showSearch = !locked && (customerId === '' || searching || customer === null)
  return (
    <div className="field task-customer" role="group" aria-labelledby={labelId}>
      <span id={labelId}>{t('calendar.form.customer')}</span>
      {customer && !showSearch ? (
        <div className="task-customer-chosen">
          <Link to={`/customers/${customer.id}`}>
            <strong>{customer.name}</strong>
          </Link>
          <span className="muted">{customer.phones[0] ? formatPhone(customer.phones[0]) : ''}</span>
          {locked ? (
            <span className="muted">{t('calendar.form.complaintCustomer')}</span>
          ) : (
            <button type="button" onClick={() => setSearching(true)}>
              {t('calendar.form.changeCustomer')}
            </button>
          )}
        </div>
      ) : null}
      {showSearch ? (
        <CustomerCombobox
          useResults={useCustomerSearch}
          autoFocus={searching}
          onPick={(picked) => {
            setSearching(false)
            onChange(picked.id)
          }}
        />
      ) : null}
    </div>
  )
}
