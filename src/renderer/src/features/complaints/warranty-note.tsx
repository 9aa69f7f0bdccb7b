import { useTranslation } from 'react-i18next'
import type { OwnedProduct } from '@shared/domain/owned-product'
import { warrantyStatus } from '@shared/domain/warranty'
import { formatDate } from '../../ui/format'

/** Whether the product is still under warranty: it decides what the shop can offer for free. */
export function WarrantyNote({ product, today }: { readonly product: OwnedProduct; readonly today: string }) {
  const { t, i18n } = useTranslation()
  const status = warrantyStatus(product, today)
  return (
    <p className="warranty-note">
      <span className={`warranty-light warranty-${status}`} aria-hidden="true" />
      {t(`complaints.warranty.${status}`, { date: formatDate(product.warrantyEnd, i18n.language) })}
    </p>
  )
}
