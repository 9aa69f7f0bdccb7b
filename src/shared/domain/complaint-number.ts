import { parseIsoDate, requireIsoDate } from './days'

/*
 * Complaint numbers a clerk can read out on the phone and print on a slip:
 * TS-20261122-0001-7K3F is 投诉 (TS), the shop's date, the device's count for that day and a
 * four-character suffix that stands for the device. Each PC counts on its own, offline, so
 * the suffix is what keeps two PCs' "first complaint of the day" apart when their exports merge.
 *
 * The suffix is four Crockford base32 characters (0-9 and A-Z without I, L, O, U, so nothing
 * reads as another character) taken from a hash of the whole device id. Device ids are ULIDs,
 * whose last four characters are random too, and for two real ULIDs taking those would be just
 * as good. The hash is for every other id: one that is not Crockford at its end (the demo's
 * and tests' 'device-1') still gets a readable suffix, and two ids that share their last four
 * characters but differ elsewhere clash only by chance rather than for certain.
 *
 * Honest odds: four characters hold 32⁴ = 1,048,576 values, so no scheme can promise that any
 * two devices differ. Two devices share a suffix with a chance of about one in a million; a shop
 * with n PCs has about n(n−1)/2 such pairs (5 PCs: about 1 in 100,000; 20 PCs: about 1 in
 * 5,500). Even then two numbers clash only if both PCs give the same count on the same day, and
 * a complaint is identified by its id, never its number, so a clash is two slips that read
 * alike, not lost or merged records.
 *
 * The hash must never change: printed numbers, and the count each device resumes from, rely on it.
 */

export interface ComplaintNumberParts {
  /** The shop's calendar date, 'yyyy-mm-dd'. */
  readonly date: string
  /** 1-based, counted per device per day. */
  readonly sequence: number
  /** Four Crockford base32 characters standing for the device. */
  readonly suffix: string
}

const SEQUENCE_DIGITS = 4
const CROCKFORD_BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const SUFFIX_LENGTH = 4
const BITS_PER_CHARACTER = 5

/**
 * FNV-1a over the id's UTF-16 code units, finished with murmur3's fmix32: FNV alone leaves its
 * high bits poorly mixed for short ids that differ in the last character, and the suffix is
 * read from the high bits.
 */
function hashDeviceId(deviceId: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < deviceId.length; index++) {
    hash ^= deviceId.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}

/** The device's four-character suffix; the data layer also uses it to find that device's numbers of a day. */
export function complaintNumberSuffix(deviceId: string): string {
  if (deviceId === '') throw new RangeError('A complaint number needs a device id')
  const hash = hashDeviceId(deviceId)
  let suffix = ''
  for (let index = 0; index < SUFFIX_LENGTH; index++) {
    const shift = 32 - BITS_PER_CHARACTER * (index + 1)
    suffix += CROCKFORD_BASE32.charAt((hash >>> shift) & 0b11111)
  }
  return suffix
}

/** How every complaint number of a shop day begins ('TS-20261122-'): the data layer finds a day's numbers by it. */
export function complaintNumberPrefix(date: string): string {
  requireIsoDate(date)
  return `TS-${date.replaceAll('-', '')}-`
}

/**
 * The number for a device's `sequence`-th complaint of the shop's `date`. Past 9,999 in a day
 * the count simply grows a digit rather than wrapping onto an earlier number. Throws on a
 * malformed date or a count below 1: those come from the caller's own code, so they are bugs.
 */
export function formatComplaintNumber({
  date,
  sequence,
  deviceId
}: {
  readonly date: string
  readonly sequence: number
  readonly deviceId: string
}): string {
  const prefix = complaintNumberPrefix(date)
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Not a complaint count: ${sequence}`)
  return `${prefix}${String(sequence).padStart(SEQUENCE_DIGITS, '0')}-${complaintNumberSuffix(deviceId)}`
}

const NUMBER_PATTERN = /^TS-(\d{4})(\d{2})(\d{2})-(\d{4,})-([0-9A-Z]{4})$/

/** Crockford's reading rules: what a clerk may type for a character the alphabet leaves out. */
const CROCKFORD_LOOKALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' }

/**
 * The parts of a complaint number, or null when the text is not one. Typed numbers are read
 * kindly: case and surrounding spaces do not matter, and O, I and L in the suffix read as 0, 1
 * and 1, as Crockford base32 intends. A count with extra leading zeros ('00001') is refused, so
 * that each complaint has one spelling.
 */
export function parseComplaintNumber(text: string): ComplaintNumberParts | null {
  const match = NUMBER_PATTERN.exec(text.trim().toUpperCase())
  if (match === null) return null
  const [, year = '', month = '', day = '', digits = '', typedSuffix = ''] = match
  const date = `${year}-${month}-${day}`
  const sequence = Number(digits)
  const suffix = Array.from(typedSuffix, (character) => CROCKFORD_LOOKALIKES[character] ?? character).join('')
  // Re-spelling the count also refuses counts too big to read back exactly.
  const isCanonicalCount = sequence >= 1 && digits === String(sequence).padStart(SEQUENCE_DIGITS, '0')
  const isCrockford = Array.from(suffix).every((character) => CROCKFORD_BASE32.includes(character))
  if (parseIsoDate(date) === null || !isCanonicalCount || !isCrockford) return null
  return { date, sequence, suffix }
}

/**
 * The next count for a device's day, given the numbers that device already gave that day
 * (deleted ones included: their tombstones keep the number). One past the highest, never a
 * gap's: a number that was printed on a slip must not come back for another complaint.
 * Text that is not a complaint number is ignored.
 */
export function nextSequence(existingNumbersForThatDayAndDevice: readonly string[]): number {
  let highest = 0
  for (const number of existingNumbersForThatDayAndDevice) {
    const parts = parseComplaintNumber(number)
    if (parts !== null && parts.sequence > highest) highest = parts.sequence
  }
  return highest + 1
}
