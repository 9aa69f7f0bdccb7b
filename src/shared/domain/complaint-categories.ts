import { BUILT_IN_COMPLAINT_CATEGORIES } from './complaint'

/*
 * The shop's own complaint categories (managers may add their own, domain brief §2), kept as a
 * setting: a list of names as the manager wrote them. They come after the built-in ones and
 * never replace them, so reports stay comparable between shops and over time.
 */

/** The longest category name: it has to fit a list column and a printed sheet. */
export const MAX_CATEGORY_LENGTH = 30

/** A stored list the app can use: names, none blank, none repeated. Takes `unknown`: it is read back from the database. */
export function isValidCategoryList(value: unknown): value is readonly string[] {
  if (!Array.isArray(value)) return false
  const names: readonly unknown[] = value
  return (
    names.every((name) => typeof name === 'string' && name.trim() === name && name !== '' && name.length <= MAX_CATEGORY_LENGTH) &&
    new Set(names).size === names.length
  )
}

export type CategoryListProblem = { readonly kind: 'too-long'; readonly name: string } | { readonly kind: 'built-in'; readonly name: string }

/**
 * Reads the manager's list, one name per line: blank lines and repeats are dropped, spaces
 * trimmed. A name that is a built-in category's key, or too long, is a problem to show, not to
 * silently drop.
 */
export function readCategoryList(text: string): { readonly categories: readonly string[]; readonly problems: readonly CategoryListProblem[] } {
  const names = [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ''))]
  const problems: CategoryListProblem[] = []
  for (const name of names) {
    if (name.length > MAX_CATEGORY_LENGTH) problems.push({ kind: 'too-long', name })
    if (BUILT_IN_COMPLAINT_CATEGORIES.some((key) => key === name)) problems.push({ kind: 'built-in', name })
  }
  return { categories: names, problems }
}

/** Every category to offer: the built-in ones, then the shop's own. */
export const allComplaintCategories = (custom: readonly string[]): readonly string[] => [...BUILT_IN_COMPLAINT_CATEGORIES, ...custom]
