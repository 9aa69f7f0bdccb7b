import type { SyncedRecord } from './record'

export const TIERS = ['A', 'B', 'C', 'D'] as const
export type Tier = (typeof TIERS)[number]

export const PERSONALITY_TYPES = ['lively', 'powerful', 'peaceful', 'analytical', 'unknown'] as const
export type PersonalityType = (typeof PERSONALITY_TYPES)[number]

export const CONTACT_CHANNELS = ['phone', 'sms', 'wechat', 'letter', 'visit', 'email'] as const
export type ContactChannel = (typeof CONTACT_CHANNELS)[number]

export const PHONE_KINDS = ['mobile', 'landline', 'other'] as const
export type PhoneKind = (typeof PHONE_KINDS)[number]

export interface PhoneNumber {
  /** As the clerk typed it. */
  readonly raw: string
  /**
   * Digits only (with a leading + kept for foreign numbers), a landline's extension after a
   * dash ('01012345678-123'); '' when nothing could be read. See phone.ts.
   */
  readonly normalized: string
  readonly kind: PhoneKind
}

export const IMPORTANT_DATE_KINDS = ['birthday', 'purchase-anniversary', 'custom'] as const
export type ImportantDateKind = (typeof IMPORTANT_DATE_KINDS)[number]

/** A yearly date: month-day always, year when known; a birthday may be a lunar date. */
export interface ImportantDate {
  readonly id: string
  readonly kind: ImportantDateKind
  readonly label: string
  readonly calendar: 'solar' | 'lunar'
  /** A lunar date's year is the lunar year (农历1980年腊月…), which may end in the next solar year. */
  readonly year: number | null
  readonly month: number
  readonly day: number
  /** Lunar dates only: the leap month of that number. */
  readonly leapMonth: boolean
}

export interface TierChange {
  readonly tier: Tier
  /** Why the tier was set by hand; '' when it followed the suggestion. */
  readonly reason: string
  readonly at: string
  readonly by: string
}

export interface Customer extends SyncedRecord {
  readonly name: string
  readonly kind: 'person' | 'organisation'
  readonly company: string
  readonly phones: readonly PhoneNumber[]
  readonly address: string
  readonly preferredChannel: ContactChannel
  readonly contactConsent: boolean
  readonly importantDates: readonly ImportantDate[]
  readonly tier: Tier
  readonly tierHistory: readonly TierChange[]
  readonly stage: 'current' | 'prospect'
  readonly relationship: 'transactional' | 'relationship'
  readonly personality: PersonalityType
  /** Staff id of the person who looks after this customer. */
  readonly ownerId: string | null
  readonly tags: readonly string[]
  readonly notes: string
  /** Last call, visit or purchase; kept on the record so "no contact for N days" is an index query. */
  readonly lastContactAt: string | null
  /** Name, pinyin and initials, company and tags, lower-cased, with their part suffixes: computed on save for the search index. */
  readonly searchKeys: readonly string[]
  /** Normalised phone digits: computed on save for phone-tail search. */
  readonly phoneDigits: readonly string[]
  /** The name as pinyin (then the name itself): computed on save so the name index sorts 张 near zhang, not by code point. */
  readonly sortName: string
  /** Set when this record was merged into another; the survivor holds its history. */
  readonly mergedInto: string | null
}

/** Neither deleted nor merged into another record: what lists, search and duplicate checks show. */
export const isCurrentCustomer = (customer: Pick<Customer, 'deletedAt' | 'mergedInto'>): boolean =>
  customer.deletedAt === null && customer.mergedInto === null
