/**
 * Reading one spreadsheet row into a customer (domain brief §5, import): every cell is
 * checked, and a row with any problem is rejected whole with all its problems named, so the
 * clerk fixes the sheet once. A cell left empty means "not given": a new customer gets the
 * form's defaults, an existing one keeps what it has.
 */
import {
  CONTACT_CHANNELS,
  PERSONALITY_TYPES,
  TIERS,
  type ContactChannel,
  type Customer,
  type ImportantDate,
  type PersonalityType,
  type PhoneNumber,
  type Tier
} from './customer'
import { CUSTOMER_SHEET_FIELDS, headerKey, type CustomerSheetField, type CustomerSheetLanguage } from './customer-sheet'
import { parseIsoDate, shopInstant } from './days'
import { validateImportantDate, type ImportantDateProblem, type YearlyDate } from './important-dates'
import { parsePhone } from './phone'
import type { RecordContent } from './record'
import type { CustomerSearchFieldName } from './customer-search'
import { walkInCustomer } from './walk-in-customer'
import { readYearlyDateText } from './yearly-date-text'

/** What a new or updated customer is saved from: the search fields are computed on save. */
export type CustomerSheetInput = Omit<RecordContent<Customer>, CustomerSearchFieldName>

export interface CustomerSheetReadContext {
  /** Every UI language: a sheet exported in English is read on a Chinese screen. */
  readonly languages: readonly CustomerSheetLanguage[]
  /** Staff names (trimmed) to ids; names are compared as typed. */
  readonly staffIdByName: ReadonlyMap<string, string>
  /** The shop's date: a birthday with a year cannot be later. */
  readonly today: string
}

export type CustomerSheetProblemReason =
  | 'required'
  | 'phone-no-digits'
  | 'phone-repeated'
  | 'not-a-date'
  | ImportantDateProblem
  | 'unknown-value'
  | 'unknown-staff'

export interface CustomerSheetProblem {
  readonly field: CustomerSheetField
  readonly reason: CustomerSheetProblemReason
  /** The cell as it was, for the message. */
  readonly value: string
}

/** The cells a row gave, read; absent where the cell was empty or the column not imported. */
export interface CustomerSheetValues {
  readonly name: string
  readonly phones?: readonly PhoneNumber[]
  readonly company?: string
  readonly kind?: Customer['kind']
  readonly tier?: Tier
  readonly personality?: PersonalityType
  readonly birthday?: YearlyDate
  readonly address?: string
  readonly tags?: readonly string[]
  readonly notes?: string
  readonly ownerId?: string
  readonly stage?: Customer['stage']
  readonly relationship?: Customer['relationship']
  readonly preferredChannel?: ContactChannel
  readonly contactConsent?: boolean
  readonly lastContactAt?: string
}

export type CustomerSheetRead =
  | { readonly ok: true; readonly value: CustomerSheetValues }
  | { readonly ok: false; readonly problems: readonly CustomerSheetProblem[] }

type Cells = Partial<Record<CustomerSheetField, string>>

/** A value of an enum from its code or its word in any language, compared as headers are. */
function enumReader<T extends string>(
  codes: readonly T[],
  wordsOf: (language: CustomerSheetLanguage) => Readonly<Record<T, string>>
): (text: string, languages: readonly CustomerSheetLanguage[]) => T | undefined {
  return (text, languages) => {
    const key = headerKey(text)
    return codes.find((code) => headerKey(code) === key || languages.some((language) => headerKey(wordsOf(language)[code]) === key))
  }
}

const readKind = enumReader<Customer['kind']>(['person', 'organisation'], (language) => language.kinds)
const readPersonality = enumReader(PERSONALITY_TYPES, (language) => language.personalities)
const readStage = enumReader<Customer['stage']>(['current', 'prospect'], (language) => language.stages)
const readRelationship = enumReader<Customer['relationship']>(['transactional', 'relationship'], (language) => language.relationships)
const readChannel = enumReader(CONTACT_CHANNELS, (language) => language.channels)

/** A, "a", "A级", "A 类", "A-level": the letter is what counts. */
function readTier(text: string): Tier | undefined {
  const match = /^([a-d])(?:级|类|级客户|level)?$/i.exec(headerKey(text))
  return TIERS.find((tier) => tier === match?.[1]?.toUpperCase())
}

