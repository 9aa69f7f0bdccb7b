import { Lunar } from 'lunar-typescript'
import { requireIsoDate } from './days'

/*
 * The festivals a shop sends greetings for (节日问候). Lunar festivals move around the solar
 * calendar, and 清明 and 冬至 are solar terms (节气) worked out from the sun's position: all of
 * them come from lunar-typescript, which carries the astronomical tables, never from a table
 * typed in here that would run out (or be wrong) in some year.
 */

export const FESTIVAL_IDS = [
  'new-year',
  'spring-festival',
  'lantern',
  'qingming',
  'dragon-boat',
  'qixi',
  'mid-autumn',
  'national-day',
  'double-ninth',
  'winter-solstice'
] as const
export type FestivalId = (typeof FESTIVAL_IDS)[number]

type FestivalRule =
  | { readonly calendar: 'solar'; readonly month: number; readonly day: number }
  | { readonly calendar: 'lunar'; readonly month: number; readonly day: number }
  /** A solar term, by its name in lunar-typescript's table. */
  | { readonly calendar: 'solar-term'; readonly term: string; readonly alias: string }

const FESTIVAL_RULES: Readonly<Record<FestivalId, FestivalRule>> = {
  'new-year': { calendar: 'solar', month: 1, day: 1 },
  'spring-festival': { calendar: 'lunar', month: 1, day: 1 },
  lantern: { calendar: 'lunar', month: 1, day: 15 },
  // lunar-typescript names the terms at the edges of its table in pinyin, the rest in Chinese.
  qingming: { calendar: 'solar-term', term: '清明', alias: 'QING_MING' },
  'dragon-boat': { calendar: 'lunar', month: 5, day: 5 },
  qixi: { calendar: 'lunar', month: 7, day: 7 },
  'mid-autumn': { calendar: 'lunar', month: 8, day: 15 },
  'national-day': { calendar: 'solar', month: 10, day: 1 },
  'double-ninth': { calendar: 'lunar', month: 9, day: 9 },
  'winter-solstice': { calendar: 'solar-term', term: '冬至', alias: 'DONG_ZHI' }
}

/** The years lunar-typescript covers with confidence; outside them a festival has no date. */
const FIRST_YEAR = 1901
const LAST_YEAR = 2099

const pad = (value: number): string => String(value).padStart(2, '0')

function computeFestivalDate(id: FestivalId, year: number): string {
  const rule = FESTIVAL_RULES[id]
  switch (rule.calendar) {
    case 'solar':
      return `${year}-${pad(rule.month)}-${pad(rule.day)}`
    case 'lunar':
      // Lunar months 1–9 of lunar year N always fall in solar year N (its new year is in Jan or Feb).
      return Lunar.fromYmd(year, rule.month, rule.day).getSolar().toYmd()
    case 'solar-term': {
      // The table of lunar year N spans a few terms of the solar years either side: keep the one in `year`.
      const table = Lunar.fromYmd(year, 1, 1).getJieQiTable()
      const inYear = [table[rule.term], table[rule.alias]]
        .map((solar) => solar?.toYmd())
        .find((date) => date !== undefined && date.startsWith(`${year}-`))
      if (inYear === undefined) throw new RangeError(`No ${rule.term} found in ${year}`)
      return inYear
    }
  }
}

const festivalDates = new Map<string, string>()

/**
 * The solar date (yyyy-mm-dd) of a festival in a solar year; null outside 1901–2099. Kept per
 * festival and year: the care queue asks for the same few dates for every customer.
 */
export function festivalDate(id: FestivalId, year: number): string | null {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return null
  const key = `${id}:${year}`
  let date = festivalDates.get(key)
  if (date === undefined) {
    date = computeFestivalDate(id, year)
    festivalDates.set(key, date)
  }
  return date
}

export interface FestivalOccurrence {
  readonly festival: FestivalId
  readonly year: number
  /** yyyy-mm-dd */
  readonly date: string
}

/** The festivals among `ids` that fall from `from` to `to` (both yyyy-mm-dd, inclusive), by date. */
export function festivalsBetween(ids: readonly FestivalId[], from: string, to: string): readonly FestivalOccurrence[] {
  const found: FestivalOccurrence[] = []
  for (let year = requireIsoDate(from).year; year <= requireIsoDate(to).year; year++) {
    for (const festival of ids) {
      const date = festivalDate(festival, year)
      if (date !== null && date >= from && date <= to) found.push({ festival, year, date })
    }
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

export const isFestivalId = (value: unknown): value is FestivalId => FESTIVAL_IDS.some((id) => id === value)
