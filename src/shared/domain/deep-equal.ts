/**
 * Structural equality for stored values (plain objects, arrays, strings, numbers, booleans,
 * null). The data layer uses it to stamp only the fields an edit really changed, and the
 * merge of exports will use it to tell a real conflict from the same value written twice.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => deepEqual(item, b[index]))
  }
  const aEntries = Object.entries(a)
  const bKeys = new Set(Object.keys(b))
  if (aEntries.length !== bKeys.size) return false
  return aEntries.every(([key, value]) => bKeys.has(key) && deepEqual(value, Reflect.get(b, key)))
}
