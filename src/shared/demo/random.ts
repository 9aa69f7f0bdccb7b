/** A source of numbers in [0, 1): `Math.random`'s shape, but seeded and repeatable. */
export type Rng = () => number

/** mulberry32: tiny, fast and good enough for demo data (not for anything secret). */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a: turns text (a device id) into a 32-bit seed. */
export function hashText(text: string, basis = 0x811c9dc5): number {
  let hash = basis >>> 0
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

export interface Random {
  readonly next: Rng
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed)
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => itemAt(items, int(0, items.length - 1))
  }
}

function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index]
  if (item === undefined) throw new RangeError(`No item ${index} in a list of ${items.length}`)
  return item
}

/**
 * A picker over weighted choices (`[value, weight]`); the running totals are worked out
 * once, because the generator picks from the same lists hundreds of thousands of times.
 */
export function weighted<T>(choices: readonly (readonly [T, number])[]): (random: Random) => T {
  const totals: number[] = []
  let sum = 0
  for (const [, weight] of choices) totals.push((sum += weight))
  return (random) => {
    const target = random.next() * sum
    let low = 0
    let high = totals.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (itemAt(totals, middle) > target) high = middle
      else low = middle + 1
    }
    return itemAt(choices, low)[0]
  }
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CROCKFORD_CODES = Array.from(CROCKFORD, (character) => character.charCodeAt(0))

/**
 * A ULID for the given time whose random part comes from `rng`: sortable like any ULID,
 * but repeatable. Built from character codes in one go: the generator makes hundreds of
 * thousands, and string concatenation would leave a trail of garbage behind each.
 */
export function seededUlid(millis: number, rng: Rng): string {
  const codes = new Array<number>(26)
  let rest = Math.max(0, Math.floor(millis))
  for (let index = 9; index >= 0; index--) {
    codes[index] = CROCKFORD_CODES[rest % 32] ?? 48
    rest = Math.floor(rest / 32)
  }
  for (let index = 10; index < 26; index++) codes[index] = CROCKFORD_CODES[Math.floor(rng() * 32)] ?? 48
  return String.fromCharCode(...codes)
}
