import { describe, expect, it } from 'vitest'
import type { PhoneNumber } from '@shared/domain/customer'
import { customerSearchKeys, phoneDigitsOf, withSearchFields } from '@shared/domain/customer-search'

const phone = (normalized: string): PhoneNumber => ({ raw: normalized, normalized, kind: 'mobile' })

describe('customerSearchKeys', () => {
  it('lower-cases name, company and tags, adds the words of several-word texts and drops blanks and repeats', () => {
    expect(customerSearchKeys({ name: '  John  SMITH ', company: '', tags: ['VIP', 'vip', ' '] })).toEqual([
      'john smith',
      'john',
      'smith',
      'vip'
    ])
    expect(customerSearchKeys({ name: '曾小贤', company: '上海恒通物业管理有限公司', tags: ['老客户'] })).toEqual([
      '曾小贤',
      '上海恒通物业管理有限公司',
      '老客户'
    ])
  })
})

describe('phoneDigitsOf', () => {
  it('stores every suffix of four digits or more, so a phone tail is a prefix search', () => {
    expect(phoneDigitsOf([phone('13812345678')])).toEqual([
      '13812345678',
      '3812345678',
      '812345678',
      '12345678',
      '2345678',
      '345678',
      '45678',
      '5678'
    ])
  })

  it('reads digits only, skips empty numbers and repeats', () => {
    expect(phoneDigitsOf([phone('+86 021-1234'), phone(''), phone('0211234')])).toEqual([
      '860211234',
      '60211234',
      '0211234',
      '211234',
      '11234',
      '1234'
    ])
  })

  it('keeps short numbers whole', () => {
    expect(phoneDigitsOf([phone('110')])).toEqual(['110'])
  })
})

describe('withSearchFields', () => {
  it('overwrites whatever search fields the record had', () => {
    const record = withSearchFields({ name: 'A', company: '', tags: [], phones: [], searchKeys: ['stale'], phoneDigits: ['0'] })
    expect(record).toEqual({ name: 'A', company: '', tags: [], phones: [], searchKeys: ['a'], phoneDigits: [] })
  })
})
