import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { insertText } from '@renderer/features/scripts/insert-text'

describe('insertText', () => {
  it('types over the selection and puts the caret after the insertion', () => {
    expect(insertText('您好，我是。', 5, 5, '{{staffName}}')).toEqual({ value: '您好，我是{{staffName}}。', caret: 18 })
    expect(insertText('Hello NAME!', 6, 10, '{{customerName}}')).toEqual({ value: 'Hello {{customerName}}!', caret: 22 })
  })

  it('reads a reversed selection the right way round', () => {
    expect(insertText('abcdef', 4, 2, 'X')).toEqual({ value: 'abXef', caret: 3 })
  })

  it('clamps offsets a field reports out of range, never cutting the text', () => {
    expect(insertText('abc', -5, 99, 'X')).toEqual({ value: 'X', caret: 1 })
    expect(insertText('abc', 99, 99, 'X')).toEqual({ value: 'abcX', caret: 4 })
    expect(insertText('abc', Number.NaN, Number.NaN, 'X')).toEqual({ value: 'abcX', caret: 4 })
  })

  it('keeps everything outside the selection', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), fc.string(), (value, a, b, insertion) => {
        const { value: next, caret } = insertText(value, a, b, insertion)
        const from = Math.min(a, b, value.length)
        const to = Math.min(Math.max(a, b), value.length)
        return next === value.slice(0, from) + insertion + value.slice(to) && caret === from + insertion.length
      })
    )
  })
})
