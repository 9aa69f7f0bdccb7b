/*
 * Categories and root causes are stored as strings: a built-in key, which each language names
 * in its own words, or the shop's own wording (managers add categories; older records and the
 * demo hold causes as free text), which is shown as typed. An empty category is "not classified".
 */
import { BUILT_IN_COMPLAINT_CATEGORIES } from './complaint'
import { ROOT_CAUSES } from './complaint-root-cause'

export type BuiltInCategory = (typeof BUILT_IN_COMPLAINT_CATEGORIES)[number]
export type BuiltInRootCause = (typeof ROOT_CAUSES)[number]

export type StoredLabel<K extends string> =
  | { readonly kind: 'built-in'; readonly key: K }
  | { readonly kind: 'custom'; readonly text: string }
  | { readonly kind: 'blank' }

function storedLabel<K extends string>(keys: readonly K[], value: string): StoredLabel<K> {
  const key = keys.find((candidate) => candidate === value)
  if (key !== undefined) return { kind: 'built-in', key }
  return value.trim() === '' ? { kind: 'blank' } : { kind: 'custom', text: value }
}

export const categoryLabel = (category: string): StoredLabel<BuiltInCategory> => storedLabel(BUILT_IN_COMPLAINT_CATEGORIES, category)

export const rootCauseLabel = (rootCause: string): StoredLabel<BuiltInRootCause> => storedLabel(ROOT_CAUSES, rootCause)

/** A stored label in words: a built-in key's word, the shop's own text as typed, or `blank`. */
export function storedLabelText<K extends string>(label: StoredLabel<K>, words: Readonly<Record<K, string>>, blank: string): string {
  if (label.kind === 'built-in') return words[label.key]
  return label.kind === 'custom' ? label.text : blank
}
