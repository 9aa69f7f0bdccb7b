import { useTranslation } from 'react-i18next'
import { PERSONALITY_TYPES, TIERS } from '@shared/domain/customer'
import { useAllTags } from '../../data/hooks/use-all-tags'
import { useActiveStaff } from '../../data/hooks/use-staff'
import { OptionalSelect } from '../../ui/optional-select'
import { useCustomerListStore } from './customer-list-store'

const toggle = <T,>(list: readonly T[], item: T): readonly T[] =>
  list.includes(item) ? list.filter((candidate) => candidate !== item) : [...list, item]

export function CustomerFilters() {
  const { t } = useTranslation()
  const filters = useCustomerListStore((state) => state.filters)
  const setFilters = useCustomerListStore((state) => state.setFilters)
  const clearFilters = useCustomerListStore((state) => state.clearFilters)
  const staff = useActiveStaff()
  const tags = useAllTags()
  return (
    <fieldset className="filter-bar">
      <legend className="visually-hidden">{t('customers.filters.title')}</legend>
      <div className="chip-group" role="group" aria-label={t('customers.filters.tier')}>
        {TIERS.map((tier) => (
          <label key={tier} className="chip">
            <input
              type="checkbox"
              checked={filters.tiers.includes(tier)}
              onChange={() => setFilters({ tiers: toggle(filters.tiers, tier) })}
            />
            {t(`customers.tiers.${tier}`)}
          </label>
        ))}
      </div>
      <OptionalSelect
        inline
        label={t('customers.filters.personality')}
        value={filters.personalities[0] ?? null}
        emptyLabel={t('customers.filters.any')}
        options={PERSONALITY_TYPES.map((type) => ({ value: type, label: t(`customers.personalities.${type}`) }))}
        onChange={(value) => setFilters({ personalities: PERSONALITY_TYPES.filter((type) => type === value) })}
      />
      <OptionalSelect
        inline
        label={t('customers.filters.owner')}
        value={filters.ownerId}
        emptyLabel={t('customers.filters.any')}
        options={(staff ?? []).map((member) => ({ value: member.id, label: member.name }))}
        onChange={(ownerId) => setFilters({ ownerId })}
      />
      <OptionalSelect
        inline
        label={t('customers.filters.tag')}
        value={filters.tag}
        emptyLabel={t('customers.filters.any')}
        options={(tags ?? []).map((tag) => ({ value: tag, label: tag }))}
        onChange={(tag) => setFilters({ tag })}
      />
      <label className="field-inline">
        <span>{t('customers.filters.noContactForDays')}</span>
        <input
          type="number"
          min={1}
          max={3650}
          className="narrow"
          value={filters.noContactForDays ?? ''}
          onChange={(event) => {
            const days = Number.parseInt(event.target.value, 10)
            setFilters({ noContactForDays: Number.isFinite(days) && days > 0 ? days : null })
          }}
        />
        <span>{t('customers.filters.days')}</span>
      </label>
      <label className="chip">
        <input
          type="checkbox"
          checked={filters.openComplaintsOnly}
          onChange={(event) => setFilters({ openComplaintsOnly: event.target.checked })}
        />
        {t('customers.filters.openComplaints')}
      </label>
      <button type="button" onClick={clearFilters}>
        {t('customers.filters.clear')}
      </button>
    </fieldset>
  )
}
