import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fillVariables, SCRIPT_VARIABLES } from '@shared/domain/script-variables'
import { splitScriptText, unknownVariables, type ScriptTextPart } from '@renderer/features/scripts/script-text-parts'

const joined = (parts: readonly ScriptTextPart[]): string => parts.map((part) => (part.kind === 'text' ? part.text : part.raw)).join('')

describe('splitScriptText', () => {
  it('cuts the wording into text and the placeholders the coaching fills', () => {
    expect(splitScriptText('{{customerName}}，您好，我是{{ staffName }}。')).toEqual([
      { kind: 'variable', name: 'customerName', raw: '{{customerName}}' },
      { kind: 'text', text: '，您好，我是' },
      { kind: 'variable', name: 'staffName', raw: '{{ staffName }}' },
      { kind: 'text', text: '。' }
    ])
  })

  it('marks a placeholder of a name the coaching does not know, so a misspelling shows', () => {
    expect(splitScriptText('Hi {{custName}}')).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'unknown-variable', name: 'custName', raw: '{{custName}}' }
    ])
  })

  it('leaves braces that hold no variable name as text', () => {
    const text = '{single} {{}} {{ two words }} {{1st}}'
    expect(splitScriptText(text)).toEqual([{ kind: 'text', text }])
  })

  it('gives nothing for an empty text', () => {
    expect(splitScriptText('')).toEqual([])
  })
})

describe('unknownVariables', () => {
  it('lists each unknown name once, in order, and no known one', () => {
    expect(unknownVariables('{{ticket}} {{customerName}} {{shop}} {{ticket}}')).toEqual(['ticket', 'shop'])
    expect(unknownVariables('{{customerName}} {{followUpDate}}')).toEqual([])
  })
})

const name = fc.oneof(fc.constantFrom(...SCRIPT_VARIABLES), fc.constantFrom('ticket', 'x', '_a1'))
const anyText = fc.string({ maxLength: 8 })
const template = fc
  .array(fc.oneof(anyText, fc.constantFrom('{', '}', '{{', '}}'), name.map((variable) => `{{${variable}}}`), name.map((variable) => `{{ ${variable} }}`)), {
    maxLength: 10
  })
  .map((parts) => parts.join(''))

describe('splitScriptText: properties', () => {
  it('loses nothing: the parts join back into the text', () => {
    fc.assert(fc.property(template, (text) => joined(splitScriptText(text)) === text))
  })

  it('finds exactly the placeholders fillVariables would leave unfilled, so a token is never a gap the coaching fills', () => {
    fc.assert(
      fc.property(template, (text) => {
        const names = splitScriptText(text).flatMap((part) => (part.kind === 'text' ? [] : [part.name]))
        expect([...new Set(names)]).toEqual(fillVariables(text, {}).unresolved)
      })
    )
  })

  it('never puts two text parts side by side, nor an empty one', () => {
    fc.assert(
      fc.property(template, (text) => {
        const parts = splitScriptText(text)
        return parts.every((part, index) => part.kind !== 'text' || (part.text !== '' && parts[index + 1]?.kind !== 'text'))
      })
    )
  })
})
