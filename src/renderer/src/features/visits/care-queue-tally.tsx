import { useTranslation } from 'react-i18next'
import type { CareTally } from '@shared/domain/care-rules'

/** What the rules held back and what the records lack: so an empty-looking queue is not a mystery. */
export function CareQueueTally({ tally }: { readonly tally: CareTally }) {
  const { t } = useTranslation()
  const hasMissing = tally.customersWithoutPhone + tally.personsWithoutBirthday + tally.productsWithoutPurchaseDate > 0
  if (tally.withheldNoConsent === 0 && tally.withheldOpenComplaint === 0 && !hasMissing) return null
  return (
    <ul className="care-tally muted">
      {tally.withheldNoConsent > 0 ? <li>{t('careQueue.tally.noConsent', { count: tally.withheldNoConsent })}</li> : null}
      {tally.withheldOpenComplaint > 0 ? <li>{t('careQueue.tally.openComplaint', { count: tally.withheldOpenComplaint })}</li> : null}
      {hasMissing ? (
        <li>
          {t('careQueue.tally.missing', {
            phones: tally.customersWithoutPhone,
            birthdays: tally.personsWithoutBirthday,
            products: tally.productsWithoutPurchaseDate
          })}
        </li>
      ) : null}
    </ul>
  )
}
