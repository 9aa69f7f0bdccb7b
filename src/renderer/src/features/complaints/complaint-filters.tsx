import { useTranslation } from 'react-i18next'
import { COMPLAINT_SEVERITIES, COMPLAINT_STATUSES } from '@shared/domain/complaint'
import { useComplaintCategories } from '../../data/hooks/use-complaint-categories'
import { useAllStaff } from '../../data/hooks/use-staff'
import { OptionalSelect } from '../../ui/optional-select'
import { useComplaintLabels } from './complaint-list-labels'
import { useComplaintListStore } from './complaint-list-store'

const toggle = <T,>(list: readonly T[], item: T): readonly T[] =>
  list.includes(item) ? list.filter((candidate) => candidate !== item) : [...list, item]

/** The category filter's value for "not classified": the empty string the record holds. */
const UNCATEGORISED = ''

export function ComplaintFilters() {
  const { t } = useTranslation()
  const filters = useComplaintListStore((state) => state.filters)
  const setFilters = useComplaintListStore((state) => state.setFilters)
  const clearFilters = useComplaintListStore((state) => state.clearFilters)
  // Former staff too: their complaints are still someone's to find.
  const staff = useAllStaff()
  const { category: categoryLabel } = useComplaintLabels()
  // The built-in categories and the shop's own, as set in Settings.
  const categories = useComplaintCategories()
  const categoryOptions = [
    ...categories.map((category) => ({ value: category, label: categoryLabel(category) })),
    // OptionalSelect's own '' is "any", so "not classified" travels as a word that is never a category key.
    { value: 'uncategorised', label: t('complaints.uncategorised') }
  ]
  const chosenCategory = filters.categories[0]
  return (
    <fieldset className="filter-bar complaint-filters">
      <legend className="visually-hidden">{t('complaintList.filters.title')}</legend>
      <div className="chip-group" role="group" aria-label={t('complaintList.filters.status')}>
        {COMPLAINT_STATUSES.map((status) => (
          <label key={status} className="chip">
            <input
              type="checkbox"
              checked={filters.statuses.includes(status)}
              onChange={() => setFilters({ statuses: toggle(filters.statuses, status) })}
            />
            {t(`complaints.statuses.${status}`)}
          </label>
        ))}
      </div>
      <div className="chip-group" role="group" aria-label={t('complaintList.filters.severity')}>
        {COMPLAINT_SEVERITIES.map((severity) => (
          <label key={severity} className="chip">
            <input
              type="checkbox"
              checked={filters.severities.includes(severity)}
              onChange={() => setFilters({ severities: toggle(filters.severities, severity) })}
            />
            {t(`complaints.severities.${severity}`)}
          </label>
        ))}
      </div>
      <label className="chip complaint-overdue-chip">
        <input
          type="checkbox"
          checked={filters.overdueOnly}
          onChange={(event) => setFilters({ overdueOnly: event.target.checked })}
        />
        <span aria-hidden="true">⚠</span>
        {t('complaintList.filters.overdueOnly')}
      </label>
      <OptionalSelect
        inline
        label={t('complaintList.filters.category')}
        value={chosenCategory === undefined ? null : chosenCategory === UNCATEGORISED ? 'uncategorised' : chosenCategory}
        emptyLabel={t('complaintList.filters.any')}
        options={categoryOptions}
        onChange={(value) => setFilters({ categories: value === null ? [] : [value === 'uncategorised' ? UNCATEGORISED : value] })}
      />
      <OptionalSelect
        inline
        label={t('complaintList.filters.handler')}
        value={filters.handlerId}
        emptyLabel={t('complaintList.filters.any')}
        options={(staff ?? []).map((member) => ({ value: member.id, label: member.name }))}
        onChange={(handlerId) => setFilters({ handlerId })}
      />
      <button type="button" onClick={clearFilters}>
        {t('complaintList.filters.clear')}
      </button>
    </fieldset>
  )
}
