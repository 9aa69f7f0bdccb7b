import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { formatPhone } from '@shared/domain/phone'
import { daysBetween, todayInShop } from '@shared/domain/days'
import { TierBadge } from '../../ui/tier-badge'
import { formatDate } from '../../ui/format'
import { useCustomerRows } from './customer-rows-context'
import type { CustomerColumnId } from './customer-list-store'

/** One cell of the customer table; rows not loaded yet show a quiet placeholder. */
export function CustomerCell({ id, column }: { readonly id: string; readonly column: CustomerColumnId }) {
  const { t, i18n } = useTranslation()
  const { byId, staffNames, today } = useCustomerRows()
  const customer = byId.get(id)
  if (!customer) return <span className="muted">…</span>
  switch (column) {
    case 'name':
      return <Link to={`/customers/${customer.id}`}>{customer.name}</Link>
    case 'tier':
      return <TierBadge tier={customer.tier} />
    case 'phone':
      return <>{customer.phones[0] ? formatPhone(customer.phones[0]) : ''}</>
    case 'company':
      return <>{customer.company}</>
    case 'personality':
      return <>{t(`customers.personalities.${customer.personality}`)}</>
    case 'owner':
      return <>{customer.ownerId ? (staffNames.get(customer.ownerId) ?? '') : ''}</>
    case 'lastContact':
      return customer.lastContactAt ? (
        <span title={formatDate(customer.lastContactAt, i18n.language)}>
          {t('customers.card.daysAgo', { count: daysBetween(todayInShop(new Date(customer.lastContactAt)), today) })}
        </span>
      ) : (
        <span className="muted">{t('customers.card.never')}</span>
      )
    case 'tags':
      return <>{customer.tags.join('、')}</>
    case 'updatedAt':
      return <>{formatDate(customer.updatedAt, i18n.language)}</>
  }
}
