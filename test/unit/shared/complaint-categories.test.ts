import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allComplaintCategories, isValidCategoryList, MAX_CATEGORY_LENGTH, readCategoryList } from '@shared/domain/complaint-categories'

describe('readCategoryList', () => {
  it('takes one name a line, trimmed, without blanks or repeats', () => {
    expect(readCategoryList(' 安装延误 \n\n送货损坏\r\n安装延误\n')).toEqual({ categories: ['安装延误', '送货损坏'], problems: [] })
  })

  it('names what it cannot take instead of dropping it', () => {
    const long = '很'.repeat(MAX_CATEGORY_LENGTH + 1)
    expect(readCategoryList(`repair-price\n${long}`).problems).toEqual([
      { kind: 'built-in', name: 'repair-price' },
      { kind: 'too-long', name: long }
    ])
  })

  it('always reads back to a list the setting guard accepts when there is no problem', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 })), (lines) => {
        const { categories, problems } = readCategoryList(lines.join('\n'))
        if (problems.length === 0) expect(isValidCategoryList(categories)).toBe(true)
      })
    )
  })
})

describe('isValidCategoryList', () => {
  it('refuses what is not a clean list of names', () => {
    expect(isValidCategoryList(['安装延误'])).toBe(true)
    expect(isValidCategoryList('安装延误')).toBe(false)
    expect(isValidCategoryList(['安装延误', '安装延误'])).toBe(false)
    expect(isValidCategoryList([' 安装延误'])).toBe(false)
    expect(isValidCategoryList([''])).toBe(false)
    expect(isValidCategoryList([1])).toBe(false)
  })
})

describe('allComplaintCategories', () => {
  it('keeps the built-in categories first', () => {
    const all = allComplaintCategories(['安装延误'])
    expect(all[0]).toBe('service-attitude')
    expect(all.at(-1)).toBe('安装延误')
  })
})
