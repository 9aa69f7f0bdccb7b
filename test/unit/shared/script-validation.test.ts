import { describe, expect, it } from 'vitest'
import type { ScriptPhrase } from '@shared/domain/script'
import { scriptProblems } from '@shared/domain/script-validation'
import { scriptContent, storedScript } from './script-fixtures'

const content = scriptContent

const stored = (id: string, fields: Partial<ScriptPhrase> = {}): ScriptPhrase => storedScript(id, { text: scriptContent().text, ...fields })

const policyRule = stored('policy', { kind: 'never-say', text: '这是公司的规定。', variants: ['这是公司规定'], why: '拿规定挡人', better: '我看看能为您做些什么' })

describe('scriptProblems', () => {
  it('finds nothing wrong with plain wording', () => {
    expect(scriptProblems(content(), [policyRule])).toEqual([])
  })

  it('wants wording, and for a never-say phrase why and a better way, spaces not counting', () => {
    expect(scriptProblems(content({ text: ' \n' }), [])).toEqual([{ code: 'empty-text' }])
    expect(scriptProblems(content({ kind: 'never-say', text: '你自己看着办', why: ' ', better: '' }), [])).toEqual([
      { code: 'missing-why' },
      { code: 'missing-better' }
    ])
  })

  it('refuses coaching that trips an active rule of the same language: wording, tips and better ways', () => {
    const trips = { code: 'trips-never-say', ruleId: 'policy', rulePhrase: '这是公司的规定。', matched: '这是公司规定' }
    expect(scriptProblems(content({ text: '抱歉，这是公司规定。' }), [policyRule])).toEqual([trips])
    expect(scriptProblems(content({ kind: 'tip', text: '可以说：这是公司规定。' }), [policyRule])).toEqual([trips])
    expect(scriptProblems(content({ kind: 'never-say', text: '没办法', why: '推脱', better: '这是公司规定，不过…' }), [policyRule])).toEqual([trips])
    expect(scriptProblems(content({ text: '抱歉，这是公司规定。', locale: 'en' }), [policyRule])).toEqual([])
    expect(scriptProblems(content({ text: '抱歉，这是公司规定。' }), [{ ...policyRule, retired: true }])).toEqual([])
    expect(scriptProblems(content({ text: '抱歉，这是公司规定。' }), [{ ...policyRule, deletedAt: '2026-11-02T00:00:00.000Z' }])).toEqual([])
  })

  it('refuses a rule that would flag its own better way or another script’s active coaching', () => {
    const rule = content({ kind: 'never-say', text: '马上帮您', why: '太草率', better: '我现在就处理' })
    const phrase = stored('phrase', { text: '我马上帮您确认。' })
    expect(scriptProblems(rule, [phrase])).toEqual([{ code: 'flags-coaching', scriptId: 'phrase', scriptText: '我马上帮您确认。', matched: '马上帮您' }])
    expect(scriptProblems(rule, [{ ...phrase, retired: true }])).toEqual([])
    expect(scriptProblems({ ...rule, id: 'rule', better: '我马上帮您处理' }, [])).toMatchObject([{ code: 'trips-never-say', ruleId: 'rule', rulePhrase: '马上帮您' }])
  })

  it('lets anything retire: the rules are checked only for an active script', () => {
    expect(scriptProblems(content({ text: '这是公司的规定', retired: true }), [policyRule])).toEqual([])
  })
})
