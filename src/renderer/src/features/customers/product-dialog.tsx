import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OwnedProduct } from '@shared/domain/owned-product'
import { ownedProductsRepository } from '../../data/repositories/owned-products'
import { useActor } from '../../session/session-store'
import { FormButtons } from '../../ui/form-buttons'
import { ModalDialog } from '../../ui/modal-dialog'
import { draftFromProduct, emptyProductDraft, readProductDraft, type ProductDraft, type ProductProblem } from './product-draft'

interface ProductDialogProps {
  readonly customerId: string
  /** The product to edit; null to add one. */
  readonly product: OwnedProduct | null
  readonly onClose: () => void
}

const TEXT_FIELDS = ['product', 'serial'] as const
const DATE_FIELDS = ['purchaseDate', 'warrantyEnd', 'lastMaintenanceDate'] as const

export function ProductDialog({ customerId, product, onClose }: ProductDialogProps) {
  const { t } = useTranslation()
  const actor = useActor()
  const [draft, setDraft] = useState<ProductDraft>(() => (product ? draftFromProduct(product) : emptyProductDraft))
  const [problems, setProblems] = useState<readonly ProductProblem[]>([])
  const set = (patch: Partial<ProductDraft>) => setDraft((current) => ({ ...current, ...patch }))

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    const reading = readProductDraft(draft, customerId)
    if (!reading.ok) {
      setProblems(reading.problems)
      return
    }
    if (product) await ownedProductsRepository.update(product.id, reading.content, actor)
    else await ownedProductsRepository.create(reading.content, actor)
    onClose()
  }

  return (
    <ModalDialog open title={product ? t('customers.product.editTitle') : t('customers.product.addTitle')} onCancel={onClose}>
      <form onSubmit={(event) => void save(event)} noValidate>
        {TEXT_FIELDS.map((field) => (
          <label key={field} className="field">
            <span>{t(`customers.product.${field}`)}</span>
            <input value={draft[field]} onChange={(event) => set({ [field]: event.target.value })} maxLength={100} autoFocus={field === 'product'} />
          </label>
        ))}
        {DATE_FIELDS.map((field) => (
          <label key={field} className="field">
            <span>{t(`customers.product.${field}`)}</span>
            <input type="date" value={draft[field]} onChange={(event) => set({ [field]: event.target.value })} />
          </label>
        ))}
        <label className="field">
          <span>{t('customers.product.maintenanceIntervalMonths')}</span>
          <input inputMode="numeric" className="narrow" value={draft.maintenanceIntervalMonths} onChange={(event) => set({ maintenanceIntervalMonths: event.target.value })} />
        </label>
        <label className="field">
          <span>{t('customers.product.notes')}</span>
          <textarea value={draft.notes} onChange={(event) => set({ notes: event.target.value })} rows={2} maxLength={1000} />
        </label>
        {problems.map((problem) => (
          <p key={problem} role="alert" className="error-text">
            {t(`customers.product.problems.${problem}`)}
          </p>
        ))}
        <FormButtons saveLabel={t('customers.form.save')} cancelLabel={t('customers.form.cancel')} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
