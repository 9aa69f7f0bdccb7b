import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PhoneNumber } from '@shared/domain/customer'
import {
  customerSearchFields,
  customerSearchKeys,
  normalizeSearchQuery,
  phoneDigitsOf,
  phoneQueryDigits,
  rankCustomerMatch,
  rankCustomers,
  withSearchFields,
  type CustomerSearchSource
} from '@shared/domain/customer-search'

const phone = (normalized: string): PhoneNumber => ({ raw: normalized, normalized, kind: 'mobile' })

const source = (name: string, overrides: Partial<CustomerSearchSource> = {}): CustomerSearchSource => ({
  name,
  company: '',
  tags: [],
  phones: [],
  ...overrides
})

const keysOf = (name: string): readonly string[] => customerSearchKeys(source(name))

describe('customerSearchKeys', () => {
  it('indexes every part of a Chinese name, its pinyin by syllable and its initials', () => {
    expect(keysOf('张伟')).toEqual(['张伟', '伟', 'zhangwei', 'zw', 'wei'])
  })

  it('reads a polyphonic surname as a surname, and keeps the everyday reading too', () => {
    expect(keysOf('曾小贤')).toEqual(expect.arrayContaining(['zengxiaoxian', 'zxx', 'cengxiaoxian', 'cxx', 'xiaoxian']))
    expect(keysOf('单田芳')).toEqual(expect.arrayContaining(['shantianfang', 'stf', 'dantianfang', 'dtf']))
    expect(keysOf('解晓东')).toEqual(expect.arrayContaining(['xiexiaodong', 'xxd', 'jiexiaodong', 'jxd']))
    // The surname reading is the one shown first, and the one the list sorts by.
    expect(customerSearchFields(source('曾小贤')).sortName.startsWith('zeng xiao xian')).toBe(true)
    expect(customerSearchFields(source('区志强')).sortName.startsWith('ou zhi qiang')).toBe(true)
  })

  it('spells ü both as v and as u', () => {
    expect(keysOf('吕一')).toEqual(expect.arrayContaining(['lvyi', 'luyi', 'ly']))
  })

  it('bounds the keys of a name full of polyphonic characters', () => {
    // Each spelling has one key from its first syllable on: a reading of 单, then of 乐长行.
    const wholeSpellings = keysOf('单乐长行').filter((key) => /^(shan|dan|chan)[a-z]{6,}$/.test(key))
    expect(wholeSpellings.length).toBeGreaterThan(1)
    expect(wholeSpellings.length).toBeLessThanOrEqual(4)
    expect(keysOf('单乐长行').length).toBeLessThanOrEqual(40)
  })

  it('indexes other scripts by word, and company and tags by any part, lower-cased, without repeats', () => {
    expect(customerSearchKeys({ name: '  John  SMITH ', company: '', tags: ['VIP', 'vip', ' '] })).toEqual([
      'john smith',
      'smith',
      'vip'
    ])
    expect(customerSearchKeys({ name: 'Ａｎｎａ', company: '恒通物业', tags: ['老客户'] })).toEqual([
      'anna',
      '恒通物业',
      '通物业',
      '物业',
      '业',
      '老客户',
      '客户',
      '户'
    ])
  })
})

describe('phoneDigitsOf', () => {
  it('stores every suffix of three digits or more, so any run of digits is a prefix search', () => {
    expect(phoneDigitsOf([phone('13812345678')])).toEqual([
      '13812345678',
      '3812345678',
      '812345678',
      '12345678',
      '2345678',
      '345678',
      '45678',
      '5678',
      '678'
    ])
  })

  it('reads digits only, skips empty numbers and repeats', () => {
    expect(phoneDigitsOf([phone('+86 021-1234'), phone(''), phone('0211234')])).toEqual([
      '860211234',
      '60211234',
      '0211234',
      '211234',
      '11234',
      '1234',
      '234'
    ])
  })

  it('keeps short numbers whole', () => {
    expect(phoneDigitsOf([phone('110')])).toEqual(['110'])
    expect(phoneDigitsOf([phone('12')])).toEqual(['12'])
  })
})

