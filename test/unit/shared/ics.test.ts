import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Recurrence } from '@shared/domain/care-task'
import {
  calendarText,
  escapeText,
  foldLine,
  formatUtcDateTime,
  recurrenceRule,
  writeCalendar,
  type CalendarEvent,
  type CalendarTask
} from '@shared/domain/ics'
import { eventsOf, instantOf, parseIcs, physicalLines, propertyOf, textOf, unescapeIcsText, unfold } from '../../e2e/support/ics-parse'

const NOW = new Date('2026-03-09T08:00:00.000Z')

const task = (overrides: Partial<CalendarTask> = {}): CalendarTask => ({
  id: '01JNZ0000000000000000000AA',
  startAt: '2026-03-10T01:30:00.000Z',
  durationMinutes: 45,
  status: 'planned',
  recurrence: { kind: 'none' },
  updatedAt: '2026-03-01T02:00:00.000Z',
  ...overrides
})

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  task: task(),
  summary: '上门拜访 · 张伟',
  description: '目的：空调保养\n电话：138 0013 8000',
  location: '上海市徐汇区漕溪北路 88 号',
  ...overrides
})

const write = (events: readonly CalendarEvent[]): string => writeCalendar(events, { now: NOW, name: '张伟的日程' })

const octets = (text: string): number => new TextEncoder().encode(text).length

