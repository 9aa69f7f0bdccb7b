import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ScriptPhrase } from '@shared/domain/script'
import { selectScripts } from '@shared/domain/script-listing'
import { storedScript } from './script-fixtures'

const phrase = storedScript

const ids = (phrases: readonly ScriptPhrase[]): readonly string[] => phrases.map((listed) => listed.id)

describe('selectScripts', () => {
  it('orders by kind, step, category, personality, wording and id: "any" first, known values in their order, others after', () => {
    const ordered = [
      phrase('any step', { text: 'b' }),
      phrase('any step, same wording', { text: 'b' }),
      phrase('listen', { step: 'listen' }),
      phrase('resolve', { step: 'resolve' }),
      phrase('resolve, a category', { step: 'resolve', category: 'repair-price' }),
      phrase('resolve, a later category', { step: 'resolve', category: 'returns-exchanges' }),
      phrase('resolve, a shop’s own category', { step: 'resolve', category: 'delivery' }),
      phrase('resolve, own category, lively', { step: 'resolve', category: 'delivery', personality: 'lively' }),
      phrase('resolve, own category, analytical', { step: 'resolve', category: 'delivery', personality: 'analytical' }),
      phrase('never-say', { kind: 'never-say', why: 'w', better: 'b' }),
      phrase('tip', { kind: 'tip' })
    ]
    fc.assert(
      fc.property(fc.shuffledSubarray(ordered, { minLength: ordered.length }), (shuffled) => {
        expect(selectScripts(shuffled, {})).toEqual(ordered)
      })
    )
  })

  it('matches step, category and personality exactly: "" means written for any', () => {
    const library = [phrase('generic'), phrase('lively', { personality: 'lively' }), phrase('listen', { step: 'listen' })]
    expect(ids(selectScripts(library, { personality: '' }))).toEqual(['generic', 'listen'])
    expect(ids(selectScripts(library, { personality: 'lively' }))).toEqual(['lively'])
    expect(ids(selectScripts(library, { step: '' }))).toEqual(['generic', 'lively'])
  })

  it('searches wording, why and better way, ignoring case, width and surrounding space', () => {
    const library = [
      phrase('text', { locale: 'en', text: "That's Company Policy." }),
      phrase('why', { kind: 'never-say', why: '拿规定挡人', better: '我来想办法' }),
      phrase('better', { kind: 'never-say', why: '冷漠', better: 'Let me SEE what I can do' }),
      phrase('neither', { text: '您好' })
    ]
    expect(ids(selectScripts(library, { text: ' ｃｏｍｐａｎｙ ' }))).toEqual(['text'])
    expect(ids(selectScripts(library, { text: '规定' }))).toEqual(['why'])
    expect(ids(selectScripts(library, { text: 'see what' }))).toEqual(['better'])
    expect(ids(selectScripts(library, { text: '' }))).toHaveLength(4)
  })

  it('leaves out deleted phrases always and retired ones unless asked', () => {
    const library = [phrase('live'), phrase('retired', { retired: true }), phrase('deleted', { deletedAt: '2026-11-02T00:00:00.000Z' })]
    expect(ids(selectScripts(library, {}))).toEqual(['live'])
    expect(ids(selectScripts(library, { includeRetired: true }))).toEqual(['live', 'retired'])
  })
})
