import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { useDeletedCustomers } from '../../data/hooks/use-deleted-customers'
import { customersRepository } from '../../data/repositories/customers'
import { useActor } from '../../session/session-store'
import { formatDateTime } from '../../ui/format'
import { useToastStore } from '../../ui/toast-store'

/** Deleted customers (tombstones), newest first, each restorable. */
export function TrashPage() {
  const { t, i18n } = useTranslation()
  const deleted = useDeletedCustomers()
  const actor = useActor()
  const showToast = useToastStore((state) => state.show)
  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('customers.trashPage.title')}</h1>
        <Link to="/customers">{t('customers.card.backToList')}</Link>
      </div>
      <p className="hint">{t('customers.trashPage.intro')}</p>
      {deleted && deleted.length === 0 ? <p>{t('customers.trashPage.empty')}</p> : null}
      <ul className="trash-list">
        {(deleted ?? []).map((customer) => (
          <li key={customer.id}>
            <Link to={`/customers/${customer.id}`}>{customer.name}</Link>
            <span className="muted">
              {t('customers.trashPage.deletedAt')} {customer.deletedAt ? formatDateTime(customer.deletedAt, i18n.language) : ''}
            </span>
            <button
              type="button"
              onClick={() =>
                void customersRepository
                  .restore(customer.id, actor)
                  .then(() => showToast({ message: t('customers.trashPage.restored', { name: customer.name }) }))
              }
            >
              {t('customers.trashPage.restore')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
