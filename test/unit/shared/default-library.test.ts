import { describe, expect, it } from 'vitest'
import { BUILT_IN_COMPLAINT_CATEGORIES } from '@shared/domain/complaint'
import { COMPLAINT_INTAKE_STEP_IDS } from '@shared/domain/complaint-steps'
import { PERSONALITY_TYPES } from '@shared/domain/customer'
import { compileRules, neverSayRuleFrom } from '@shared/domain/phrase-check'
import { SCRIPT_KINDS, SCRIPT_LOCALES, type ScriptLocale } from '@shared/domain/script'
import { SCRIPT_VARIABLES } from '@shared/domain/script-variables'
import { DEFAULT_SCRIPT_LIBRARY, DIFFICULT_CUSTOMER_TYPES, type DefaultPhrase } from '@shared/scripts/default-library'

const ofKind = (kind: DefaultPhrase['kind'], locale: ScriptLocale): readonly DefaultPhrase[] =>
  DEFAULT_SCRIPT_LIBRARY.filter((phrase) => phrase.kind === kind && phrase.locale === locale)

/** The never-say list of the domain brief (§2), word for word. */
const BRIEF_NEVER_SAY = [
  '这种问题连三岁的小孩都懂。',
  '一分价钱一分货。',
  '不可能，绝不可能发生这种事。',
  '这种问题不关我的事，请去问……',
  '这个问题不太清楚。',
  '这是公司的规定。',
  '这事儿没法办。',
  '没看我正忙着吗？一个一个来。',
  '别人觉得挺好呀！',
  '我们一直都是这么卖的。',
  '你先听我解释。',
  '你也有不对的地方。',
  '你怎么这么讲话？',
  '你爱告哪儿告哪儿。',
  '你去找消协吧，这是他们的电话。'
]

/** The English equivalents the brief names. */
const BRIEF_ENGLISH = [
  "That's company policy.",
  'Calm down.',
  "It's not my problem.",
  'You get what you pay for.',
  "That's impossible.",
  "There's nothing I can do.",
  "Can't you see I'm busy?",
  'Everyone else is fine with it.',
  "We've always sold it this way.",
  'Listen to me first.',
  "You're partly to blame.",
  "Don't talk to me like that.",
  'Complain wherever you like.',
  'Go to the consumer association.',
  'Even a child knows this.'
]

/** Steps where the customer's personality changes the wording (domain brief §1: "in a complaint"). */
const PERSONALITY_STEPS = ['listen', 'calm', 'facts', 'resolve', 'follow-up']

