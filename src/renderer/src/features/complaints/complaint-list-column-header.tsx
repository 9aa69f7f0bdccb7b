import { useTranslation } from 'react-i18next'
import type { ComplaintColumnId } from './complaint-list-store'

export function ComplaintColumnHeader({ column }: { readonly column: ComplaintColumnId }) {
  const { t } = useTranslation()
  return <>{t(`complaintList.columns.${column}`)}</>
}