describe('writeCalendar', () => {
  it('writes a calendar that a strict reader accepts, with one event per task', () => {
    const text = write([event(), event({ task: task({ id: 'task-2', status: 'cancelled' }), summary: '电话 · 李娜', location: '' })])
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)

    const calendar = parseIcs(text)
    expect(textOf(calendar, 'X-WR-CALNAME')).toBe('张伟的日程')
    const [first, second] = eventsOf(calendar)
    expect(first && second).toBeTruthy()
    expect(textOf(first!, 'UID')).toBe('01JNZ0000000000000000000AA@frontdesk')
    expect(propertyOf(first!, 'DTSTAMP')?.value).toBe('20260309T080000Z')
    expect(propertyOf(first!, 'DTSTART')?.value).toBe('20260310T013000Z')
    expect(propertyOf(first!, 'DTEND')?.value).toBe('20260310T021500Z')
    expect(instantOf(calendar, first!, 'DTEND').toISOString()).toBe('2026-03-10T02:15:00.000Z')
    expect(textOf(first!, 'SUMMARY')).toBe('上门拜访 · 张伟')
    expect(textOf(first!, 'DESCRIPTION')).toBe('目的：空调保养\n电话：138 0013 8000')
    expect(textOf(first!, 'LOCATION')).toBe('上海市徐汇区漕溪北路 88 号')
    expect(propertyOf(first!, 'STATUS')?.value).toBe('CONFIRMED')
    expect(propertyOf(first!, 'LAST-MODIFIED')?.value).toBe('20260301T020000Z')
    expect(propertyOf(first!, 'RRULE')).toBeUndefined()

    expect(propertyOf(second!, 'STATUS')?.value).toBe('CANCELLED')
    expect(propertyOf(second!, 'LOCATION')).toBeUndefined()
    // Nothing repeats, so no zone is needed: every time is UTC.
    expect(calendar.components.map((component) => component.name)).toEqual(['VEVENT', 'VEVENT'])
  })

  it('writes an empty calendar that is still valid', () => {
    expect(eventsOf(parseIcs(write([])))).toEqual([])
  })

  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
    const calendar = parseIcs(write([event({ summary: '张伟; 王芳, 李娜 \\ 3', description: '第一行\r\n第二行' })]))
    expect(textOf(eventsOf(calendar)[0]!, 'SUMMARY')).toBe('张伟; 王芳, 李娜 \\ 3')
    expect(textOf(eventsOf(calendar)[0]!, 'DESCRIPTION')).toBe('第一行\n第二行')
  })

  it('drops control characters TEXT cannot carry, keeps tabs, and mends broken surrogates', () => {
    expect(calendarText('a\u0000b\u0007c\td\u007f')).toBe('abc\td')
    expect(calendarText('x\uD83Dy')).toBe('x\uFFFDy')
    expect(calendarText('😀')).toBe('😀')
  })

  it('folds long Chinese lines at 75 octets without splitting a character', () => {
    const description = '请在拜访前确认客户的地址和联系电话，带好保养工具和配件清单。'.repeat(6)
    const text = write([event({ description })])
    const lines = physicalLines(text)
    expect(lines.some((line) => octets(line) > 70)).toBe(true)
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75)
      // A split inside a character's bytes would leave a replacement character on decoding.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line)
    }
    expect(textOf(eventsOf(parseIcs(text))[0]!, 'DESCRIPTION')).toBe(description)
  })

  it('fills each physical line as far as it can', () => {
    const folded = foldLine(`DESCRIPTION:${'a'.repeat(200)}`).split('\r\n')
    // 212 octets: 75 on the first line, then a space and 74, then a space and the last 63.
    expect(folded.map(octets)).toEqual([75, 75, 64])
    expect(foldLine('中'.repeat(30)).split('\r\n').map(octets)).toEqual([75, 16])
    expect(foldLine('short')).toBe('short')
  })

  it('writes a repeating task at the shop’s wall-clock time with the shop’s zone', () => {
    // 07:30 in Shanghai is 23:30 the day before in UTC: the rule must count days in Shanghai.
    const repeating = task({ startAt: '2026-03-09T23:30:00.000Z', recurrence: { kind: 'nth-weekday', nth: 2, weekday: 2, until: null } })
    const calendar = parseIcs(write([event({ task: repeating })]))
    const [zone] = calendar.components.filter((component) => component.name === 'VTIMEZONE')
    expect(textOf(zone!, 'TZID')).toBe('Asia/Shanghai')
    const first = eventsOf(calendar)[0]!
    expect(propertyOf(first, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Asia/Shanghai' }, value: '20260310T073000' })
    expect(propertyOf(first, 'DTEND')?.value).toBe('20260310T081500')
    expect(instantOf(calendar, first, 'DTSTART').toISOString()).toBe('2026-03-09T23:30:00.000Z')
    expect(propertyOf(first, 'RRULE')?.value).toBe('FREQ=MONTHLY;BYDAY=2TU')
    expect(propertyOf(first, 'EXDATE')).toBeUndefined()
  })

  it('leaves out the dates records of their own took over, at the series’ time of day', () => {
    const weekly = task({ startAt: '2026-03-03T01:30:00.000Z', recurrence: { kind: 'weekly', interval: 1, until: '2026-04-30' } })
    const calendar = parseIcs(write([event({ task: weekly, skippedDates: ['2026-03-17', '2026-03-10', '2026-03-17', 'not a date'] })]))
    const [series] = eventsOf(calendar)
    expect(propertyOf(series!, 'DTSTART')?.value).toBe('20260303T093000')
    expect(propertyOf(series!, 'RRULE')?.value).toBe('FREQ=WEEKLY;INTERVAL=1;UNTIL=20260430T155959Z')
    expect(propertyOf(series!, 'EXDATE')).toEqual({ name: 'EXDATE', params: { TZID: 'Asia/Shanghai' }, value: '20260310T093000,20260317T093000' })
  })

  it('starts an nth-weekday series on its first such day, since DTSTART always counts as one', () => {
    // Tuesday 3 March 2026 is the 1st Tuesday; the series is every 2nd Tuesday, so it starts on the 10th.
    const secondTuesdays = task({ startAt: '2026-03-03T01:30:00.000Z', recurrence: { kind: 'nth-weekday', nth: 2, weekday: 2, until: null } })
    const [series] = eventsOf(parseIcs(write([event({ task: secondTuesdays })])))
    expect(propertyOf(series!, 'DTSTART')?.value).toBe('20260310T093000')
    expect(propertyOf(series!, 'DTEND')?.value).toBe('20260310T101500')
  })

  it('writes no event for a series that has no date left', () => {
    const over = task({ startAt: '2026-03-24T01:30:00.000Z', recurrence: { kind: 'nth-weekday', nth: 2, weekday: 2, until: '2026-04-01' } })
    expect(eventsOf(parseIcs(write([event({ task: over }), event()])))).toHaveLength(1)
  })
})

