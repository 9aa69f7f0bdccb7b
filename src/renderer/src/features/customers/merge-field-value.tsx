import { useTranslation } from 'react-i18next'
import type { Customer } from '@shared/domain/customer'
import type { MergeableField } from '@shared/domain/customer-merge'

interface MergeFieldValueProps {
  readonly field: MergeableField
  readonly customer: Customer
  readonly staffNames: ReadonlyMap<string, string>
}

/** A field's value as the clerk knows it: enum labels translated, the owner by name. */
export function MergeFieldValue({ field, customer, staffNames }: MergeFieldValueProps) {
  const { t } = useTranslation()
  switch (field) {
    case 'kind':
      return <>{t(`customers.kinds.${customer.kind}`)}</>
    case 'preferredChannel':
      return <>{t(`customers.channels.${customer.preferredChannel}`)}</>
    case 'contactConsent':
      return <>{customer.contactConsent ? '✓' : '✗'}</>
    case 'tier':
      return <>{t(`customers.tiers.${customer.tier}`)}</>
    case 'stage':
      return <>{t(`customers.stages.${customer.stage}`)}</>
    case 'relationship':
      return <>{t(`customers.relationships.${customer.relationship}`)}</>
    case 'personality':
      return <>{t(`customers.personalities.${customer.personality}`)}</>
    case 'ownerId':
      return <>{customer.ownerId ? (staffNames.get(customer.ownerId) ?? '') : ''}</>
    case 'name':
    case 'company':
    case 'address':
    case 'notes':
      return <span className="pre-wrap">{customer[field]}</span>
  }
}
