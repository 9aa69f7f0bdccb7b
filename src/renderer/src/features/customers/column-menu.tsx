import { useTranslation } from 'react-i18next'
import { CUSTOMER_COLUMN_IDS, useCustomerListStore } from './customer-list-store'

/** Which columns show; remembered on this PC. The name always shows: rows open through it. */
export function ColumnMenu() {
  const { t } = useTranslation()
  const hiddenColumns = useCustomerListStore((state) => state.hiddenColumns)
  const toggleColumn = useCustomerListStore((state) => state.toggleColumn)
  return (
    <details className="column-menu">
      <summary>{t('customers.columnsMenu')}</summary>
      <div className="column-menu-list">
        {CUSTOMER_COLUMN_IDS.filter((column) => column !== 'name').map((column) => (
          <label key={column}>
            <input type="checkbox" checked={!hiddenColumns.includes(column)} onChange={() => toggleColumn(column)} />
            {t(`customers.columns.${column}`)}
          </label>
        ))}
      </div>
    </details>
  )
}
