import type { PhoneNumber } from './customer'

/**
 * Reading phone numbers as clerks type them: mainland mobiles and landlines in the many ways
 * people write them (spaces, dashes, brackets, +86, full-width digits from a Chinese IME), so
 * that the same number always gets the same normalised form and duplicates can be found.
 * Anything else is kept as typed with a warning: a number is never bent into a mainland shape.
 */

export interface PhoneParse {
  readonly phone: PhoneNumber
  /** Nothing usable was typed: the number cannot be saved. */
  readonly problem: 'empty' | 'no-digits' | null
  /** Saved as typed, but the clerk should look again. */
  readonly warning: 'unrecognised-format' | null
}

/** Full-width forms (ＡＢＣ１２３－（）＋) sit at a fixed offset from ASCII in Unicode. */
const FULL_WIDTH_OFFSET = 0xfee0

/** Full-width characters to ASCII, the ideographic space and typographic dashes to their plain forms. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/\u3000/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
}

/** What people write between the parts of a number. */
const SEPARATORS = /[\s\-.()]+/g

/** An extension at the end, after 转, (转)分机(号), ext, x or #. */
const EXTENSION = /\s*-?\s*(?:转\s*(?:分机号?)?|分机号?|ext(?:ension)?\.?|x|#)\s*:?\s*(\d{1,6})\s*$/i

const MOBILE = /^1[3-9]\d{9}$/

interface LandlineParts {
  readonly areaCode: string
  readonly local: string
}

/**
 * Splits a landline (with its leading 0) into area code and local number. The area code's
 * length follows from its first digits: 010 and 02x are the big cities, whose local numbers
 * all have eight digits; every other area code has three digits after the 0 and a local
 * number of seven or eight. A local number never starts with 0: that would be the trunk
 * prefix typed twice.
 */
function splitLandline(digits: string): LandlineParts | null {
  const match = /^(010|02\d)([1-9]\d{7})$/.exec(digits) ?? /^(0[3-9]\d{2})([1-9]\d{6,7})$/.exec(digits)
  return match ? { areaCode: match[1] ?? '', local: match[2] ?? '' } : null
}

type MainlandReading = Pick<PhoneNumber, 'normalized' | 'kind'>

/**
 * A landline from the digits after any country code, with an extension written after a
 * marker or, failing that, as a separate last group of up to six digits ("010-12345678-123").
 */
function readLandline(digits: string, lastGroup: string, extension: string | null): string | null {
  if (extension !== null) return splitLandline(digits) ? `${digits}-${extension}` : null
  if (splitLandline(digits)) return digits
  const main = digits.slice(0, digits.length - lastGroup.length)
  return lastGroup.length <= 6 && splitLandline(main) ? `${main}-${lastGroup}` : null
}

/** The mainland reading of a number written with digits and separators only, or null when it has none. */
function readMainland(compact: string, lastGroup: string, extension: string | null): MainlandReading | null {
  const international = /^(?:\+|00)86(\d+)$/.exec(compact)?.[1]
  // A bare 86 prefix is only read on a mobile: on anything shorter it could be part of a local number.
  const bare = /^86(1[3-9]\d{9})$/.exec(compact)?.[1]
  const national = international ?? bare ?? compact
  if (MOBILE.test(national)) return extension === null ? { normalized: national, kind: 'mobile' } : null
  // From abroad the area code is dialled without its 0: +86 10 1234 5678.
  const withTrunk = international !== undefined && !national.startsWith('0') ? `0${national}` : national
  const landline = readLandline(withTrunk, lastGroup, extension)
  return landline === null ? null : { normalized: landline, kind: 'landline' }
}

export function parsePhone(raw: string): PhoneParse {
  const text = toHalfWidth(raw).trim()
  if (text === '') return { phone: { raw, normalized: '', kind: 'other' }, problem: 'empty', warning: null }
  const allDigits = text.replace(/\D/g, '')
  if (allDigits === '') return { phone: { raw, normalized: '', kind: 'other' }, problem: 'no-digits', warning: null }

  const extension = EXTENSION.exec(text)
  const main = extension ? text.slice(0, extension.index) : text
  const compact = main.replace(SEPARATORS, '')
  const lastGroup = main.split(SEPARATORS).filter((part) => part !== '').at(-1) ?? ''
  const mainland = /^\+?\d+$/.test(compact) ? readMainland(compact, lastGroup, extension?.[1] ?? null) : null
  if (mainland) return { phone: { raw, ...mainland }, problem: null, warning: null }
  // Not mainland: the digits as typed, with the + that marks an international number.
  const normalized = (/^[\s(]*\+/.test(text) ? '+' : '') + allDigits
  return { phone: { raw, normalized, kind: 'other' }, problem: null, warning: 'unrecognised-format' }
}

/**
 * A number for display: mobiles as 138 1234 5678, landlines as 010-1234 5678 or 0755-1234567,
 * an extension after a dash as on a business card (010-1234 5678-123). Anything else is shown
 * exactly as it was typed. The display reads back to the same number, except a seven-digit
 * local number with a one-digit extension, whose digits also make an eight-digit local number.
 */
export function formatPhone(phone: PhoneNumber): string {
  const digits = phone.normalized
  if (phone.kind === 'mobile' && MOBILE.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`
  const [number = '', extension] = digits.split('-')
  const landline = phone.kind === 'landline' ? splitLandline(number) : null
  if (landline === null) return phone.raw
  const { areaCode, local } = landline
  const grouped = local.length === 8 ? `${local.slice(0, 4)} ${local.slice(4)}` : local
  return `${areaCode}-${grouped}${extension === undefined ? '' : `-${extension}`}`
}
