import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fillVariables, SCRIPT_VARIABLES, variableSegments } from '@shared/domain/script-variables'

describe('fillVariables', () => {
  it('fills every placeholder, spaces inside the braces or not', () => {
    expect(fillVariables('{{customerName}}，您好，我是{{ staffName }}。', { customerName: '王女士', staffName: '小李' })).toEqual({
      text: '王女士，您好，我是小李。',
      unresolved: []
    })
    expect(fillVariables('Call on {{followUpDate}}, {{followUpDate}}!', { followUpDate: '3 May' }).text).toBe('Call on 3 May, 3 May!')
  })

  it('leaves a placeholder without a value as written, never blank, and lists it once', () => {
    const filled = fillVariables('{{ customerName }}: complaint {{complaintNumber}}, {{complaintNumber}}', {
      customerName: '',
      complaintNumber: undefined
    })
    expect(filled).toEqual({ text: '{{ customerName }}: complaint {{complaintNumber}}, {{complaintNumber}}', unresolved: ['customerName', 'complaintNumber'] })
    expect(fillVariables('Hello {{customerName}}', { customerName: '   ' })).toEqual({ text: 'Hello {{customerName}}', unresolved: ['customerName'] })
  })

  it('reports an unknown name as unresolved and leaves it visible', () => {
    expect(fillVariables('{{shopName}} / {{ticket}}', { shopName: '前台' })).toEqual({ text: '前台 / {{ticket}}', unresolved: ['ticket'] })
  })

  it('does not take names from the object prototype', () => {
    expect(fillVariables('{{constructor}} {{toString}}', {})).toEqual({ text: '{{constructor}} {{toString}}', unresolved: ['constructor', 'toString'] })
  })

  it('leaves braces that hold no variable name untouched', () => {
    const text = '{single} {{}} {{ two words }} {{1st}} {{{customerName}'
    expect(fillVariables(text, { customerName: 'Ann' })).toEqual({ text, unresolved: [] })
  })

  it('inserts values literally: no $ patterns, no second round of placeholders', () => {
    expect(fillVariables('{{customerName}}', { customerName: '$& $1 {{staffName}}', staffName: 'Bo' }).text).toBe('$& $1 {{staffName}}')
  })
})

const name = fc.constantFrom(...SCRIPT_VARIABLES)
const plain = fc.string({ maxLength: 8 }).map((text) => text.replace(/[{}]/g, ''))
const template = fc
  .array(fc.oneof(plain, name.map((variable) => `{{${variable}}}`), name.map((variable) => `{{ ${variable} }}`)), { maxLength: 10 })
  .map((parts) => parts.join(''))

describe('fillVariables: properties', () => {
  it('leaves no placeholder of a known name when every value is given', () => {
    const values = fc.record(Object.fromEntries(SCRIPT_VARIABLES.map((variable) => [variable, plain.filter((value) => value.trim() !== '')])))
    fc.assert(
      fc.property(template, values, (text, given) => {
        const filled = fillVariables(text, given)
        expect(filled.unresolved).toEqual([])
        for (const variable of SCRIPT_VARIABLES) expect(filled.text).not.toMatch(new RegExp(`\\{\\{\\s*${variable}\\s*\\}\\}`))
      })
    )
  })

  it('returns the text unchanged when no value is given', () => {
    fc.assert(
      fc.property(fc.oneof(template, fc.string()), (text) => {
        expect(fillVariables(text, {}).text).toBe(text)
      })
    )
  })
})

describe('variableSegments', () => {
  it('marks each placeholder and keeps the plain text around it', () => {
    expect(variableSegments('{{customerName}}，您好，我是{{ staffName }}。')).toEqual([
      { text: '{{customerName}}', variable: true },
      { text: '，您好，我是', variable: false },
      { text: '{{ staffName }}', variable: true },
      { text: '。', variable: false }
    ])
    expect(variableSegments('{{1x}} and {single}')).toEqual([{ text: '{{1x}} and {single}', variable: false }])
  })

  it('gives back exactly the text it was given, cut into pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '{', '}', '{{x}}', '{{ name }}', '您', ' ')), (pieces) => {
        const text = pieces.join('')
        expect(
          variableSegments(text)
            .map((segment) => segment.text)
            .join('')
        ).toBe(text)
      })
    )
  })
})
