/**
 * The customer sheet's words and customers for the codec and import tests (customer-sheet,
 * sheet-import): the languages as the app builds them, a read context, and `sheetCustomer`, an
 * arbitrary customer holding only what a sheet row can carry back.
 */
import fc from 'fast-check'
import { CONTACT_CHANNELS, PERSONALITY_TYPES, TIERS, type Customer } from '@shared/domain/customer'
import type { CustomerSheetLanguage } from '@shared/domain/customer-sheet'
import type { CustomerSheetReadContext } from '@shared/domain/customer-sheet-read'
import { parsePhone } from '@shared/domain/phone'
import { en } from '@renderer/locales/en'
import { zhCN } from '@renderer/locales/zh-CN'
import { makeCustomer } from './customer-fixtures'

/** The sheet words as the app builds them from its message files (ui/use-customer-sheet-words.ts). */
export function languageOf(catalog: typeof zhCN): CustomerSheetLanguage {
  const { customers, customerSheet } = catalog
  return {
    headers: customerSheet.headers,
    kinds: customers.kinds,
    personalities: customers.personalities,
    stages: customers.stages,
    relationships: customers.relationships,
    channels: customers.channels,
    yes: customerSheet.yes,
    no: customerSheet.no,
    lunar: customerSheet.lunar,
    leap: customerSheet.leap
  }
}

export const ZH = languageOf(zhCN)
export const EN = languageOf(en)
export const STAFF = new Map([['s-li', '李娜']])
export const READ: CustomerSheetReadContext = { languages: [ZH, EN], staffIdByName: new Map([['李娜', 's-li']]), today: '2026-11-25' }
export const FROM_SHEET = { newDateId: () => 'new-date', at: '2026-11-25T02:00:00.000Z', by: 's-me', tierReason: '表格导入', defaultOwnerId: 's-me' }

/** Text without what a cell cannot keep: surrounding spaces are trimmed on import, as the customer form trims them. */
const trimmedText = (pool: fc.Arbitrary<string>): fc.Arbitrary<string> => pool.map((text) => text.trim())
export const someText = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('王芳', '"引号"', 'a,b', '第一行\n第二行', '=1+1', '-5', '@me', '+86'))

export const yearlyDate = fc.oneof(
  fc.record({ calendar: fc.constant('solar' as const), year: fc.constantFrom(null, 1955, 2000), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), leapMonth: fc.constant(false) }),
  fc.record({ calendar: fc.constant('lunar' as const), year: fc.constant(null), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 29 }), leapMonth: fc.boolean() })
)

const phones = fc.uniqueArray(fc.constantFrom('13800138000', '138 0013 8001', '010-12345678', '0755-1234567', '+1 415 555 0100', '+86 139 0000 0000'), {
  maxLength: 3,
  selector: (raw) => parsePhone(raw).phone.normalized
})

export const sheetCustomer: fc.Arbitrary<Customer> = fc
  .record({
    name: trimmedText(someText).filter((name) => name !== ''),
    phones,
    company: trimmedText(someText),
    kind: fc.constantFrom('person' as const, 'organisation' as const),
    tier: fc.constantFrom(...TIERS),
    personality: fc.constantFrom(...PERSONALITY_TYPES),
    birthday: fc.option(yearlyDate, { nil: null }),
    address: trimmedText(someText),
    tags: fc.uniqueArray(trimmedText(fc.string({ maxLength: 6 })).filter((tag) => tag !== '' && !/[,，、;；\n]/.test(tag)), { maxLength: 3 }),
    // Blank notes are an empty cell, which means "not given".
    notes: someText.filter((notes) => notes === '' || notes.trim() !== ''),
    ownerId: fc.constantFrom(null, 's-li'),
    stage: fc.constantFrom('current' as const, 'prospect' as const),
    relationship: fc.constantFrom('transactional' as const, 'relationship' as const),
    preferredChannel: fc.constantFrom(...CONTACT_CHANNELS),
    contactConsent: fc.boolean(),
    lastContactMinute: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null })
  })
  .map(({ birthday, phones: raws, lastContactMinute, ...fields }) =>
    makeCustomer({
      ...fields,
      phones: raws.map((raw) => parsePhone(raw).phone),
      importantDates: birthday === null ? [] : [{ id: 'new-date', kind: 'birthday', label: '', ...birthday }],
      lastContactAt: lastContactMinute === null ? null : new Date(Date.UTC(2020, 0, 1) + lastContactMinute * 60_000).toISOString()
    })
  )


/** What a sheet row carries: the customer without its record metadata and search fields. */
export function sheetContent(customer: Customer): Omit<Customer, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'deviceId' | 'clock' | 'fieldClocks' | 'deletedAt' | 'searchKeys' | 'phoneDigits' | 'sortName'> {
  const { id: _id, createdAt: _c, updatedAt: _u, updatedBy: _b, deviceId: _d, clock: _k, fieldClocks: _f, deletedAt: _x, searchKeys: _s, phoneDigits: _p, sortName: _n, ...content } = customer
  return content
}
