import { useMemo } from 'react'
import { Link } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { useCustomerIds } from '../../data/hooks/use-customer-ids'
import { useCustomerCount } from '../../data/hooks/use-customer-count'
import { ColumnMenu } from './column-menu'
import { CustomerFilters } from './customer-filters'
import { CustomerListExport } from './customer-list-export'
import { CustomerTable } from './customer-table'
import { useCustomerListStore } from './customer-list-store'

export function CustomersPage() {
  const { t } = useTranslation()
  const sort = useCustomerListStore((state) => state.sort)
  const filters = useCustomerListStore((state) => state.filters)
  // One "now" per visit: the list must not re-query on every render.
  const now = useMemo(() => new Date(), [])
  const query = useMemo(() => ({ sort, ...filters, now }), [sort, filters, now])
  const ids = useCustomerIds(query)
  const total = useCustomerCount()
  return (
    <div className="page page-wide list-page">
      <div className="page-header">
        <h1>{t('customers.listTitle')}</h1>
        <span className="muted" role="status">
          {ids ? t('customers.count', { count: ids.length }) : t('customers.loading')}
        </span>
        <div className="page-actions">
          <ColumnMenu />
          <CustomerListExport ids={ids} />
          <Link className="button" to="/customers/trash">
            {t('customers.trash')}
          </Link>
          <Link className="button primary" to="/customers/new">
            {t('customers.newCustomer')}
          </Link>
        </div>
      </div>
      <CustomerFilters />
      <CustomerTable
        ids={ids ?? []}
        now={now}
        emptyMessage={total === 0 ? t('customers.emptyDatabase') : ids ? t('customers.noMatches') : t('customers.loading')}
      />
    </div>
  )
}
