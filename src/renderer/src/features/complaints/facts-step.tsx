import { useTranslation } from 'react-i18next'
import type { OwnedProduct } from '@shared/domain/owned-product'
import { OptionalSelect } from '../../ui/optional-select'
import { useIntake } from './intake-context'
import { IntakeTextArea } from './intake-text-area'
import { PlainTextArea } from './plain-text-area'
import { WarrantyNote } from './warranty-note'

/** What happened, which product, and what the customer wants: the facts ISO 10002 assesses. */
export function FactsStep({ products, today }: { readonly products: readonly OwnedProduct[]; readonly today: string }) {
  const { t } = useTranslation()
  const { fields, change, closed } = useIntake()
  const chosen = products.find((product) => product.id === fields.productId)
  return (
    <>
      <PlainTextArea
        label={t('complaints.fields.desiredRemedy')}
        hint={t('complaints.fields.desiredRemedyHint')}
        value={fields.desiredRemedy}
        onChange={(desiredRemedy) => change({ desiredRemedy })}
        disabled={closed}
      />
      {products.length > 0 ? (
        <OptionalSelect
          label={t('complaints.fields.product')}
          value={fields.productId}
          emptyLabel={t('complaints.fields.noProduct')}
          options={products.map((product) => ({
            value: product.id,
            label: product.serial ? `${product.product} · ${product.serial}` : product.product
          }))}
          onChange={(productId) => change({ productId })}
        />
      ) : (
        <p className="muted">{t('complaints.fields.noProductsOwned')}</p>
      )}
      {chosen ? <WarrantyNote product={chosen} today={today} /> : null}
      <IntakeTextArea
        name="notes"
        label={t('complaints.fields.notes')}
        hint={t('complaints.fields.notesHint')}
        value={fields.notes}
        onText={(notes) => change({ notes })}
      />
    </>
  )
}
