import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_COMPLAINT_CATEGORIES } from '@shared/domain/complaint'
import { COMPLAINT_INTAKE_STEP_IDS } from '@shared/domain/complaint-steps'
import { PERSONALITY_TYPES } from '@shared/domain/customer'
import { neverSayRuleFrom } from '@shared/domain/phrase-check'
import { SCRIPT_LOCALES, type ScriptPhrase } from '@shared/domain/script'
import { suggestPhrases, type PhraseContext } from '@shared/domain/script-selection'
import { DEFAULT_SCRIPT_LIBRARY } from '@shared/scripts/default-library'
import { storedScript } from './script-fixtures'

const phrase = (id: string, fields: Partial<ScriptPhrase> = {}): ScriptPhrase => storedScript(id, { step: 'resolve', ...fields })

const context: PhraseContext = { locale: 'zh-CN', step: 'resolve', category: 'repair-price', personality: 'analytical' }
const ids = (phrases: readonly ScriptPhrase[]): readonly string[] => phrases.map((chosen) => chosen.id)

describe('suggestPhrases', () => {
  const library = [
    phrase('generic'),
    phrase('any-step', { step: '' }),
    phrase('personality', { personality: 'analytical' }),
    phrase('category', { category: 'repair-price' }),
    phrase('both', { category: 'repair-price', personality: 'analytical' }),
    phrase('both-any-step', { step: '', category: 'repair-price', personality: 'analytical' })
  ]

  it('ranks category and personality, then category, then personality, then generic; the step before any step', () => {
    expect(ids(suggestPhrases(library, context, 10))).toEqual(['both', 'both-any-step', 'category', 'personality', 'generic', 'any-step'])
  })

  it('stops at the limit, five by default', () => {
    expect(ids(suggestPhrases(library, context))).toEqual(['both', 'both-any-step', 'category', 'personality', 'generic'])
    expect(suggestPhrases(library, context, 2)).toHaveLength(2)
    expect(suggestPhrases(library, context, 0)).toEqual([])
    expect(suggestPhrases(library, context, -1)).toEqual([])
  })

  it('never suggests what was written for another step, category, personality or language', () => {
    const others = [
      phrase('other-step', { step: 'listen' }),
      phrase('other-category', { category: 'slow-service' }),
      phrase('other-personality', { personality: 'lively' }),
      phrase('other-locale', { locale: 'en' })
    ]
    expect(ids(suggestPhrases([...others, phrase('generic')], context, 10))).toEqual(['generic'])
  })

  it('never suggests retired, deleted, never-say phrases or tips', () => {
    const dead = [
      phrase('retired', { retired: true }),
      phrase('deleted', { deletedAt: '2026-11-02T00:00:00.000Z' }),
      phrase('never-say', { kind: 'never-say' }),
      phrase('tip', { kind: 'tip' })
    ]
    expect(ids(suggestPhrases([...dead, phrase('generic')], context, 10))).toEqual(['generic'])
  })

  it('never suggests wording the never-say rules flag, however well it fits', () => {
    const rule = neverSayRuleFrom(phrase('policy-rule', { kind: 'never-say', text: '这是公司的规定' }))
    const flagged = phrase('flagged', { category: 'repair-price', personality: 'analytical', text: '抱歉，这是公司的规定' })
    expect(ids(suggestPhrases([flagged, phrase('generic')], context, 10, [rule]))).toEqual(['generic'])
    expect(ids(suggestPhrases([flagged, phrase('generic')], context, 10))).toEqual(['flagged', 'generic'])
  })

  it('offers only generic wording before the complaint is classified or the personality judged', () => {
    const unclassified = { ...context, category: '', personality: 'unknown' } as const
    expect(ids(suggestPhrases(library, unclassified, 10))).toEqual(['generic', 'any-step'])
    expect(ids(suggestPhrases(library, { ...unclassified, personality: '' }, 10))).toEqual(['generic', 'any-step'])
  })

  it('breaks ties by id, whatever the library order', () => {
    const tied = ['c', 'a', 'b'].map((id) => phrase(id))
    fc.assert(
      fc.property(fc.shuffledSubarray(tied, { minLength: tied.length }), (shuffled) => {
        expect(ids(suggestPhrases(shuffled, context))).toEqual(['a', 'b', 'c'])
      })
    )
  })

  const shipped = DEFAULT_SCRIPT_LIBRARY.map((seed) => phrase(seed.seedId, seed))

  it('finds shipped wording for every step, language, category and personality', () => {
    for (const step of COMPLAINT_INTAKE_STEP_IDS) {
      for (const locale of SCRIPT_LOCALES) {
        for (const category of ['', ...BUILT_IN_COMPLAINT_CATEGORIES]) {
          for (const personality of PERSONALITY_TYPES) {
            expect(suggestPhrases(shipped, { locale, step, category, personality }), `${step} ${locale} ${category} ${personality}`).not.toEqual([])
          }
        }
      }
    }
  })

  it('puts the shipped wording written for the very situation first', () => {
    const suggested = suggestPhrases(shipped, { locale: 'en', step: 'resolve', category: 'slow-service', personality: 'powerful' })
    expect(ids(suggested)[0]).toBe('say.resolve.slow-service.powerful.1.en')
    expect(suggested.every((chosen) => chosen.locale === 'en' && chosen.step === 'resolve')).toBe(true)
  })
})
