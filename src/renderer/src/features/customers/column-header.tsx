import { useTranslation } from 'react-i18next'
import type { CustomerColumnId } from './customer-list-store'

export function ColumnHeader({ column }: { readonly column: CustomerColumnId }) {
  const { t } = useTranslation()
  return <>{t(`customers.columns.${column}`)}</>
}
