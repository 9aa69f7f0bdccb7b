/**
 * A yearly date (a birthday) as one spreadsheet cell: 1988-05-12, 05-12 when the year is not
 * known, 农历 1988-03-05 for a lunar date and 农历 闰04-05 for one in a leap month. Reading
 * also takes what people and other programs write: 1988/5/12, 1988.5.12, 19880512,
 * 1988年5月12日, 5月12日, 阴历, "Lunar", "leap".
 */
import type { YearlyDate } from './important-dates'

export interface YearlyDateWords {
  readonly lunar: string
  readonly leap: string
}

const two = (value: number): string => String(value).padStart(2, '0')

export function formatYearlyDateText(date: YearlyDate, words: YearlyDateWords): string {
  const monthDay = `${date.leapMonth ? words.leap : ''}${two(date.month)}-${two(date.day)}`
  const solar = date.year === null ? monthDay : `${date.year}-${monthDay}`
  return date.calendar === 'lunar' ? `${words.lunar} ${solar}` : solar
}

const LUNAR_WORDS = ['农历', '阴历', '农', 'lunar']
const LEAP_WORDS = ['闰', 'leap']

/** Takes the first of `words` off the start of `text` (case-insensitive), and says whether it did. */
function takePrefix(text: string, words: readonly string[]): { readonly found: boolean; readonly rest: string } {
  const lower = text.toLowerCase()
  const word = words.find((candidate) => lower.startsWith(candidate.toLowerCase()))
  return word === undefined ? { found: false, rest: text } : { found: true, rest: text.slice(word.length).trim() }
}

interface DateParts {
  readonly year: number | null
  readonly month: number
  readonly day: number
  readonly leapInside: boolean
}

const FULL_DATE = /^(\d{4})\s*[-/.年]\s*(闰|leap\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/i
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/
const MONTH_DAY = /^(闰|leap\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/i

function readParts(text: string): DateParts | null {
  const full = FULL_DATE.exec(text)
  if (full) return { year: Number(full[1]), month: Number(full[3]), day: Number(full[4]), leapInside: full[2] !== undefined }
  const compact = COMPACT_DATE.exec(text)
  if (compact) return { year: Number(compact[1]), month: Number(compact[2]), day: Number(compact[3]), leapInside: false }
  const monthDay = MONTH_DAY.exec(text)
  if (monthDay) return { year: null, month: Number(monthDay[2]), day: Number(monthDay[3]), leapInside: monthDay[1] !== undefined }
  return null
}

/**
 * The date a cell holds, or null when its shape is not a date. Whether the date exists (Feb 30,
 * a leap month that year lacks) is for `validateImportantDate` to say, with its reasons.
 */
export function readYearlyDateText(cell: string, words: readonly YearlyDateWords[]): YearlyDate | null {
  const text = cell.normalize('NFKC').trim()
  const lunar = takePrefix(text, [...words.map((word) => word.lunar), ...LUNAR_WORDS])
  const leap = takePrefix(lunar.rest, [...words.map((word) => word.leap), ...LEAP_WORDS])
  const parts = readParts(leap.rest)
  if (parts === null) return null
  const leapMonth = leap.found || parts.leapInside
  if (leapMonth && !lunar.found) return null
  return { calendar: lunar.found ? 'lunar' : 'solar', year: parts.year, month: parts.month, day: parts.day, leapMonth }
}
