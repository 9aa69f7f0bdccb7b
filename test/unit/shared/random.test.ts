import fc from 'fast-check'
import { encodeTime } from 'ulid'
import { describe, expect, it } from 'vitest'
import { createRandom, hashText, mulberry32, seededUlid, weighted } from '@shared/demo/random'

describe('mulberry32', () => {
  it('repeats for the same seed and differs for another', () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed))
    expect(take(7)).toEqual(take(7))
    expect(take(7)).not.toEqual(take(8))
  })

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const next = mulberry32(seed)
        for (let index = 0; index < 50; index++) {
          const value = next()
          expect(value).toBeGreaterThanOrEqual(0)
          expect(value).toBeLessThan(1)
        }
      })
    )
  })
})

describe('createRandom', () => {
  it('draws integers within both bounds, reaching each', () => {
    const random = createRandom(1)
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)))
    expect([...seen].sort()).toEqual([3, 4, 5, 6])
  })

  it('refuses to pick from nothing', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError)
  })
})

describe('weighted', () => {
  it('never picks a zero weight and follows the weights roughly', () => {
    const pick = weighted([['rare', 1], ['never', 0], ['common', 9]])
    const random = createRandom(3)
    const counts = new Map<string, number>()
    for (let index = 0; index < 10_000; index++) {
      const value = pick(random)
      counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    expect(counts.get('never')).toBeUndefined()
    expect(counts.get('common') ?? 0).toBeGreaterThan(8_500)
    expect(counts.get('rare') ?? 0).toBeGreaterThan(700)
  })
})

describe('seededUlid', () => {
  it('is a ULID of the given time, sortable by time', () => {
    const rng = mulberry32(1)
    const early = seededUlid(Date.parse('2024-01-01T00:00:00Z'), rng)
    const late = seededUlid(Date.parse('2025-01-01T00:00:00Z'), rng)
    expect(early).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(early < late).toBe(true)
    expect(early.slice(0, 10)).toBe(encodeTime(Date.parse('2024-01-01T00:00:00Z')))
  })
})

describe('hashText', () => {
  it('is FNV-1a', () => {
    expect(hashText('')).toBe(0x811c9dc5)
    expect(hashText('a')).toBe(0xe40c292c)
  })
})
