import { describe, expect, it } from 'vitest'
import { shortened } from '@renderer/features/complaints/print/print-text'

describe('the customer’s words cut to fit the slip', () => {
  it('leaves short text as it is, with runs of white space closed up', () => {
    expect(shortened('  修完不到一周\n\n又出同样的问题。 ', 50)).toBe('修完不到一周 又出同样的问题。')
  })

  it('cuts long text to at most the limit, ellipsis included', () => {
    const words = '约好上午上门等到下午四点才来'.repeat(10)
    const cut = shortened(words, 40)
    expect(Array.from(cut)).toHaveLength(40)
    expect(cut.endsWith('…')).toBe(true)
  })

  it('breaks after punctuation near the end rather than mid-phrase', () => {
    const text = `${'说'.repeat(30)}，${'等'.repeat(30)}`
    expect(shortened(text, 36)).toBe(`${'说'.repeat(30)}…`)
  })

  it('never splits a character made of two code units', () => {
    const text = '😀'.repeat(30)
    const cut = shortened(text, 10)
    expect(cut).toBe(`${'😀'.repeat(9)}…`)
  })
})
