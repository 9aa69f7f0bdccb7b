import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PhoneNumber } from '@shared/domain/customer'
import { formatPhone, parsePhone } from '@shared/domain/phone'

const reading = (raw: string): Pick<PhoneNumber, 'normalized' | 'kind'> & { warning: string | null } => {
  const { phone, warning } = parsePhone(raw)
  return { normalized: phone.normalized, kind: phone.kind, warning }
}
const mobile = (normalized: string) => ({ normalized, kind: 'mobile', warning: null })
const landline = (normalized: string) => ({ normalized, kind: 'landline', warning: null })
const other = (normalized: string) => ({ normalized, kind: 'other', warning: 'unrecognised-format' })

describe('parsePhone: mainland mobiles', () => {
  it.each([
    '13812345678',
    '138 1234 5678',
    '138-1234-5678',
    '138.1234.5678',
    '(138) 1234 5678',
    '  13812345678  ',
    '1381234 5678',
    '+86 138 1234 5678',
    '+8613812345678',
    '+86-138-1234-5678',
    '(+86) 138 1234 5678',
    '86 13812345678',
    '8613812345678',
    '0086 138 1234 5678',
    '00 86 13812345678',
    '１３８１２３４５６７８',
    '１３８－１２３４－５６７８',
    '＋８６ １３８ １２３４ ５６７８',
    '（１３８）１２３４５６７８',
    '138\u30001234\u30005678',
    '138–1234–5678'
  ])('reads %j as 13812345678', (raw) => {
    expect(reading(raw)).toEqual(mobile('13812345678'))
  })

  it('takes every second digit from 3 to 9', () => {
    for (const prefix of ['13', '14', '15', '16', '17', '18', '19']) expect(reading(`${prefix}912345678`).kind).toBe('mobile')
    expect(reading('12912345678')).toEqual(other('12912345678'))
    expect(reading('11012345678')).toEqual(other('11012345678'))
  })

  it('does not read a wrong length as a mobile', () => {
    expect(reading('1381234567')).toEqual(other('1381234567'))
    expect(reading('138123456789')).toEqual(other('138123456789'))
  })

  it('does not read an extension on a mobile: mobiles have none', () => {
    expect(reading('13812345678 转 2')).toEqual(other('138123456782'))
  })
})

describe('parsePhone: mainland landlines', () => {
  it.each([
    ['010-12345678', '01012345678'],
    ['010 1234 5678', '01012345678'],
    ['(010) 1234-5678', '01012345678'],
    ['（０１０）８８８８６６６６', '01088886666'],
    ['01012345678', '01012345678'],
    ['021-6234 5678', '02162345678'],
    ['028-85551234', '02885551234'],
    ['0755-86001234', '075586001234'],
    ['0755 2345678', '07552345678'],
    ['0571-8765432', '05718765432'],
    ['+86 10 1234 5678', '01012345678'],
    ['+86-21-62345678', '02162345678'],
    ['+86 755 8600 1234', '075586001234'],
    ['+86 (0)10 1234 5678', '01012345678'],
    ['0086 21 6234 5678', '02162345678']
  ])('reads %j as %s', (raw, normalized) => {
    expect(reading(raw)).toEqual(landline(normalized))
  })

  it('requires eight local digits after 010 and 02x, seven or eight after other area codes', () => {
    expect(reading('010-1234567')).toEqual(other('0101234567'))
    expect(reading('021-623456789')).toEqual(other('021623456789'))
    expect(reading('0755-1234567')).toEqual(landline('07551234567'))
    expect(reading('0755-12345678')).toEqual(landline('075512345678'))
    expect(reading('0755-123456')).toEqual(other('0755123456'))
  })

  it('does not take 01x other than 010 as an area code, nor a local number starting with 0', () => {
    expect(reading('011-12345678')).toEqual(other('01112345678'))
    expect(reading('010-02345678')).toEqual(other('01002345678'))
  })

  it.each([
    ['010-12345678 转 123', '01012345678-123'],
    ['010-12345678转123', '01012345678-123'],
    ['010-12345678 转分机 123', '01012345678-123'],
    ['010 1234 5678 ext. 123', '01012345678-123'],
    ['010 1234 5678 EXT 123', '01012345678-123'],
    ['010-12345678 x123', '01012345678-123'],
    ['010-12345678#123', '01012345678-123'],
    ['010-12345678-分机 123', '01012345678-123'],
    ['010-12345678 分机号：8001', '01012345678-8001'],
    ['０７５５－８６００１２３４ 转 ６', '075586001234-6'],
    ['010-12345678-123', '01012345678-123'],
    ['0755-2345678-89', '07552345678-89'],
    ['+86 10 1234 5678 ext 9', '01012345678-9']
  ])('keeps the extension of %j', (raw, normalized) => {
    expect(reading(raw)).toEqual(landline(normalized))
  })

  it('reads a run-together number without guessing an extension', () => {
    expect(reading('01012345678123')).toEqual(other('01012345678123'))
  })

  it('does not take an extension after something that is not a landline', () => {
    expect(reading('12345 转 6')).toEqual(other('123456'))
  })
})

