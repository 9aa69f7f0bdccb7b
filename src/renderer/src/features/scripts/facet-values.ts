/**
 * The values a step, category or personality choice offers: the known ones in their own
 * order, then any others the library holds (a manager's category, or one from a newer PC's
 * export), so that every stored phrase can still be found and kept as it is.
 */
export function facetValues<T extends string>(known: readonly T[], present: Iterable<T | ''>): readonly T[] {
  const others = new Set<T>()
  for (const value of present) {
    if (value !== '' && !known.includes(value)) others.add(value)
  }
  // Code-unit order: the same on every PC, whatever its locale.
  return [...known, ...[...others].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))]
}
