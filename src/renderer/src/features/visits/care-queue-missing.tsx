import { useTranslation } from 'react-i18next'
import type { MissingData } from '@shared/domain/care-rules'

/** What the customer's record lacks, as flags: the clerk can ask while on the phone. Nothing is guessed in its place. */
export function CareQueueMissing({ missing }: { readonly missing: readonly MissingData[] }) {
  const { t } = useTranslation()
  if (missing.length === 0) return null
  return (
    <ul className="care-missing" aria-label={t('careQueue.missingLabel')}>
      {missing.map((item, index) => (
        <li key={index} className="care-flag">
          {item.kind === 'unreadable-date'
            ? t('careQueue.missing.unreadable-date', { label: item.label.trim() || t(`customers.dateKinds.${item.dateKind}`) })
            : item.kind === 'no-purchase-date'
              ? t('careQueue.missing.no-purchase-date', { product: item.product })
              : t(`careQueue.missing.${item.kind}`)}
        </li>
      ))}
    </ul>
  )
}
