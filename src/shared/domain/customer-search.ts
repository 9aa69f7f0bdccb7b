/**
 * Customer search: the keys a customer record stores for the search indexes (computed on
 * save, never per keystroke), the normalisation a query gets, and the ranking of the
 * candidates the indexes return. IndexedDB can only search an index by prefix, so
 * "contains" is turned into "starts with" by storing suffixes: of the name (伟 finds
 * 张伟), of its pinyin by syllable (wei finds zhang wei), of its initials, of every phone
 * number (5678 finds …12345678).
 */
import { pinyin } from 'pinyin-pro'
import type { Customer, PhoneNumber } from './customer'

/** The fields the search fields are computed from. */
export type CustomerSearchSource = Pick<Customer, 'name' | 'company' | 'tags' | 'phones'>

/** The fields a customer record derives from the rest of it on every save. */
export const CUSTOMER_SEARCH_FIELDS = ['searchKeys', 'phoneDigits', 'sortName'] as const
export type CustomerSearchFieldName = (typeof CUSTOMER_SEARCH_FIELDS)[number]
export type CustomerSearchFields = Pick<Customer, CustomerSearchFieldName>

/** Shorter digit runs than this are not indexed: fewer would match half the shop. */
export const MIN_PHONE_TAIL = 3

/*
 * Bounds on the keys of one record. A polyphonic character adds whole spellings (曾 is
 * zeng as a surname but ceng elsewhere), and each spelling adds a key per syllable, so
 * the spellings are capped; long organisation names are read for pinyin only so far.
 */
const MAX_NAME_SPELLINGS = 4
const MAX_PINYIN_CHARACTERS = 10
const MAX_TEXT_SUFFIXES = 16

const HAN = /\p{Script=Han}/u
const WORD_CHARACTER = /[\p{L}\p{N}]/u
const SYLLABLE = /^[a-z]+$/

/**
 * What keys and queries both go through: full-width to half-width (NFKC), lower case,
 * runs of white space to one space, and spaces or dashes inside a digit run dropped, so
 * "138 0013" and "138-0013" are the digits 1380013.
 */
export function normalizeSearchQuery(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=\d)[ -]+(?=\d)/g, '')
}

/** The digits to look up by phone, or null: the query is not a number, or too short to mean one. */
export function phoneQueryDigits(normalizedQuery: string): string | null {
  if (!/^\+?\d+$/.test(normalizedQuery)) return null
  const digits = normalizedQuery.replace('+', '')
  return digits.length >= MIN_PHONE_TAIL ? digits : null
}

/** A phone number's digits, without the + of a foreign number. */
export const phoneDigitsOfNumber = (phone: PhoneNumber): string => phone.normalized.replace(/\D/g, '')

/**
 * Every digit suffix of every number, down to MIN_PHONE_TAIL digits. A prefix search of
 * these finds a number by any run of three or more of its digits; the full number is the
 * longest suffix, so an exact lookup works too.
 */
export function phoneDigitsOf(phones: readonly PhoneNumber[]): readonly string[] {
  const suffixes = new Set<string>()
  for (const phone of phones) {
    const digits = phoneDigitsOfNumber(phone)
    if (digits === '') continue
    suffixes.add(digits)
    for (let start = 1; start <= digits.length - MIN_PHONE_TAIL; start++) suffixes.add(digits.slice(start))
  }
  return [...suffixes]
}

/**
 * The suffixes of a normalised text that start a "part" of it: at every Chinese character
 * (Chinese has no spaces, so any character may start a word) and at the start of every
 * word of other scripts. A prefix search of them finds 伟 in 张伟 and Smith in John Smith.
 */
function partSuffixes(normalized: string): readonly string[] {
  const characters = [...normalized]
  const suffixes: string[] = []
  characters.forEach((character, index) => {
    if (suffixes.length >= MAX_TEXT_SUFFIXES) return
    const previous = characters[index - 1]
    const startsWord =
      WORD_CHARACTER.test(character) && (previous === undefined || HAN.test(previous) || !WORD_CHARACTER.test(previous))
    if (HAN.test(character) || startsWord) suffixes.push(characters.slice(index).join(''))
  })
  return suffixes
}

/** One way of reading a name aloud: a syllable per Chinese character. */
type Spelling = readonly string[]

/** How a name reads: its spellings (the first one is the likeliest) and a key to sort it by. */
interface NameReading {
  readonly normalized: string
  readonly spellings: readonly Spelling[]
  readonly sortName: string
}

/** Every reading of each character met so far: names share their characters, and an import reads thousands of names. */
const knownReadings = new Map<string, readonly string[]>()

function readingsOfCharacter(character: string): readonly string[] {
  let readings = knownReadings.get(character)
  if (readings === undefined) {
    readings = pinyin(character, { type: 'array', toneType: 'none', multiple: true, v: true })
    knownReadings.set(character, readings)
  }
  return readings
}

/* ü is typed v by most, u by some: 吕 is found by lv and by lu. */
const withUSpelling = (syllable: string): readonly string[] =>
  syllable.includes('v') ? [syllable, syllable.replaceAll('v', 'u')] : [syllable]

/**
 * Reads the name in surname mode, so the first character takes its reading as a surname
 * (曾 zeng, 单 shan, 解 xie, 区 ou, 仇 qiu, 朴 piao, 查 zha), then adds spellings with one
 * character read another way, surname first: a clerk who types the everyday reading
 * (ceng for 曾) still finds the customer.
 */
