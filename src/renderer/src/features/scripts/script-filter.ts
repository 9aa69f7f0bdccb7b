import type { ScriptLocale } from '@shared/domain/script'
import type { ScriptFilter } from '@shared/domain/script-listing'
import type { ScriptLibraryFilters } from './script-library-store'

/** The language the list shows: the one chosen, else the interface's. */
export const shownLocale = (filters: Pick<ScriptLibraryFilters, 'locale'>, interfaceLanguage: ScriptLocale): ScriptLocale =>
  filters.locale ?? interfaceLanguage

/** The screen's filters as the data layer's ScriptFilter: a null facet does not filter, a blank search neither. */
export function toScriptFilter(filters: ScriptLibraryFilters, interfaceLanguage: ScriptLocale): ScriptFilter {
  const text = filters.text.trim()
  return {
    locale: shownLocale(filters, interfaceLanguage),
    kind: filters.kind ?? undefined,
    step: filters.step ?? undefined,
    category: filters.category ?? undefined,
    personality: filters.personality ?? undefined,
    includeRetired: filters.includeRetired,
    text: text === '' ? undefined : text
  }
}

/** Whether any filter is off its default (the language does not count: every list has one). */
export const isFiltered = (filters: ScriptLibraryFilters): boolean =>
  filters.kind !== null ||
  filters.step !== null ||
  filters.category !== null ||
  filters.personality !== null ||
  filters.includeRetired ||
  filters.text.trim() !== ''
