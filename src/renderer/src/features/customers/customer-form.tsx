import { useTranslation } from 'react-i18next'
import { CONTACT_CHANNELS, PERSONALITY_TYPES, type Tier } from '@shared/domain/customer'
import { useActiveStaff } from '../../data/hooks/use-staff'
import { EnumSelect } from '../../ui/enum-select'
import { OptionalSelect } from '../../ui/optional-select'
import type { CustomerDraft, FieldProblem } from './customer-draft'
import { FieldMessages, hasProblem } from './field-message'
import { ImportantDatesField } from './important-dates-field'
import { PhoneListField } from './phone-list-field'
import { TierField } from './tier-field'

interface CustomerFormProps {
  readonly draft: CustomerDraft
  readonly onChange: (patch: Partial<CustomerDraft>) => void
  readonly errors: readonly FieldProblem[]
  readonly warnings: readonly FieldProblem[]
  readonly suggestion: { readonly tier: Tier; readonly spend: number } | null | undefined
  readonly askTierReason: boolean
}

const KINDS = ['person', 'organisation'] as const
const STAGES = ['current', 'prospect'] as const
const RELATIONSHIPS = ['transactional', 'relationship'] as const

export function CustomerForm({ draft, onChange, errors, warnings, suggestion, askTierReason }: CustomerFormProps) {
  const { t } = useTranslation()
  const staff = useActiveStaff()
  return (
    <div className="form-grid">
      <section className="card" aria-labelledby="form-identity">
        <h2 id="form-identity">{t('customers.form.identity')}</h2>
        <label className="field">
          <span>{t('customers.form.name')}</span>
          <input
            value={draft.name}
            onChange={(event) => onChange({ name: event.target.value })}
            aria-invalid={hasProblem('name', errors) || undefined}
            aria-describedby={hasProblem('name', errors) ? 'name-message' : undefined}
            maxLength={60}
            autoFocus
          />
        </label>
        <FieldMessages field="name" errors={errors} warnings={warnings} />
        <EnumSelect label={t('customers.form.kind')} value={draft.kind} options={KINDS} optionLabel={(kind) => t(`customers.kinds.${kind}`)} onChange={(kind) => onChange({ kind })} />
        <label className="field">
          <span>{t('customers.form.company')}</span>
          <input value={draft.company} onChange={(event) => onChange({ company: event.target.value })} maxLength={100} />
        </label>
        <PhoneListField phones={draft.phones} onChange={(phones) => onChange({ phones })} errors={errors} warnings={warnings} />
        <label className="field">
          <span>{t('customers.form.address')}</span>
          <input value={draft.address} onChange={(event) => onChange({ address: event.target.value })} maxLength={200} />
        </label>
      </section>

      <section className="card" aria-labelledby="form-contact">
        <h2 id="form-contact">{t('customers.form.contact')}</h2>
        <EnumSelect
          label={t('customers.form.preferredChannel')}
          value={draft.preferredChannel}
          options={CONTACT_CHANNELS}
          optionLabel={(channel) => t(`customers.channels.${channel}`)}
          onChange={(preferredChannel) => onChange({ preferredChannel })}
        />
        <label className="chip">
          <input type="checkbox" checked={draft.contactConsent} onChange={(event) => onChange({ contactConsent: event.target.checked })} />
          {t('customers.form.consent')}
        </label>
        <ImportantDatesField dates={draft.importantDates} onChange={(importantDates) => onChange({ importantDates })} errors={errors} />
      </section>

      <section className="card" aria-labelledby="form-classification">
        <h2 id="form-classification">{t('customers.form.classification')}</h2>
        <TierField
          tier={draft.tier}
          reason={draft.tierReason}
          suggestion={suggestion}
          askReason={askTierReason}
          onChange={onChange}
          errors={errors}
        />
        <EnumSelect label={t('customers.form.stage')} value={draft.stage} options={STAGES} optionLabel={(stage) => t(`customers.stages.${stage}`)} onChange={(stage) => onChange({ stage })} />
        <EnumSelect
          label={t('customers.form.relationship')}
          value={draft.relationship}
          options={RELATIONSHIPS}
          optionLabel={(relationship) => t(`customers.relationships.${relationship}`)}
          onChange={(relationship) => onChange({ relationship })}
        />
        <EnumSelect
          label={t('customers.form.personality')}
          value={draft.personality}
          options={PERSONALITY_TYPES}
          optionLabel={(type) => t(`customers.personalities.${type}`)}
          onChange={(personality) => onChange({ personality })}
        />
        <OptionalSelect
          label={t('customers.form.owner')}
          value={draft.ownerId || null}
          emptyLabel={t('customers.form.noOwner')}
          options={(staff ?? []).map((member) => ({ value: member.id, label: member.name }))}
          onChange={(ownerId) => onChange({ ownerId: ownerId ?? '' })}
        />
        <label className="field">
          <span>{t('customers.form.tags')}</span>
          <input value={draft.tagsText} onChange={(event) => onChange({ tagsText: event.target.value })} maxLength={200} />
        </label>
        <label className="field">
          <span>{t('customers.form.notes')}</span>
          <textarea value={draft.notes} onChange={(event) => onChange({ notes: event.target.value })} rows={4} maxLength={4000} />
        </label>
      </section>
    </div>
  )
}