describe('normalizeSearchQuery', () => {
  it('trims, lower-cases and turns full-width into half-width', () => {
    expect(normalizeSearchQuery('  ZhangWei ')).toBe('zhangwei')
    expect(normalizeSearchQuery('ＺＷ')).toBe('zw')
    expect(normalizeSearchQuery('１３８　００１３')).toBe('1380013')
  })

  it('drops spaces and dashes inside digit runs only', () => {
    expect(normalizeSearchQuery('138 0013')).toBe('1380013')
    expect(normalizeSearchQuery('138-0013-8000')).toBe('13800138000')
    expect(normalizeSearchQuery('john   smith')).toBe('john smith')
    expect(normalizeSearchQuery('2 号楼')).toBe('2 号楼')
  })
})

describe('phoneQueryDigits', () => {
  it('is the digits of a number of three digits or more, else null', () => {
    expect(phoneQueryDigits('5678')).toBe('5678')
    expect(phoneQueryDigits('+8613800138000')).toBe('8613800138000')
    expect(phoneQueryDigits('12')).toBeNull()
    expect(phoneQueryDigits('zw1')).toBeNull()
  })
})

describe('rankCustomerMatch', () => {
  const zhangWei = source('张伟', {
    company: '上海恒通物业管理有限公司',
    tags: ['老客户'],
    phones: [phone('13812345678'), phone('02155550000')]
  })

  it('is 0 for the whole name, whole pinyin, whole initials or a full phone number', () => {
    for (const query of ['张伟', 'zhangwei', 'ZW', '13812345678', '138 1234 5678']) expect(rankCustomerMatch(query, zhangWei), query).toBe(0)
  })

  it('is 1 for a prefix of those, or the tail of a phone number', () => {
    for (const query of ['张', 'zhang', 'zhangw', 'z', '5678', '678', '0000']) expect(rankCustomerMatch(query, zhangWei), query).toBe(1)
  })

  it('is 2 for any other part: inside the name, company, tags or a phone number', () => {
    for (const query of ['伟', 'wei', '恒通', '物业', '客户', '1234', '3812']) expect(rankCustomerMatch(query, zhangWei), query).toBe(2)
  })

  it('is null for no match, an empty query, and fewer than three digits', () => {
    for (const query of ['李', 'li', 'zwx', '9999', '', '  ', '13']) expect(rankCustomerMatch(query, zhangWei), query).toBeNull()
  })

  it('finds a polyphonic surname by its surname reading and by its everyday one', () => {
    expect(rankCustomerMatch('zengxiaoxian', source('曾小贤'))).toBe(0)
    expect(rankCustomerMatch('ceng', source('曾小贤'))).toBe(1)
    expect(rankCustomerMatch('shan', source('单田芳'))).toBe(1)
    expect(rankCustomerMatch('xxd', source('解晓东'))).toBe(0)
  })
})

describe('rankCustomers', () => {
  const customer = (id: string, name: string, phones: readonly string[] = []) => ({
    ...source(name, { phones: phones.map(phone) }),
    id
  })

  it('lists exact before prefix before other matches, then in pinyin order, then by id', () => {
    const candidates = [
      customer('1', '周文王'),
      customer('2', '张伟'),
      customer('3', '李伟'),
      customer('4', '张伟明'),
      customer('5', '李伟'),
      customer('6', '王芳')
    ]
    expect(rankCustomers('zw', candidates, 10).map(({ id }) => id)).toEqual(['2', '4', '1'])
    // 伟 is inside every name but 王芳's: 李 (li) sorts before 张 (zhang) though its code point is higher.
    expect(rankCustomers('伟', candidates, 10).map(({ id }) => id)).toEqual(['3', '5', '2', '4'])
    expect(rankCustomers('伟', candidates, 2).map(({ id }) => id)).toEqual(['3', '5'])
  })

  it('ranks a full number before a tail before a run inside a number', () => {
    const candidates = [customer('a', '甲', ['13800005678']), customer('b', '乙', ['5678']), customer('c', '丙', ['13856780000'])]
    expect(rankCustomers('5678', candidates, 10).map(({ id }) => id)).toEqual(['b', 'a', 'c'])
  })
})

