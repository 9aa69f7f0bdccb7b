import type { TFunction } from 'i18next'
import type { CareSuggestion } from '@shared/domain/care-rules'

/**
 * The purpose written on the task an accepted suggestion becomes. It is stored text, read on
 * the calendar as it is, so it is worded in the language of whoever accepted it.
 */
export function carePurpose(suggestion: CareSuggestion, t: TFunction): string {
  switch (suggestion.reason) {
    case 'birthday':
      return t('careQueue.purpose.birthday')
    case 'anniversary':
      return t('careQueue.purpose.anniversary', { label: suggestion.label.trim() || t(`careQueue.dateKinds.${suggestion.dateKind}`) })
    case 'festival':
      return t('careQueue.purpose.festival', { festival: t(`careQueue.festivals.${suggestion.festival}`) })
    case 'maintenance':
    case 'warranty':
    case 'service-follow-up':
      return t(`careQueue.purpose.${suggestion.reason}`, { product: suggestion.product })
    case 'no-contact':
      return t('careQueue.purpose.no-contact')
  }
}
