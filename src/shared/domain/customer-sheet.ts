/**
 * Customers as a spreadsheet (domain brief §5): the columns an export for Excel writes and an
 * import reads back, so that a list exported, edited in Excel and imported again comes back
 * as it was. Every cell is text: phone numbers and dates must never become Excel numbers.
 *
 * The words (headers, enum labels) belong to the UI languages and come in as arguments; what
 * lives here is the format itself and the extra header spellings other programs use.
 */
import type { ContactChannel, Customer, PersonalityType } from './customer'
import { shopDateTimeText } from './days'
import { formatYearlyDateText } from './yearly-date-text'

export const CUSTOMER_SHEET_FIELDS = [
  'name',
  'phone',
  'otherPhones',
  'company',
  'kind',
  'tier',
  'personality',
  'birthday',
  'address',
  'tags',
  'notes',
  'owner',
  'stage',
  'relationship',
  'preferredChannel',
  'contactConsent',
  'lastContactAt'
] as const
export type CustomerSheetField = (typeof CUSTOMER_SHEET_FIELDS)[number]

/** One UI language's words for the sheet: what the export writes in that language, and what the import recognises. */
export interface CustomerSheetLanguage {
  readonly headers: Readonly<Record<CustomerSheetField, string>>
  readonly kinds: Readonly<Record<Customer['kind'], string>>
  readonly personalities: Readonly<Record<PersonalityType, string>>
  readonly stages: Readonly<Record<Customer['stage'], string>>
  readonly relationships: Readonly<Record<Customer['relationship'], string>>
  readonly channels: Readonly<Record<ContactChannel, string>>
  readonly yes: string
  readonly no: string
  /** Written before a lunar date: 农历 1988-03-05. */
  readonly lunar: string
  /** Written before a leap month's number: 农历 闰04-05. */
  readonly leap: string
}

export interface CustomerSheetWriteContext {
  readonly language: CustomerSheetLanguage
  readonly staffNameById: ReadonlyMap<string, string>
}

/** Between a customer's second and later phones in one cell; the import also splits on the other common list marks. */
export const PHONE_LIST_SEPARATOR = '; '
/** Between tags, as the customer form reads them. */
export const TAG_LIST_SEPARATOR = ', '

/** The customer's row, in CUSTOMER_SHEET_FIELDS order. */
export function customerSheetRow(customer: Customer, context: CustomerSheetWriteContext): readonly string[] {
  const { language } = context
  const birthday = customer.importantDates.find((date) => date.kind === 'birthday')
  const cells: Record<CustomerSheetField, string> = {
    name: customer.name,
    phone: customer.phones[0]?.raw ?? '',
    otherPhones: customer.phones
      .slice(1)
      .map((phone) => phone.raw)
      .join(PHONE_LIST_SEPARATOR),
    company: customer.company,
    kind: language.kinds[customer.kind],
    tier: customer.tier,
    personality: language.personalities[customer.personality],
    birthday: birthday === undefined ? '' : formatYearlyDateText(birthday, language),
    address: customer.address,
    tags: customer.tags.join(TAG_LIST_SEPARATOR),
    notes: customer.notes,
    owner: customer.ownerId === null ? '' : (context.staffNameById.get(customer.ownerId) ?? ''),
    stage: language.stages[customer.stage],
    relationship: language.relationships[customer.relationship],
    preferredChannel: language.channels[customer.preferredChannel],
    contactConsent: customer.contactConsent ? language.yes : language.no,
    lastContactAt: customer.lastContactAt === null ? '' : shopDateTimeText(new Date(customer.lastContactAt))
  }
  return CUSTOMER_SHEET_FIELDS.map((field) => cells[field])
}

/**
 * Header spellings other programs and hand-made sheets use, beside the app's own headers in
 * every UI language. Compared after `headerKey`: case, spaces and punctuation do not matter.
 */
