import { useTranslation } from 'react-i18next'
import type { PhoneClash } from '../../data/repositories/phone-clash'

interface DuplicateWarningProps {
  readonly clash: PhoneClash
  readonly canMerge: boolean
  readonly onOpen: () => void
  readonly onMerge: () => void
  readonly onSaveAnyway: () => void
}

/** Saving a phone that another customer already has: probably the same person. */
export function DuplicateWarning({ clash, canMerge, onOpen, onMerge, onSaveAnyway }: DuplicateWarningProps) {
  const { t } = useTranslation()
  const name = clash.customer.name
  return (
    <section className="card warning-card" role="alertdialog" aria-labelledby="duplicate-title" aria-describedby="duplicate-body">
      <h2 id="duplicate-title">{t('customers.duplicate.title')}</h2>
      <p id="duplicate-body">{t('customers.duplicate.body', { phone: clash.phone, name })}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={onOpen} autoFocus>
          {t('customers.duplicate.open', { name })}
        </button>
        {canMerge ? (
          <button type="button" onClick={onMerge}>
            {t('customers.duplicate.merge', { name })}
          </button>
        ) : null}
        <button type="button" onClick={onSaveAnyway}>
          {t('customers.duplicate.saveAnyway')}
        </button>
      </div>
    </section>
  )
}
