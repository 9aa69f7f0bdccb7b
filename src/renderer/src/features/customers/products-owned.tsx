import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OwnedProduct } from '@shared/domain/owned-product'
import { nextMaintenanceDue, warrantyStatus } from '@shared/domain/warranty'
import { formatDate } from '../../ui/format'
import { ProductDialog } from './product-dialog'

interface ProductsOwnedProps {
  readonly customerId: string
  readonly products: readonly OwnedProduct[]
  readonly today: string
  readonly editable: boolean
}

export function ProductsOwned({ customerId, products, today, editable }: ProductsOwnedProps) {
  const { t, i18n } = useTranslation()
  // undefined: closed; null: adding; a product: editing it.
  const [editing, setEditing] = useState<OwnedProduct | null | undefined>(undefined)
  return (
    <section className="card" aria-labelledby="card-products">
      <h2 id="card-products">{t('customers.card.products')}</h2>
      {editing !== undefined ? <ProductDialog customerId={customerId} product={editing} onClose={() => setEditing(undefined)} /> : null}
      {products.length === 0 ? <p className="muted">{t('customers.card.noProducts')}</p> : null}
      <ul className="product-list">
        {products.map((product) => {
          const status = warrantyStatus(product, today)
          const maintenance = nextMaintenanceDue(product)
          return (
            <li key={product.id}>
              <span className={`warranty-light warranty-${status}`} aria-hidden="true" />
              <strong>{product.product}</strong>
              <span className="warranty-label">{t(`customers.card.warranty.${status}`)}</span>
              <span className="muted">
                {product.serial ? `${t('customers.card.serial')} ${product.serial} · ` : ''}
                {product.purchaseDate ? `${t('customers.card.purchased')} ${formatDate(product.purchaseDate, i18n.language)}` : ''}
                {product.warrantyEnd ? ` · ${t('customers.card.warrantyEnd')} ${formatDate(product.warrantyEnd, i18n.language)}` : ''}
                {maintenance ? ` · ${t('customers.card.maintenanceDue')} ${formatDate(maintenance, i18n.language)}` : ''}
              </span>
              {editable ? (
                <button type="button" aria-label={`${t('customers.product.edit')} ${product.product}`} onClick={() => setEditing(product)}>
                  {t('customers.product.edit')}
                </button>
              ) : null}
            </li>
          )
        })}
      </ul>
      {editable ? (
        <button type="button" onClick={() => setEditing(null)}>
          {t('customers.product.add')}
        </button>
      ) : null}
    </section>
  )
}
