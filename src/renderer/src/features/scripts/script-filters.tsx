import { useTranslation } from 'react-i18next'
import { SCRIPT_KINDS, SCRIPT_LOCALES, type ScriptLocale } from '@shared/domain/script'
import { FacetSelect } from './facet-select'
import type { ScriptFacets } from './script-facets'
import { shownLocale } from './script-filter'
import { useScriptLibraryStore } from './script-library-store'
import { useScriptLabels } from './use-script-labels'

interface ScriptFiltersProps {
  readonly facets: ScriptFacets
  readonly interfaceLanguage: ScriptLocale
}

export function ScriptFilters({ facets, interfaceLanguage }: ScriptFiltersProps) {
  const { t } = useTranslation()
  const labels = useScriptLabels()
  const filters = useScriptLibraryStore((state) => state.filters)
  const setFilters = useScriptLibraryStore((state) => state.setFilters)
  const clearFilters = useScriptLibraryStore((state) => state.clearFilters)
  const locale = shownLocale(filters, interfaceLanguage)
  return (
    <fieldset className="filter-bar script-filters">
      <legend className="visually-hidden">{t('scripts.filters.title')}</legend>
      <div className="script-filter-row">
        <input
          type="search"
          className="script-search"
          aria-label={t('scripts.filters.search')}
          placeholder={t('scripts.filters.searchPlaceholder')}
          value={filters.text}
          maxLength={100}
          onChange={(event) => setFilters({ text: event.target.value })}
        />
        <div className="segmented" role="radiogroup" aria-label={t('scripts.filters.kind')}>
          <label className="segment">
            <input type="radio" name="script-kind" checked={filters.kind === null} onChange={() => setFilters({ kind: null })} />
            <span>{t('scripts.filters.all')}</span>
          </label>
          {SCRIPT_KINDS.map((kind) => (
            <label key={kind} className="segment">
              <input type="radio" name="script-kind" checked={filters.kind === kind} onChange={() => setFilters({ kind })} />
              <span>{t(`scripts.kinds.${kind}`)}</span>
            </label>
          ))}
        </div>
        <div className="segmented" role="radiogroup" aria-label={t('scripts.filters.locale')}>
          {SCRIPT_LOCALES.map((candidate) => (
            <label key={candidate} className="segment" lang={candidate}>
              <input type="radio" name="script-locale" checked={locale === candidate} onChange={() => setFilters({ locale: candidate })} />
              <span>{t(`scripts.locales.${candidate}`)}</span>
            </label>
          ))}
        </div>
      </div>
      <div className="script-filter-row">
        <FacetSelect
          label={t('scripts.filters.step')}
          value={filters.step}
          options={facets.steps.map((step) => ({ value: step, label: labels.step(step) }))}
          allLabel={t('scripts.filters.all')}
          anyOnlyLabel={t('scripts.filters.anyOnly')}
          onChange={(step) => setFilters({ step })}
        />
        <FacetSelect
          label={t('scripts.filters.category')}
          value={filters.category}
          options={facets.categories.map((category) => ({ value: category, label: labels.category(category) }))}
          allLabel={t('scripts.filters.all')}
          anyOnlyLabel={t('scripts.filters.anyOnly')}
          onChange={(category) => setFilters({ category })}
        />
        <FacetSelect
          label={t('scripts.filters.personality')}
          value={filters.personality}
          options={facets.personalities.map((personality) => ({ value: personality, label: labels.personality(personality) }))}
          allLabel={t('scripts.filters.all')}
          anyOnlyLabel={t('scripts.filters.anyOnly')}
          onChange={(personality) => setFilters({ personality })}
        />
        <label className="chip">
          <input type="checkbox" checked={filters.includeRetired} onChange={(event) => setFilters({ includeRetired: event.target.checked })} />
          {t('scripts.filters.includeRetired')}
        </label>
        <button type="button" onClick={clearFilters}>
          {t('scripts.filters.clear')}
        </button>
      </div>
    </fieldset>
  )
}
