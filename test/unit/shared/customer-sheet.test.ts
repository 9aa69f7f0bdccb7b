import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Customer } from '@shared/domain/customer'
import { CUSTOMER_SHEET_FIELDS, customerSheetRow, guessCustomerSheetMapping, type CustomerSheetLanguage } from '@shared/domain/customer-sheet'
import { cellsByField, customerFromSheet, readCustomerSheetRow } from '@shared/domain/customer-sheet-read'
import { parsePhone } from '@shared/domain/phone'
import { formatYearlyDateText, readYearlyDateText } from '@shared/domain/yearly-date-text'
import { makeCustomer } from './customer-fixtures'
import { EN, FROM_SHEET, READ, sheetContent, sheetCustomer, STAFF, yearlyDate, ZH } from './customer-sheet-fixtures'

const customer = makeCustomer({
  name: '王芳',
  kind: 'organisation',
  company: '=HYPERLINK("x")',
  phones: [parsePhone('138 0013 8000').phone, parsePhone('010-1234 5678').phone],
  address: '北京市朝阳区, "望京" 1号\n3单元',
  preferredChannel: 'wechat',
  contactConsent: false,
  importantDates: [
    { id: 'd1', kind: 'birthday', label: '', calendar: 'lunar', year: 1988, month: 4, day: 5, leapMonth: true },
    { id: 'd2', kind: 'custom', label: '开业', calendar: 'solar', year: null, month: 6, day: 1, leapMonth: false }
  ],
  tier: 'A',
  personality: 'analytical',
  stage: 'prospect',
  relationship: 'relationship',
  ownerId: 's-li',
  tags: ['VIP', '老客户'],
  notes: '喜欢上午来',
  lastContactAt: '2026-11-20T01:30:00.000Z'
})

const row = (language: CustomerSheetLanguage, target: Customer = customer): Record<string, string> => {
  const cells = customerSheetRow(target, { language, staffNameById: STAFF })
  return Object.fromEntries(CUSTOMER_SHEET_FIELDS.map((field, index) => [language.headers[field], cells[index] ?? '']))
}

describe('a customer written as a sheet row', () => {
  it('is text in the screen language, every phone kept as typed', () => {
    expect(row(ZH)).toEqual({
      姓名: '王芳',
      手机: '138 0013 8000',
      其他电话: '010-1234 5678',
      单位: '=HYPERLINK("x")',
      类型: '单位',
      等级: 'A',
      性格: '分析型',
      生日: '农历 1988-闰04-05',
      地址: '北京市朝阳区, "望京" 1号\n3单元',
      标签: 'VIP, 老客户',
      备注: '喜欢上午来',
      负责人: '李娜',
      客户阶段: '潜在客户',
      关系类型: '关系型',
      首选联系方式: '微信',
      同意联系: '否',
      最近联系: '2026-11-20 09:30'
    })
    expect(row(EN)).toMatchObject({ Kind: 'Organisation', Birthday: 'Lunar 1988-leap 04-05', 'May contact': 'No', 'Last contact': '2026-11-20 09:30' })
  })

  it('leaves the cells of what the customer does not have empty', () => {
    const bare = makeCustomer({ name: '赵六', phones: [], ownerId: null, lastContactAt: null, importantDates: [] })
    expect(row(ZH, bare)).toMatchObject({ 手机: '', 其他电话: '', 生日: '', 负责人: '', 最近联系: '' })
  })
})

describe('guessing which column holds what', () => {
  it('knows its own headers in both languages', () => {
    expect(guessCustomerSheetMapping(Object.keys(row(ZH)), [ZH, EN])).toEqual(CUSTOMER_SHEET_FIELDS)
    expect(guessCustomerSheetMapping(Object.keys(row(EN)), [ZH, EN])).toEqual(CUSTOMER_SHEET_FIELDS)
  })

  it('reads the headers other programs write, ignoring case, spaces and punctuation', () => {
    expect(
      guessCustomerSheetMapping(['客户姓名', '手机号码', '联系电话', '出生日期', 'E-mail', '客户等级', 'DOB', ' Remarks: '], [ZH, EN])
    ).toEqual(['name', 'phone', 'otherPhones', 'birthday', null, 'tier', null, 'notes'])
    expect(guessCustomerSheetMapping(['Full Name', 'Mobile', 'Date of birth', 'Company Name'], [ZH, EN])).toEqual([
      'name',
      'phone',
      'birthday',
      'company'
    ])
  })

  it('takes a header that contains a known word, the longest word first, and gives each field one column', () => {
    expect(guessCustomerSheetMapping(['会员姓名', '会员手机号', '其他电话号码', '姓名'], [ZH])).toEqual([null, 'phone', 'otherPhones', 'name'])
  })
})

