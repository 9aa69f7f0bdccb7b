import { useTranslation } from 'react-i18next'
import { todayInShop } from '@shared/domain/days'
import { warrantyStatus } from '@shared/domain/warranty'
import { useOwnedProduct } from '../../../data/hooks/use-owned-product'
import { formatDate } from '../../../ui/format'
import { PrintFacts } from './print-facts'

/** The product the complaint is about, with its warranty on the day of printing. */
export function SheetProduct({ productId, now }: { readonly productId: string | null; readonly now: Date }) {
  const { t, i18n } = useTranslation()
  const product = useOwnedProduct(productId)
  const none = t('complaintList.print.sheet.none')
  if (productId === null) return <p>{t('complaintList.print.sheet.noProduct')}</p>
  if (product === undefined) return <p className="muted">{t('complaintList.print.loading')}</p>
  if (product === null) return <p>{t('complaintList.print.sheet.productMissing')}</p>
  const status = t(`customers.card.warranty.${warrantyStatus(product, todayInShop(now))}`)
  return (
    <PrintFacts
      none={none}
      facts={[
        { label: t('complaintList.print.sheet.productName'), value: product.product },
        { label: t('complaintList.print.sheet.serial'), value: product.serial },
        { label: t('complaintList.print.sheet.purchaseDate'), value: formatDate(product.purchaseDate, i18n.language) },
        {
          label: t('complaintList.print.sheet.warranty'),
          value:
            product.warrantyEnd === null
              ? status
              : t('complaintList.print.sheet.warrantyUntil', { status, date: formatDate(product.warrantyEnd, i18n.language) })
        }
      ]}
    />
  )
}