describe('DEFAULT_SCRIPT_LIBRARY: shape', () => {
  it('gives every entry a unique seed id, so seeding again adds nothing', () => {
    const ids = DEFAULT_SCRIPT_LIBRARY.map((phrase) => phrase.seedId)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('names each seed id after what it holds', () => {
    for (const phrase of DEFAULT_SCRIPT_LIBRARY) {
      expect(phrase.seedId.startsWith(`${phrase.kind}.`), phrase.seedId).toBe(true)
      expect(phrase.seedId.endsWith(`.${phrase.locale}`), phrase.seedId).toBe(true)
      if (phrase.kind === 'say') {
        expect(phrase.seedId).toMatch(new RegExp(`^say\\.${phrase.step}\\.${phrase.category || 'any'}\\.${phrase.personality || 'any'}\\.\\d+\\.`))
      }
    }
  })

  it('has no empty or padded text, and only known kinds, locales, steps, categories and personalities', () => {
    for (const phrase of DEFAULT_SCRIPT_LIBRARY) {
      expect(phrase.text.trim(), phrase.seedId).not.toBe('')
      expect(phrase.text, phrase.seedId).toBe(phrase.text.trim())
      expect(SCRIPT_KINDS).toContain(phrase.kind)
      expect(SCRIPT_LOCALES).toContain(phrase.locale)
      expect(['', ...COMPLAINT_INTAKE_STEP_IDS]).toContain(phrase.step)
      expect(['', ...BUILT_IN_COMPLAINT_CATEGORIES]).toContain(phrase.category)
      expect(['', ...PERSONALITY_TYPES.filter((type) => type !== 'unknown')]).toContain(phrase.personality)
      expect(phrase.retired).toBe(false)
    }
  })

  it('gives every never-say phrase a why and a better way, and only never-say phrases variants or exceptions', () => {
    for (const phrase of DEFAULT_SCRIPT_LIBRARY) {
      const isNeverSay = phrase.kind === 'never-say'
      expect(phrase.why.trim() !== '', phrase.seedId).toBe(isNeverSay)
      expect(phrase.better.trim() !== '', phrase.seedId).toBe(isNeverSay)
      if (!isNeverSay) expect([...phrase.variants, ...phrase.exceptions], phrase.seedId).toEqual([])
      for (const wording of [...phrase.variants, ...phrase.exceptions]) expect(wording.trim(), phrase.seedId).not.toBe('')
    }
  })

  it('uses only the known variables, written {{likeThis}}', () => {
    for (const phrase of DEFAULT_SCRIPT_LIBRARY) {
      for (const [, name] of phrase.text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) expect(SCRIPT_VARIABLES, phrase.seedId).toContain(name)
      expect(phrase.text.replace(/\{\{\w+\}\}/g, ''), phrase.seedId).not.toMatch(/[{}]/)
    }
  })
})

describe('DEFAULT_SCRIPT_LIBRARY: coverage', () => {
  it.each(SCRIPT_LOCALES)('has wording for every intake step in %s', (locale) => {
    const says = ofKind('say', locale)
    for (const step of COMPLAINT_INTAKE_STEP_IDS) {
      expect(says.filter((phrase) => phrase.step === step && phrase.category === '' && phrase.personality === ''), step).not.toEqual([])
    }
  })

  it.each(SCRIPT_LOCALES)('has wording for every built-in category in %s', (locale) => {
    const says = ofKind('say', locale)
    for (const category of BUILT_IN_COMPLAINT_CATEGORIES) {
      expect(says.filter((phrase) => phrase.category === category && phrase.personality === ''), category).not.toEqual([])
    }
  })

  it.each(SCRIPT_LOCALES)('has wording for every personality type at every step where it matters, in %s', (locale) => {
    const says = ofKind('say', locale)
    for (const personality of PERSONALITY_TYPES.filter((type) => type !== 'unknown')) {
      for (const step of PERSONALITY_STEPS) {
        expect(says.filter((phrase) => phrase.personality === personality && phrase.step === step && phrase.category === ''), `${personality} ${step}`).not.toEqual([])
      }
    }
  })

  it('says the same things in both languages', () => {
    const stems = (locale: ScriptLocale) =>
      DEFAULT_SCRIPT_LIBRARY.filter((phrase) => phrase.locale === locale)
        .map((phrase) => phrase.seedId.slice(0, -locale.length - 1))
        .sort()
    expect(stems('en')).toEqual(stems('zh-CN'))
  })

  it('holds the brief’s never-say list word for word, and the English equivalents it names', () => {
    expect(ofKind('never-say', 'zh-CN').map((phrase) => phrase.text)).toEqual(expect.arrayContaining(BRIEF_NEVER_SAY))
    expect(ofKind('never-say', 'en').map((phrase) => phrase.text)).toEqual(expect.arrayContaining(BRIEF_ENGLISH))
  })

  it.each(SCRIPT_LOCALES)('has a tip for every kind of difficult customer in %s', (locale) => {
    expect(ofKind('tip', locale).map((phrase) => phrase.seedId)).toEqual(DIFFICULT_CUSTOMER_TYPES.map((type) => `tip.${type}.${locale}`))
  })
})

describe('DEFAULT_SCRIPT_LIBRARY: against the never-say checker', () => {
  const matcherFor = (locale: ScriptLocale) => compileRules(ofKind('never-say', locale).map((phrase) => neverSayRuleFrom({ ...phrase, id: phrase.seedId })))

  it.each(SCRIPT_LOCALES)('flags every never-say phrase of %s with its own rule', (locale) => {
    const matcher = matcherFor(locale)
    for (const phrase of ofKind('never-say', locale)) {
      expect(matcher.check(phrase.text).map((flag) => flag.ruleId), phrase.text).toContain(phrase.seedId)
    }
  })

  it.each(SCRIPT_LOCALES)('never suggests, in %s, what the checker flags: wording, tips and better phrasings', (locale) => {
    const matcher = matcherFor(locale)
    const coaching = DEFAULT_SCRIPT_LIBRARY.filter((phrase) => phrase.locale === locale).flatMap((phrase) =>
      phrase.kind === 'never-say' ? [phrase.better] : [phrase.text]
    )
    for (const text of coaching) expect(matcher.check(text), text).toEqual([])
  })
})
