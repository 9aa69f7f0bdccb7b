import { useTranslation } from 'react-i18next'
import type { OwnedProduct } from '@shared/domain/owned-product'
import { nextMaintenanceDue, warrantyStatus } from '@shared/domain/warranty'
import { formatDate } from '../../ui/format'

export function ProductsOwned({ products, today }: { readonly products: readonly OwnedProduct[]; readonly today: string }) {
  const { t, i18n } = useTranslation()
  return (
    <section className="card" aria-labelledby="card-products">
      <h2 id="card-products">{t('customers.card.products')}</h2>
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
            </li>
          )
        })}
      </ul>
    </section>
  )
}