describe('reading a row', () => {
  const read = (cells: Partial<Record<(typeof CUSTOMER_SHEET_FIELDS)[number], string>>) => readCustomerSheetRow(cells, READ)

  it('names every problem in the row, with its cell', () => {
    const result = read({ name: ' ', phone: '无', birthday: '1990-02-30', tier: 'E', owner: '王五', contactConsent: '也许' })
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'name', reason: 'required', value: ' ' },
        { field: 'phone', reason: 'phone-no-digits', value: '无' },
        { field: 'tier', reason: 'unknown-value', value: 'E' },
        { field: 'contactConsent', reason: 'unknown-value', value: '也许' },
        { field: 'owner', reason: 'unknown-staff', value: '王五' },
        { field: 'birthday', reason: 'impossible-date', value: '1990-02-30' }
      ]
    })
  })

  it('refuses a birthday in the future, one that is not a date, and a number given twice', () => {
    expect(read({ name: '甲', birthday: '2030-01-01' })).toMatchObject({ ok: false, problems: [{ reason: 'in-the-future' }] })
    expect(read({ name: '甲', birthday: '下个月' })).toMatchObject({ ok: false, problems: [{ reason: 'not-a-date' }] })
    expect(read({ name: '甲', phone: '13800138000', otherPhones: '138-0013-8000' })).toMatchObject({
      ok: false,
      problems: [{ field: 'otherPhones', reason: 'phone-repeated' }]
    })
  })

  it('reads words in either language, codes, and the ways people write them', () => {
    const result = read({
      name: ' 刘洋 ',
      phone: '13800138000 / 0755-1234567',
      tier: 'b级',
      kind: 'Organisation',
      personality: 'lively',
      contactConsent: 'Y',
      preferredChannel: 'SMS',
      tags: '新客户；团购、新客户',
      birthday: '1990年5月12日',
      lastContactAt: '2026/11/2'
    })
    expect(result).toEqual({
      ok: true,
      value: {
        name: '刘洋',
        phones: [parsePhone('13800138000').phone, parsePhone('0755-1234567').phone],
        tier: 'B',
        kind: 'organisation',
        personality: 'lively',
        contactConsent: true,
        preferredChannel: 'sms',
        tags: ['新客户', '团购'],
        birthday: { calendar: 'solar', year: 1990, month: 5, day: 12, leapMonth: false },
        lastContactAt: '2026-11-01T16:00:00.000Z'
      }
    })
  })
})

describe('the customer a row makes', () => {
  it('is new with the form’s defaults and the importing clerk as owner', () => {
    const result = readCustomerSheetRow({ name: '孙七', phone: '13900001111' }, READ)
    if (!result.ok) throw new Error('row refused')
    expect(customerFromSheet(result.value, null, FROM_SHEET)).toMatchObject({
      name: '孙七',
      phones: [{ normalized: '13900001111', kind: 'mobile' }],
      tier: 'C',
      tierHistory: [],
      personality: 'unknown',
      ownerId: 's-me',
      contactConsent: true,
      importantDates: []
    })
  })

  it('updates an existing customer: cells overwrite, phones and tags are added to, the tier change is in the history', () => {
    const result = readCustomerSheetRow({ name: '王芳', phone: '13700000000', tier: 'B', tags: '老客户, 团购', birthday: '05-12', notes: '' }, READ)
    if (!result.ok) throw new Error('row refused')
    const updated = customerFromSheet(result.value, customer, FROM_SHEET)
    expect(updated.phones.map((phone) => phone.normalized)).toEqual(['13800138000', '01012345678', '13700000000'])
    expect(updated.tags).toEqual(['VIP', '老客户', '团购'])
    expect(updated.tier).toBe('B')
    expect(updated.tierHistory).toEqual([{ tier: 'B', reason: '表格导入', at: FROM_SHEET.at, by: 's-me' }])
    expect(updated.importantDates).toEqual([
      { id: 'd1', kind: 'birthday', label: '', calendar: 'solar', year: null, month: 5, day: 12, leapMonth: false },
      customer.importantDates[1]
    ])
    expect(updated.notes).toBe('喜欢上午来')
    expect(updated.company).toBe(customer.company)
  })
})

describe('a birthday as a cell', () => {
  it.each([
    ['1988-05-12', { calendar: 'solar', year: 1988, month: 5, day: 12, leapMonth: false }],
    ['1988/5/2', { calendar: 'solar', year: 1988, month: 5, day: 2, leapMonth: false }],
    ['19880512', { calendar: 'solar', year: 1988, month: 5, day: 12, leapMonth: false }],
    ['5月12日', { calendar: 'solar', year: null, month: 5, day: 12, leapMonth: false }],
    ['农历八月十五', null],
    ['阴历 1980年8月15日', { calendar: 'lunar', year: 1980, month: 8, day: 15, leapMonth: false }],
    ['lunar leap 4-5', { calendar: 'lunar', year: null, month: 4, day: 5, leapMonth: true }],
    ['闰04-05', null]
  ])('%s', (text, expected) => {
    expect(readYearlyDateText(text, [ZH, EN])).toEqual(expected)
  })
})

describe('export → import', () => {
  it('gives back every field the sheet holds, in either language, for a new customer', () => {
    fc.assert(
      fc.property(sheetCustomer, fc.constantFrom(ZH, EN), (original, language) => {
        const headers = CUSTOMER_SHEET_FIELDS.map((field) => language.headers[field])
        const mapping = guessCustomerSheetMapping(headers, [ZH, EN])
        const result = readCustomerSheetRow(cellsByField(customerSheetRow(original, { language, staffNameById: STAFF }), mapping), READ)
        if (!result.ok) throw new Error(JSON.stringify(result.problems))
        const imported = customerFromSheet(result.value, null, { ...FROM_SHEET, defaultOwnerId: null })
        expect(imported).toEqual(sheetContent(original))
      })
    )
  })

  it('writes nothing that reads back differently: formatting a birthday and reading it is the same date', () => {
    fc.assert(
      fc.property(yearlyDate, fc.constantFrom(ZH, EN), (date, language) => {
        expect(readYearlyDateText(formatYearlyDateText(date, language), [ZH, EN])).toEqual(date)
      })
    )
  })
})
