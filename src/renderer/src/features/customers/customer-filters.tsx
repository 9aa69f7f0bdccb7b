import { useTranslation } from 'react-i18next'
import { PERSONALITY_TYPES, TIERS } from '@shared/domain/customer'
import { useAllTags } from '../../data/hooks/use-all-tags'
import { useActiveStaff } from '../../data/hooks/use-staff'
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
      <label className="field-inline">
        <span>{t('customers.filters.personality')}</span>
        <select
          value={filters.personalities[0] ?? ''}
          onChange={(event) =>
            setFilters({ personalities: PERSONALITY_TYPES.filter((type) => type === event.target.value) })
          }
        >
          <option value="">{t('customers.filters.any')}</option>
          {PERSONALITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`customers.personalities.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('customers.filters.owner')}</span>
        <select value={filters.ownerId ?? ''} onChange={(event) => setFilters({ ownerId: event.target.value || null })}>
          <option value="">{t('customers.filters.any')}</option>
          {(staff ?? []).map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('customers.filters.tag')}</span>
        <select value={filters.tag ?? ''} onChange={(event) => setFilters({ tag: event.target.value || null })}>
          <option value="">{t('customers.filters.any')}</option>
          {(tags ?? []).map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
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