const YES_WORDS = ['yes', 'y', 'true', '1', '是', '同意', '允许', '√']
const NO_WORDS = ['no', 'n', 'false', '0', '否', '不同意', '不允许', '×']

function readConsent(text: string, languages: readonly CustomerSheetLanguage[]): boolean | undefined {
  // √ and × are symbols, which headerKey drops: they are compared as typed.
  const matches = (word: string): boolean => word === text || (headerKey(word) !== '' && headerKey(word) === headerKey(text))
  if ([...YES_WORDS, ...languages.map((language) => language.yes)].some(matches)) return true
  if ([...NO_WORDS, ...languages.map((language) => language.no)].some(matches)) return false
  return undefined
}

/** A cell may hold several phones: "138…; 010-…", one per line, or separated by / 、 ， ; . */
const PHONE_LIST = /[;；,，、/\n]+/

const TAG_LIST = /[,，、;；\n]+/

/** 2026-11-25 or 2026-11-25 09:30 on the shop's clocks, as the export writes it (seconds allowed, 2026/11/25 too). */
function readInstant(text: string): string | undefined {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/.exec(text.trim())
  if (!match) return undefined
  const date = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`
  const hour = Number(match[4] ?? 0)
  const minute = Number(match[5] ?? 0)
  if (parseIsoDate(date) === null || hour > 23 || minute > 59) return undefined
  return shopInstant(date, { hour, minute }).toISOString()
}

/** Reads one row's cells (by field; unmapped fields absent). */
export function readCustomerSheetRow(cells: Cells, context: CustomerSheetReadContext): CustomerSheetRead {
  const problems: CustomerSheetProblem[] = []
  const values: { -readonly [K in keyof CustomerSheetValues]: CustomerSheetValues[K] } = { name: '' }
  const given = (field: CustomerSheetField): string | null => {
    const text = cells[field]?.trim() ?? ''
    return text === '' ? null : text
  }
  const problem = (field: CustomerSheetField, reason: CustomerSheetProblemReason): void => {
    problems.push({ field, reason, value: cells[field] ?? '' })
  }
  const readEnum = <T>(field: CustomerSheetField, read: (text: string) => T | undefined, store: (value: T) => void): void => {
    const text = given(field)
    if (text === null) return
    const value = read(text)
    if (value === undefined) problem(field, 'unknown-value')
    else store(value)
  }

  const name = given('name')
  if (name === null) problem('name', 'required')
  else values.name = name

  const phones: PhoneNumber[] = []
  for (const field of ['phone', 'otherPhones'] as const) {
    const text = given(field)
    if (text === null) continue
    for (const raw of text.split(PHONE_LIST).map((part) => part.trim())) {
      if (raw === '') continue
      const parsed = parsePhone(raw)
      if (parsed.problem !== null) problem(field, 'phone-no-digits')
      else if (phones.some((phone) => phone.normalized === parsed.phone.normalized)) problem(field, 'phone-repeated')
      else phones.push(parsed.phone)
    }
  }
  if (phones.length > 0) values.phones = phones

  for (const field of ['company', 'address', 'notes'] as const) {
    const text = given(field)
    if (text !== null) values[field] = field === 'notes' ? (cells.notes ?? '') : text
  }
  const { languages } = context
  readEnum('kind', (text) => readKind(text, languages), (value) => (values.kind = value))
  readEnum('tier', readTier, (value) => (values.tier = value))
  readEnum('personality', (text) => readPersonality(text, languages), (value) => (values.personality = value))
  readEnum('stage', (text) => readStage(text, languages), (value) => (values.stage = value))
  readEnum('relationship', (text) => readRelationship(text, languages), (value) => (values.relationship = value))
  readEnum('preferredChannel', (text) => readChannel(text, languages), (value) => (values.preferredChannel = value))
  readEnum('contactConsent', (text) => readConsent(text, languages), (value) => (values.contactConsent = value))
  readEnum('lastContactAt', readInstant, (value) => (values.lastContactAt = value))

  const owner = given('owner')
  if (owner !== null) {
    const ownerId = context.staffIdByName.get(owner)
    if (ownerId === undefined) problem('owner', 'unknown-staff')
    else values.ownerId = ownerId
  }

  const tags = given('tags')
  if (tags !== null) values.tags = [...new Set(tags.split(TAG_LIST).map((tag) => tag.trim()))].filter((tag) => tag !== '')

  const birthdayText = given('birthday')
  if (birthdayText !== null) {
    const birthday = readYearlyDateText(birthdayText, languages)
    if (birthday === null) problem('birthday', 'not-a-date')
    else {
      const dateProblems = validateImportantDate({ ...birthday, kind: 'birthday', label: '' }, context.today)
      dateProblems.forEach((reason) => problem('birthday', reason))
      if (dateProblems.length === 0) values.birthday = birthday
    }
  }

  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: values }
}

export interface CustomerFromSheetContext {
  /** An id for a birthday the customer did not have. */
  readonly newDateId: () => string
  /** When and by whom, for a tier the sheet changes. */
  readonly at: string
  readonly by: string
  /** Why the tier changed, as the tier history shows it ("表格导入"). */
  readonly tierReason: string
  /** A new customer's owner when the sheet names none: the clerk importing. */
  readonly defaultOwnerId: string | null
}

/** The birthday the sheet gives, keeping the id (and so the care history) of the one the customer had. */
function withBirthday(dates: readonly ImportantDate[], birthday: YearlyDate | undefined, newId: () => string): readonly ImportantDate[] {
  if (birthday === undefined) return dates
  const current = dates.find((date) => date.kind === 'birthday')
  const next: ImportantDate = { id: current?.id ?? newId(), kind: 'birthday', label: current?.label ?? '', ...birthday }
  return current === undefined ? [...dates, next] : dates.map((date) => (date === current ? next : date))
}

/** Adds what is not there yet, keeping the order: an import never takes away a phone or a tag. */
const union = <T>(current: readonly T[], added: readonly T[] | undefined, key: (item: T) => string): readonly T[] =>
  added === undefined ? current : [...current, ...added.filter((item) => !current.some((existing) => key(existing) === key(item)))]

/**
 * The customer to save from a row: a new one (base null) or `base` with what the row gives.
 * Cells overwrite fields, except phones and tags, which are added to: a number the customer
 * has is never lost because the sheet lists only one.
 */
export function customerFromSheet(values: CustomerSheetValues, base: CustomerSheetInput | null, context: CustomerFromSheetContext): CustomerSheetInput {
  // A new customer starts as the form's blank one does, as a walk-in does.
  const start: CustomerSheetInput = base ?? walkInCustomer({ name: values.name, phone: null }, context.defaultOwnerId)
  const tier = values.tier ?? start.tier
  const tierChanged = base !== null && tier !== base.tier
  return {
    ...start,
    name: values.name,
    kind: values.kind ?? start.kind,
    company: values.company ?? start.company,
    phones: union(start.phones, values.phones, (phone) => phone.normalized),
    address: values.address ?? start.address,
    preferredChannel: values.preferredChannel ?? start.preferredChannel,
    contactConsent: values.contactConsent ?? start.contactConsent,
    importantDates: withBirthday(start.importantDates, values.birthday, context.newDateId),
    tier,
    tierHistory: tierChanged ? [...start.tierHistory, { tier, reason: context.tierReason, at: context.at, by: context.by }] : start.tierHistory,
    stage: values.stage ?? start.stage,
    relationship: values.relationship ?? start.relationship,
    personality: values.personality ?? start.personality,
    ownerId: values.ownerId ?? start.ownerId,
    tags: union(start.tags, values.tags, (tag) => tag),
    notes: values.notes ?? start.notes,
    lastContactAt: values.lastContactAt ?? start.lastContactAt
  }
}

/** The cells of one sheet row by field, from the columns' mapping (null: not imported). */
export function cellsByField(row: readonly string[], mapping: readonly (CustomerSheetField | null)[]): Cells {
  const cells: Cells = {}
  mapping.forEach((field, index) => {
    if (field !== null && CUSTOMER_SHEET_FIELDS.includes(field)) cells[field] = row[index] ?? ''
  })
  return cells
}