describe('recurrenceRule', () => {
  const at = (iso: string): Date => new Date(iso)
  const rule = (recurrence: Recurrence, start = '2026-03-10T01:30:00.000Z'): string | null => recurrenceRule(recurrence, at(start))

  it('is null for a task that happens once', () => {
    expect(rule({ kind: 'none' })).toBeNull()
  })

  it('gives the frequency and interval, and ends on the last second of the shop’s last day', () => {
    expect(rule({ kind: 'weekly', interval: 2, until: '2026-06-30' })).toBe('FREQ=WEEKLY;INTERVAL=2;UNTIL=20260630T155959Z')
    expect(rule({ kind: 'monthly', interval: 1, until: null })).toBe('FREQ=MONTHLY;INTERVAL=1')
    expect(rule({ kind: 'yearly', interval: 1, until: null })).toBe('FREQ=YEARLY;INTERVAL=1')
    expect(rule({ kind: 'weekly', interval: 0, until: null })).toBe('FREQ=WEEKLY;INTERVAL=1')
  })

  it('takes an until that is already an instant as it is, and ignores one it cannot read', () => {
    expect(rule({ kind: 'weekly', interval: 1, until: '2026-04-01T10:00:00.000Z' })).toBe('FREQ=WEEKLY;INTERVAL=1;UNTIL=20260401T100000Z')
    expect(rule({ kind: 'weekly', interval: 1, until: 'soon' })).toBe('FREQ=WEEKLY;INTERVAL=1')
  })

  it('moves a day the month lacks to its last day, as the app does, instead of skipping the month', () => {
    // 2026-01-31 09:00 in Shanghai.
    expect(rule({ kind: 'monthly', interval: 1, until: null }, '2026-01-31T01:00:00.000Z')).toBe('FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=-1')
    expect(rule({ kind: 'monthly', interval: 1, until: null }, '2026-01-30T01:00:00.000Z')).toBe(
      'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28,29,30;BYSETPOS=-1'
    )
    expect(rule({ kind: 'monthly', interval: 3, until: null }, '2026-01-29T01:00:00.000Z')).toBe(
      'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29;BYSETPOS=-1'
    )
    expect(rule({ kind: 'yearly', interval: 1, until: null }, '2028-02-29T01:00:00.000Z')).toBe(
      'FREQ=YEARLY;INTERVAL=1;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1'
    )
    // The 31st in Shanghai while still the 30th in UTC.
    expect(rule({ kind: 'monthly', interval: 1, until: null }, '2026-01-30T17:00:00.000Z')).toBe('FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=-1')
  })

  it('names the nth or last weekday of the month', () => {
    expect(rule({ kind: 'nth-weekday', nth: 2, weekday: 2, until: null })).toBe('FREQ=MONTHLY;BYDAY=2TU')
    expect(rule({ kind: 'nth-weekday', nth: -1, weekday: 5, until: '2026-12-31' })).toBe('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261231T155959Z')
    expect(rule({ kind: 'nth-weekday', nth: 1, weekday: 0, until: null })).toBe('FREQ=MONTHLY;BYDAY=1SU')
  })
})

describe('formatUtcDateTime', () => {
  it('writes the UTC fields with a Z', () => {
    expect(formatUtcDateTime(new Date('2026-12-31T23:59:59.900Z'))).toBe('20261231T235959Z')
  })
})

describe('text properties (property-based)', () => {
  // Whole graphemes of any script (CJK, emoji, combining marks…), plus the characters escaping must handle.
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: fc.constantFrom('\\', ';', ',', '\n', ':', '"', ' ', '中', 'a', '😀', 'é'), maxLength: 200 })
  )

  it('any summary and description survive write → unfold → unescape unchanged, in lines of at most 75 octets', () => {
    fc.assert(
      fc.property(text, text, text, (summary, description, location) => {
        const written = write([event({ summary, description, location })])
        const lines = physicalLines(written)
        expect(lines.every((line) => octets(line) <= 75)).toBe(true)
        const calendar = parseIcs(written)
        const [parsed] = eventsOf(calendar)
        expect(textOf(parsed!, 'SUMMARY')).toBe(summary)
        expect(textOf(parsed!, 'DESCRIPTION')).toBe(description)
        expect(textOf(parsed!, 'LOCATION')).toBe(location)
      }),
      { numRuns: 300 }
    )
  })

  it('any text at all comes back as calendarText says, and folding only ever adds CRLF and a space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const line = `DESCRIPTION:${escapeText(raw)}`
        const folded = foldLine(line)
        expect(folded.split('\r\n').every((physical) => octets(physical) <= 75)).toBe(true)
        expect(unfold(folded.split('\r\n'))).toEqual([line])
        expect(unescapeIcsText(line.slice('DESCRIPTION:'.length))).toBe(calendarText(raw))
      }),
      { numRuns: 300 }
    )
  })
})
