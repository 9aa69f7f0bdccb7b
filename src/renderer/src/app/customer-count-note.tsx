import { useTranslation } from 'react-i18next'
import { useCustomerCount } from '../data/hooks/use-customer-count'

export function CustomerCountNote() {
  const { t } = useTranslation()
  const count = useCustomerCount()
  if (count === undefined) return null
  return <p>{t('sections.customers.now', { count })}</p>
}
