import { Solar } from 'lunar-typescript'
import { describe, expect, it } from 'vitest'
import { FESTIVAL_IDS, festivalDate, festivalsBetween, isFestivalId, type FestivalId } from '@shared/domain/festivals'

/*
 * Dates as published (the State Council's holiday notices and the Hong Kong Observatory's
 * calendar), typed here in the test only: the code works them out with lunar-typescript.
 */
const PUBLISHED: readonly (readonly [FestivalId, number, string])[] = [
  ['spring-festival', 2024, '2024-02-10'],
  ['spring-festival', 2025, '2025-01-29'],
  ['spring-festival', 2026, '2026-02-17'],
  ['spring-festival', 2027, '2027-02-06'],
  ['mid-autumn', 2024, '2024-09-17'],
  ['mid-autumn', 2025, '2025-10-06'],
  ['mid-autumn', 2026, '2026-09-25'],
  ['dragon-boat', 2024, '2024-06-10'],
  ['dragon-boat', 2025, '2025-05-31'],
  ['dragon-boat', 2026, '2026-06-19'],
  ['qingming', 2024, '2024-04-04'],
  ['qingming', 2025, '2025-04-04'],
  ['qingming', 2026, '2026-04-05'],
  ['lantern', 2025, '2025-02-12'],
  ['double-ninth', 2025, '2025-10-29'],
  ['qixi', 2025, '2025-08-29'],
  ['winter-solstice', 2025, '2025-12-21'],
  ['winter-solstice', 2026, '2026-12-22'],
  ['new-year', 2026, '2026-01-01'],
  ['national-day', 2026, '2026-10-01']
]

/** What lunar-typescript itself calls each day, to check every year of its range against its own calendar. */
const LIBRARY_NAME: Readonly<Record<FestivalId, string>> = {
  'new-year': '元旦节',
  'spring-festival': '春节',
  lantern: '元宵节',
  qingming: '清明',
  'dragon-boat': '端午节',
  qixi: '七夕节',
  'mid-autumn': '中秋节',
  'national-day': '国庆节',
  'double-ninth': '重阳节',
  'winter-solstice': '冬至'
}

function namesOn(date: string): readonly string[] {
  const [year, month, day] = date.split('-').map(Number)
  const solar = Solar.fromYmd(year ?? 0, month ?? 0, day ?? 0)
  const lunar = solar.getLunar()
  return [...solar.getFestivals(), ...lunar.getFestivals(), lunar.getJieQi()]
}

describe('festivalDate', () => {
  it.each(PUBLISHED)('%s %i falls on %s, as published', (festival, year, date) => {
    expect(festivalDate(festival, year)).toBe(date)
  })

  it('gives every festival of every year from 1901 to 2099 on the day the calendar library names it', () => {
    for (let year = 1901; year <= 2099; year++) {
      for (const festival of FESTIVAL_IDS) {
        const date = festivalDate(festival, year)
        expect(date?.startsWith(`${year}-`), `${festival} ${year}`).toBe(true)
        expect(namesOn(date ?? ''), `${festival} ${year}: ${date}`).toContain(LIBRARY_NAME[festival])
      }
    }
  })

  it('has no date outside the years the library covers, rather than a wrong one', () => {
    expect(festivalDate('spring-festival', 1900)).toBeNull()
    expect(festivalDate('spring-festival', 2100)).toBeNull()
    expect(festivalDate('mid-autumn', 2026.5)).toBeNull()
  })
})

describe('festivalsBetween', () => {
  it('lists the chosen festivals in a span, by date, across the turn of the year', () => {
    expect(festivalsBetween(['spring-festival', 'new-year', 'winter-solstice'], '2025-12-01', '2026-02-28')).toEqual([
      { festival: 'winter-solstice', year: 2025, date: '2025-12-21' },
      { festival: 'new-year', year: 2026, date: '2026-01-01' },
      { festival: 'spring-festival', year: 2026, date: '2026-02-17' }
    ])
  })

  it('includes both ends, and nothing when no festival was chosen', () => {
    expect(festivalsBetween(['mid-autumn'], '2026-09-25', '2026-09-25')).toEqual([{ festival: 'mid-autumn', year: 2026, date: '2026-09-25' }])
    expect(festivalsBetween([], '2026-01-01', '2026-12-31')).toEqual([])
  })
})

it('recognises festival ids only', () => {
  expect(isFestivalId('mid-autumn')).toBe(true)
  expect(isFestivalId('christmas')).toBe(false)
  expect(isFestivalId(3)).toBe(false)
})
