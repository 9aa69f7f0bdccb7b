/**
 * The script library screen's filters. They reset with each start, as on the customer list:
 * a clerk who opens the library tomorrow expects to see all of it.
 */
import { create } from 'zustand'
import type { PersonalityType } from '@shared/domain/customer'
import type { ScriptKind, ScriptLocale } from '@shared/domain/script'

/** For step, category and personality: null shows every phrase, '' only those written for any. */
export type Facet<T extends string> = T | '' | null

export interface ScriptLibraryFilters {
  readonly kind: ScriptKind | null
  /** null follows the interface language, so a clerk reads phrases in the language they work in. */
  readonly locale: ScriptLocale | null
  readonly step: Facet<string>
  readonly category: Facet<string>
  readonly personality: Facet<PersonalityType>
  readonly includeRetired: boolean
  readonly text: string
}

export const NO_SCRIPT_FILTERS: ScriptLibraryFilters = {
  kind: null,
  locale: null,
  step: null,
  category: null,
  personality: null,
  includeRetired: false,
  text: ''
}

interface ScriptLibraryState {
  readonly filters: ScriptLibraryFilters
  setFilters(patch: Partial<ScriptLibraryFilters>): void
  /** Clears what narrows the list; the language chosen stays, as it is a way of reading, not a filter. */
  clearFilters(): void
}

export const useScriptLibraryStore = create<ScriptLibraryState>()((set) => ({
  filters: NO_SCRIPT_FILTERS,
  setFilters: (patch) => set(({ filters }) => ({ filters: { ...filters, ...patch } })),
  clearFilters: () => set(({ filters }) => ({ filters: { ...NO_SCRIPT_FILTERS, locale: filters.locale } }))
}))