describe('parsePhone: everything else', () => {
  it('keeps foreign numbers with their +, digits only', () => {
    expect(reading('+1 (415) 555-0100')).toEqual(other('+14155550100'))
    expect(reading('(+44) 20 7946 0958')).toEqual(other('+442079460958'))
    expect(reading('+852 9123 4567')).toEqual(other('+85291234567'))
  })

  it('never makes a local number look mainland: no area code is guessed', () => {
    expect(reading('6234 5678')).toEqual(other('62345678'))
    expect(reading('86123456')).toEqual(other('86123456'))
    expect(reading('8610 1234 5678')).toEqual(other('861012345678'))
  })

  it('keeps the digits of service numbers, labelled and run-together numbers', () => {
    expect(reading('400-810-8888')).toEqual(other('4008108888'))
    expect(reading('95588')).toEqual(other('95588'))
    expect(reading('手机：13812345678')).toEqual(other('13812345678'))
    expect(reading('138 1234 5678 (wife)')).toEqual(other('13812345678'))
    expect(reading('13812345678/13987654321')).toEqual(other('1381234567813987654321'))
  })

  it('reports empty input and input without digits as problems', () => {
    for (const raw of ['', '   ', '\u3000']) {
      expect(parsePhone(raw)).toEqual({ phone: { raw, normalized: '', kind: 'other' }, problem: 'empty', warning: null })
    }
    for (const raw of ['n/a', '无', '---', '+']) {
      expect(parsePhone(raw)).toEqual({ phone: { raw, normalized: '', kind: 'other' }, problem: 'no-digits', warning: null })
    }
  })

  it('has no problem with anything that has a digit', () => {
    expect(parsePhone('13812345678').problem).toBeNull()
    expect(parsePhone('x1').problem).toBeNull()
  })

  it('keeps exactly what was typed as raw, whatever it is', () => {
    fc.assert(fc.property(fc.string(), (raw) => parsePhone(raw).phone.raw === raw))
    expect(parsePhone(' ＋８６ １３８ 1234 5678 ').phone.raw).toBe(' ＋８６ １３８ 1234 5678 ')
  })

  it('normalises to digits, a leading + or a landline extension only', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const { phone, problem } = parsePhone(raw)
        expect(phone.normalized).toMatch(problem === null ? /^\+?\d+(-\d+)?$/ : /^$/)
      })
    )
  })
})

describe('formatPhone', () => {
  const format = (raw: string): string => formatPhone(parsePhone(raw).phone)

  it('groups a mobile 3-4-4', () => {
    expect(format('+86 13812345678')).toBe('138 1234 5678')
  })

  it('writes a landline as area code, dash, local number: eight digits in fours, seven whole', () => {
    expect(format('01012345678')).toBe('010-1234 5678')
    expect(format('+86 755 8600 1234')).toBe('0755-8600 1234')
    expect(format('0755 123 4567')).toBe('0755-1234567')
  })

  it('writes an extension after a dash', () => {
    expect(format('010-12345678 转 123')).toBe('010-1234 5678-123')
    expect(format('0755 2345678 ext 45')).toBe('0755-2345678-45')
    expect(format('010-12345678 转 6')).toBe('010-1234 5678-6')
    expect(parsePhone('010-1234 5678-6').phone.normalized).toBe('01012345678-6')
  })

  it('shows anything else exactly as typed', () => {
    expect(format('+1 (415) 555-0100')).toBe('+1 (415) 555-0100')
    expect(format('手机：13812345678')).toBe('手机：13812345678')
    // A stored record whose kind and digits disagree (an old import) is shown as typed, not reshaped.
    expect(formatPhone({ raw: '138-1234', normalized: '1381234', kind: 'mobile' })).toBe('138-1234')
    expect(formatPhone({ raw: '010 1234', normalized: '0101234', kind: 'landline' })).toBe('010 1234')
  })

  it('formats mainland numbers so that they read back the same', () => {
    const localDigits = (count: number) => fc.stringMatching(new RegExp(`^[1-9]\\d{${count - 1}}$`))
    const mainland = fc.oneof(
      fc.stringMatching(/^1[3-9]\d{9}$/),
      fc.tuple(fc.constantFrom('010', '021', '029'), localDigits(8)).map(([area, local]) => area + local),
      fc.tuple(fc.constantFrom('0755', '0571', '0991'), fc.oneof(localDigits(7), localDigits(8))).map(([area, local]) => area + local)
    )
    // A one-digit extension on a seven-digit local number would read back as an eight-digit local number.
    const extension = fc.option(fc.stringMatching(/^\d{2,6}$/), { nil: null })
    fc.assert(
      fc.property(mainland, extension, (digits, ext) => {
        const first = parsePhone(ext === null || digits.startsWith('1') ? digits : `${digits} 转 ${ext}`).phone
        expect(first.kind).not.toBe('other')
        expect(parsePhone(formatPhone(first)).phone).toEqual({ ...first, raw: formatPhone(first) })
      })
    )
  })
})
