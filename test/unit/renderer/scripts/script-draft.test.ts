import { describe, expect, it } from 'vitest'
import type { ScriptPhrase } from '@shared/domain/script'
import { draftFromScript, emptyScriptDraft, fieldOfProblem, linesOf, scriptFromDraft } from '@renderer/features/scripts/script-draft'

const neverSay: ScriptPhrase = {
  id: 'seed-never-say.company-policy.zh-CN',
  kind: 'never-say',
  locale: 'zh-CN',
  text: '这是公司的规定。',
  step: '',
  category: '',
  personality: '',
  why: '拿规定挡人。',
  better: '我们看看能为您做些什么。',
  variants: ['这是公司规定', '这是…公司…规定'],
  exceptions: ['按照公司规定，我们为您免费更换'],
  retired: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: '',
  deviceId: 'pc-1',
  clock: '',
  fieldClocks: {},
  deletedAt: null
}

describe('linesOf', () => {
  it('keeps each non-blank line once, trimmed', () => {
    expect(linesOf(' 这是公司规定 \r\n\n规定就是规定\n这是公司规定\n   ')).toEqual(['这是公司规定', '规定就是规定'])
    expect(linesOf('')).toEqual([])
  })
})

describe('the script draft', () => {
  it('starts empty in the language and kind asked for', () => {
    expect(emptyScriptDraft('en', 'tip')).toMatchObject({ kind: 'tip', locale: 'en', text: '', step: '', retired: false })
  })

  it('reads back what a stored phrase holds', () => {
    const { id: _id, createdAt: _c, updatedAt: _u, updatedBy: _b, deviceId: _d, clock: _k, fieldClocks: _f, deletedAt: _x, ...content } = neverSay
    expect(scriptFromDraft(draftFromScript(neverSay))).toEqual(content)
  })

  it('trims the wording at the ends only', () => {
    expect(scriptFromDraft({ ...emptyScriptDraft('zh-CN', 'say'), text: '  {{customerName}}， 您好  ' }).text).toBe('{{customerName}}， 您好')
  })

  it('drops the rule fields of a phrase that is no longer never-say, so no hidden rule stays behind', () => {
    const switched = scriptFromDraft({ ...draftFromScript(neverSay), kind: 'say', text: '我们看看能为您做些什么。' })
    expect(switched).toMatchObject({ kind: 'say', why: '', better: '', variants: [], exceptions: [] })
  })
})

describe('fieldOfProblem', () => {
  it('puts each problem beside the field that causes it', () => {
    expect(fieldOfProblem({ code: 'empty-text' }, 'say')).toBe('text')
    expect(fieldOfProblem({ code: 'missing-why' }, 'never-say')).toBe('why')
    expect(fieldOfProblem({ code: 'missing-better' }, 'never-say')).toBe('better')
    expect(fieldOfProblem({ code: 'flags-coaching', scriptId: 'a', scriptText: 'b', matched: 'c' }, 'never-say')).toBe('text')
  })

  it('shows a clash with a rule beside the wording the coaching would suggest', () => {
    const trips = { code: 'trips-never-say', ruleId: 'r', rulePhrase: '这是公司的规定。', matched: '这是公司的规定' } as const
    expect(fieldOfProblem(trips, 'say')).toBe('text')
    expect(fieldOfProblem(trips, 'tip')).toBe('text')
    expect(fieldOfProblem(trips, 'never-say')).toBe('better')
  })
})
