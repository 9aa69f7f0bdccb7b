import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isDismissedFlag, openFlags, replaceRange } from '@shared/domain/never-say-flags'
import type { PhraseFlag } from '@shared/domain/phrase-check'

const flag = (ruleId: string, matched: string, start = 0): PhraseFlag => ({ ruleId, matched, start, end: start + matched.length })

describe('openFlags', () => {
  it('hides a flag dismissed for the same rule and words, wherever it stands', () => {
    const dismissed = [{ ruleId: 'policy', text: '公司的规定' }]
    expect(isDismissedFlag(flag('policy', '公司的规定', 12), dismissed)).toBe(true)
    expect(openFlags([flag('policy', '公司的规定'), flag('policy', '公司规定'), flag('busy', '公司的规定')], dismissed)).toEqual([
      flag('policy', '公司规定'),
      flag('busy', '公司的规定')
    ])
  })
})

describe('replaceRange', () => {
  it('puts the better wording where the flagged words were and the caret after it', () => {
    const text = '您好，这是公司的规定，请理解。'
    expect(replaceRange(text, 3, 10, '我来帮您想办法')).toEqual({ text: '您好，我来帮您想办法，请理解。', caret: 10 })
  })

  it('never loses text outside the range, whatever the offsets', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -5, max: 40 }), fc.integer({ min: -5, max: 40 }), fc.string(), (text, start, end, insert) => {
        const edit = replaceRange(text, start, end, insert)
        const from = Math.max(0, Math.min(start, text.length))
        expect(edit.text.startsWith(text.slice(0, from))).toBe(true)
        expect(edit.text.slice(edit.caret - insert.length, edit.caret)).toBe(insert)
        expect(edit.text.endsWith(text.slice(Math.max(from, Math.min(end, text.length))))).toBe(true)
        expect(edit.text.length).toBe(text.length - (Math.max(from, Math.min(end, text.length)) - from) + insert.length)
      })
    )
  })
})
