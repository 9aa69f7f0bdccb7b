import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deepEqual } from '@shared/domain/deep-equal'

describe('deepEqual', () => {
  it('compares stored values by structure', () => {
    expect(deepEqual({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true)
    expect(deepEqual([1, 2], [2, 1])).toBe(false)
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false)
    expect(deepEqual([], {})).toBe(false)
    expect(deepEqual(null, {})).toBe(false)
    expect(deepEqual('1', 1)).toBe(false)
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true)
  })

  it('finds any value equal to its structured clone', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => deepEqual(value, structuredClone(value))))
  })

  it('agrees with comparing JSON for JSON values whose keys are in the same order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        if (JSON.stringify(a) === JSON.stringify(b)) expect(deepEqual(a, b)).toBe(true)
        if (!deepEqual(a, b)) expect(JSON.stringify(a)).not.toBe(JSON.stringify(b))
      })
    )
  })
})