function readName(name: string): NameReading {
  const normalized = normalizeSearchQuery(name)
  const characters = pinyin(normalized, { type: 'all', toneType: 'none', mode: 'surname', surname: 'head', v: true })
  const chinese = characters.filter((character) => character.isZh && SYLLABLE.test(character.pinyin))
  const options = chinese.slice(0, MAX_PINYIN_CHARACTERS).map((character) => [
    ...new Set([
      ...withUSpelling(character.pinyin),
      ...readingsOfCharacter(character.origin).filter((reading) => SYLLABLE.test(reading)).flatMap(withUSpelling)
    ])
  ])
  const primary = options.map(([first]) => first ?? '')
  const spellings: Spelling[] = primary.length === 0 ? [] : [primary]
  options.forEach((readings, position) => {
    for (const reading of readings.slice(1)) {
      if (spellings.length >= MAX_NAME_SPELLINGS) return
      spellings.push(primary.map((syllable, index) => (index === position ? reading : syllable)))
    }
  })

  // Chinese characters sort by their reading, other text as it is; the name itself breaks ties.
  const sortTokens: string[] = []
  let run = ''
  for (const character of characters) {
    const isChinese = character.isZh && SYLLABLE.test(character.pinyin)
    if (isChinese || character.origin === ' ') {
      if (run !== '') sortTokens.push(run)
      run = ''
      if (isChinese) sortTokens.push(character.pinyin)
    } else run += character.origin
  }
  if (run !== '') sortTokens.push(run)
  return { normalized, spellings, sortName: `${sortTokens.join(' ')}\u0000${normalized}` }
}

const initialsOf = (spelling: Spelling): string => spelling.map((syllable) => syllable.charAt(0)).join('')

/** The name, each full pinyin spelling and each spelling's initials: the texts an exact or prefix match is judged on. */
const wholeNameKeys = (reading: NameReading): readonly string[] => [
  reading.normalized,
  ...reading.spellings.flatMap((spelling) => [spelling.join(''), initialsOf(spelling)])
]

/*
 * Syllable suffixes of each spelling (zhangwei, wei) and initials suffixes of two letters
 * or more (zw): a one-letter initials suffix is a prefix of the last syllable anyway.
 */
function pinyinKeys(spelling: Spelling): readonly string[] {
  const keys: string[] = []
  for (let start = 0; start < spelling.length; start++) {
    const rest = spelling.slice(start)
    keys.push(rest.join(''))
    if (rest.length > 1) keys.push(initialsOf(rest))
  }
  return keys
}

function searchKeysOf(customer: Pick<Customer, 'company' | 'tags'>, reading: NameReading): readonly string[] {
  const keys = new Set([
    ...partSuffixes(reading.normalized),
    ...reading.spellings.flatMap(pinyinKeys),
    ...[customer.company, ...customer.tags].map(normalizeSearchQuery).flatMap(partSuffixes)
  ])
  keys.delete('')
  return [...keys]
}

/** The search keys of a customer: name, pinyin and initials, company and tags, each with its part suffixes. */
export function customerSearchKeys(customer: Pick<Customer, 'name' | 'company' | 'tags'>): readonly string[] {
  return searchKeysOf(customer, readName(customer.name))
}

/** The search fields a customer record stores, computed from the rest of it on every save. */
export function customerSearchFields(customer: CustomerSearchSource): CustomerSearchFields {
  const reading = readName(customer.name)
  return {
    searchKeys: searchKeysOf(customer, reading),
    phoneDigits: phoneDigitsOf(customer.phones),
    sortName: reading.sortName
  }
}

/** The record with its search fields recomputed: callers never set them by hand. */
export function withSearchFields<C extends CustomerSearchSource>(customer: C): C & CustomerSearchFields {
  return { ...customer, ...customerSearchFields(customer) }
}

/** 0 exact, 1 prefix, 2 any other match: lower is better. */
export type MatchRank = 0 | 1 | 2

/**
 * How well a customer matches a query: 0 exact (the whole name, a whole pinyin spelling,
 * whole initials, or a full phone number), 1 a prefix of one of those or a phone's tail
 * ("last four"), 2 any other match (inside the name, company or tags, or inside a phone
 * number), null no match at all. Worked out from the record itself, not its stored keys,
 * so a candidate the index returned is checked again.
 */
export function rankCustomerMatch(query: string, customer: CustomerSearchSource): MatchRank | null {
  const normalized = normalizeSearchQuery(query)
  if (normalized === '') return null
  const reading = readName(customer.name)
  const wholes = wholeNameKeys(reading)
  const digits = phoneQueryDigits(normalized)
  const phones = digits === null ? [] : customer.phones.map(phoneDigitsOfNumber).filter((number) => number !== '')

  if (wholes.includes(normalized) || (digits !== null && phones.includes(digits))) return 0
  if (
    wholes.some((whole) => whole.startsWith(normalized)) ||
    (digits !== null && phones.some((number) => number.endsWith(digits)))
  ) {
    return 1
  }
  if (
    searchKeysOf(customer, reading).some((key) => key.startsWith(normalized)) ||
    (digits !== null && phones.some((number) => number.includes(digits)))
  ) {
    return 2
  }
  return null
}

const nameCollator = new Intl.Collator('zh-CN')

/**
 * The best `limit` matches among the candidates, best first; equal ranks in zh-CN name
 * order (by pinyin), then by id, so the same query always lists the same customers the same way.
 */
export function rankCustomers<C extends CustomerSearchSource & Pick<Customer, 'id'>>(
  query: string,
  candidates: readonly C[],
  limit: number
): readonly C[] {
  const ranked: { readonly customer: C; readonly rank: MatchRank }[] = []
  for (const customer of candidates) {
    const rank = rankCustomerMatch(query, customer)
    if (rank !== null) ranked.push({ customer, rank })
  }
  return ranked
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        nameCollator.compare(a.customer.name, b.customer.name) ||
        (a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0)
    )
    .slice(0, limit)
    .map(({ customer }) => customer)
}