const OTHER_HEADER_WORDS: Readonly<Record<CustomerSheetField, readonly string[]>> = {
  name: ['姓名', '名字', '客户', '客户名', '客户姓名', '客户名称', '联系人', 'name', 'fullname', 'customer', 'customername', 'contact'],
  phone: ['手机', '手机号', '手机号码', '电话', '电话号码', '联系电话', '移动电话', 'phone', 'mobile', 'cell', 'tel', 'telephone', 'phonenumber'],
  otherPhones: ['其他电话', '备用电话', '座机', '固定电话', 'otherphone', 'otherphones', 'landline', 'homephone', 'workphone'],
  company: ['公司', '单位', '公司名称', '工作单位', 'company', 'organisation', 'organization', 'employer'],
  kind: ['类型', '客户类型', 'kind', 'type', 'customertype'],
  tier: ['等级', '客户等级', '级别', '分级', 'tier', 'level', 'grade', 'class'],
  personality: ['性格', '性格类型', 'personality'],
  birthday: ['生日', '出生日期', '出生年月', '生辰', 'birthday', 'birthdate', 'dateofbirth', 'dob'],
  address: ['地址', '住址', '联系地址', '家庭住址', 'address'],
  tags: ['标签', '标记', 'tags', 'tag', 'labels'],
  notes: ['备注', '说明', '附注', 'notes', 'note', 'remarks', 'memo', 'comment', 'comments'],
  owner: ['负责人', '归属', '客户经理', '跟进人', 'owner', 'accountmanager', 'salesperson'],
  stage: ['客户阶段', '阶段', 'stage'],
  relationship: ['关系类型', '关系', 'relationship'],
  preferredChannel: ['联系方式', '首选联系方式', '偏好联系方式', 'preferredchannel', 'channel', 'contactby'],
  contactConsent: ['同意联系', '允许联系', 'consent', 'contactconsent', 'maycontact'],
  lastContactAt: ['最近联系', '最后联系', '上次联系', 'lastcontact', 'lastcontacted', 'lastcontactat']
}

/** A header or word with case, spaces, punctuation and full-width forms ignored. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
}

/**
 * The field each column most likely holds, or null. An exact header wins over one that only
 * contains a known word ("客户手机号" holds 手机); each field goes to one column, the first; a
 * second phone column becomes the other phones.
 */
export function guessCustomerSheetMapping(
  headers: readonly string[],
  languages: readonly CustomerSheetLanguage[]
): readonly (CustomerSheetField | null)[] {
  const words = CUSTOMER_SHEET_FIELDS.map((field) => ({
    field,
    keys: [...new Set([...languages.map((language) => headerKey(language.headers[field])), ...OTHER_HEADER_WORDS[field]])]
  }))
  const keys = headers.map(headerKey)
  const exact = keys.map((key) => words.find((word) => word.keys.includes(key))?.field ?? null)
  const partial = keys.map((key) => {
    if (key.length < 2) return null
    // The longest word found inside the header is the most specific: 其他电话 before 电话.
    let best: { field: CustomerSheetField; length: number } | null = null
    for (const word of words) {
      for (const wordKey of word.keys) {
        if (wordKey.length >= 2 && key.includes(wordKey) && (best === null || wordKey.length > best.length)) {
          best = { field: word.field, length: wordKey.length }
        }
      }
    }
    return best?.field ?? null
  })
  const taken = new Set<CustomerSheetField>()
  const mapping: (CustomerSheetField | null)[] = headers.map(() => null)
  const assign = (index: number, field: CustomerSheetField | null): void => {
    if (field === null || mapping[index] !== null) return
    const target = field === 'phone' && taken.has('phone') ? 'otherPhones' : field
    if (taken.has(target)) return
    taken.add(target)
    mapping[index] = target
  }
  exact.forEach((field, index) => assign(index, field))
  partial.forEach((field, index) => assign(index, field))
  return mapping
}