describe('withSearchFields', () => {
  it('overwrites whatever search fields the record had', () => {
    const record = withSearchFields({ name: 'A', company: '', tags: [], phones: [], searchKeys: ['stale'], phoneDigits: ['0'], sortName: 'z' })
    expect(record).toEqual({ name: 'A', company: '', tags: [], phones: [], searchKeys: ['a'], phoneDigits: [], sortName: 'a\u0000a' })
  })

  it('gives a sort key that orders names by pinyin, not by code point', () => {
    const names = ['张三', '李四', '王五', '欧阳娜', 'Anna', '曾小贤', '艾伦']
    const sorted = [...names].sort((a, b) => {
      const [keyA, keyB] = [customerSearchFields(source(a)).sortName, customerSearchFields(source(b)).sortName]
      return keyA < keyB ? -1 : keyA > keyB ? 1 : 0
    })
    expect(sorted).toEqual(['艾伦', 'Anna', '李四', '欧阳娜', '王五', '曾小贤', '张三'])
  })
})

/* Names with a known reading: surnames as surnames (polyphonic ones included), given-name characters with one reading only. */
const SURNAMES = [
  ['张', 'zhang'], ['王', 'wang'], ['李', 'li'], ['曾', 'zeng'], ['单', 'shan'], ['解', 'xie'], ['区', 'ou'],
  ['仇', 'qiu'], ['朴', 'piao'], ['查', 'zha'], ['欧阳', 'ouyang'], ['司马', 'sima']
] as const
const GIVEN = [
  ['伟', 'wei'], ['磊', 'lei'], ['军', 'jun'], ['涛', 'tao'], ['明', 'ming'], ['芳', 'fang'], ['敏', 'min'],
  ['静', 'jing'], ['丽', 'li'], ['婷', 'ting'], ['雪', 'xue'], ['晓', 'xiao'], ['春', 'chun'], ['颖', 'ying']
] as const

const initials = (readings: readonly string[]): string => readings.map((reading) => reading.charAt(0)).join('')

describe('search by any handle (property)', () => {
  it('finds a customer by full pinyin, initials, any part of the name and the last four digits', () => {
    const nameArbitrary = fc.tuple(
      fc.constantFrom(...SURNAMES),
      fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 })
    )
    const mobileArbitrary = fc.stringMatching(/^1[3-9]\d{9}$/)
    fc.assert(
      fc.property(nameArbitrary, mobileArbitrary, ([surname, given], mobile) => {
        const name = surname[0] + given.map(([character]) => character).join('')
        const customer = source(name, { phones: [phone(mobile)] })
        const { searchKeys, phoneDigits } = customerSearchFields(customer)
        const surnameSyllables = surname[0].length === 2 ? [surname[1].slice(0, 2), surname[1].slice(2)] : [surname[1]]
        const syllables = [...surnameSyllables, ...given.map(([, reading]) => reading)]
        const substrings = [...name].flatMap((_, start) => [...name].slice(start).map((__, length) => name.slice(start, start + length + 1)))
        const queries = [syllables.join(''), initials(syllables), mobile.slice(-4), ...substrings]
        for (const query of queries) {
          expect(rankCustomerMatch(query, customer), query).not.toBeNull()
          // …and the index would have offered it as a candidate.
          const keys = /^\d+$/.test(query) ? phoneDigits : searchKeys
          expect(keys.some((key) => key.startsWith(query)), query).toBe(true)
        }
        expect(rankCustomerMatch(syllables.join(''), customer)).toBe(0)
        expect(rankCustomerMatch(mobile.slice(-4), customer)).toBe(1)
      })
    )
  })
})
