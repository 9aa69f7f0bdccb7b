/*
 * iCalendar (RFC 5545) for a staff member's planned contacts, so the plan can go into the
 * calendar on their phone. Only writing: the app never reads calendars back.
 *
 * Times are written in UTC (…Z), which every calendar app reads without a time-zone table.
 * A repeating task is the exception: a rule's days ("the 2nd Tuesday", "every month on the
 * 31st") are counted in the time zone of DTSTART, and a contact at 07:30 in Shanghai falls
 * on the day before in UTC, so a series starts at the shop's own wall-clock time, with the
 * shop's zone described in a VTIMEZONE.
 */
import type { CareTask, CareTaskStatus, Recurrence } from './care-task'
import { addDays, parseIsoDate, SHOP_TIME_ZONE, shopInstant } from './days'
import { firstDateOnOrAfter } from './recurrence'

/**
 * The shop's time zone as a calendar needs it. Asia/Shanghai, as in days.ts: China has kept
 * UTC+8 without daylight saving since 1991, so one STANDARD block describes it completely.
 */
export const SHOP_CALENDAR_ZONE = { tzid: SHOP_TIME_ZONE, utcOffsetMinutes: 8 * 60, abbreviation: 'CST' } as const

export type CalendarTask = Pick<CareTask, 'id' | 'startAt' | 'durationMinutes' | 'status' | 'recurrence' | 'updatedAt'>

/** One task with its words already in the reader's language (the domain knows no i18n). */
export interface CalendarEvent {
  readonly task: CalendarTask
  readonly summary: string
  readonly description: string
  /** '' for none: the property is left out. */
  readonly location: string
  /**
   * A series' shop dates ('yyyy-mm-dd') that records of their own took over (done, moved or
   * cancelled on that date: the exceptions of schedule.ts). They are left out of the series
   * (EXDATE); the records that replace them are events of their own.
   */
  readonly skippedDates?: readonly string[]
}

export interface CalendarOptions {
  /** DTSTAMP: when this file was made. */
  readonly now: Date
  /** The name calendar apps give the imported calendar (X-WR-CALNAME). */
  readonly name: string
}

const CRLF = '\r\n'
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
export const MAX_LINE_OCTETS = 75

/** Octets of one code point in UTF-8; a lone surrogate counts as the U+FFFD an encoder puts in its place. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  if (codePoint < 0x10000) return 3
  return 4
}

/**
 * Splits a content line into physical lines of at most 75 octets, each continuation starting
 * with one space (which counts toward its 75). Splits fall between code points, never inside
 * a character's UTF-8 bytes, so a line of Chinese text (3 octets a character) stays readable
 * to a reader that decodes line by line.
 */
export function foldLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const length = utf8Length(character.codePointAt(0) ?? 0)
    if (octets + length > MAX_LINE_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += character
    octets += length
  }
  lines.push(current)
  return lines.join(CRLF)
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// TEXT may hold no control characters but HTAB (§3.3.11); line feeds are kept here to be escaped.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g

/**
 * The text as a calendar can hold it: any line break becomes \n, other control characters
 * (which TEXT cannot carry) are dropped, and a broken surrogate becomes U+FFFD, as a UTF-8
 * encoder would write it anyway. Everything else comes through unchanged.
 */
export const calendarText = (text: string): string =>
  text.replace(/\r\n?/g, '\n').replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '')

/** A TEXT value (§3.3.11): backslash, semicolon, comma and line breaks escaped. */
export const escapeText = (text: string): string =>
  calendarText(text).replace(/[\\;,\n]/g, (character) => (character === '\n' ? '\\n' : `\\${character}`))

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

/** yyyymmddThhmmss of a Date's UTC fields. */
const basicDateTime = (date: Date): string =>
  `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`

/** An instant as a UTC DATE-TIME: 20260310T013000Z. */
export const formatUtcDateTime = (instant: Date): string => `${basicDateTime(instant)}Z`

const ZONE_OFFSET_MS = SHOP_CALENDAR_ZONE.utcOffsetMinutes * 60_000

/** The shop's wall-clock time at an instant, as a local DATE-TIME for TZID=Asia/Shanghai. */
const formatShopDateTime = (instant: Date): string => basicDateTime(new Date(instant.getTime() + ZONE_OFFSET_MS))

/** The shop's date at an instant, 'yyyy-mm-dd'. */
const shopDateOf = (instant: Date): string => new Date(instant.getTime() + ZONE_OFFSET_MS).toISOString().slice(0, 10)

/** The instant of a shop date at the wall-clock time `instant` shows (the offset is fixed: no day is 23 or 25 hours). */
const onShopDate = (date: string, instant: Date): Date =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) + ((instant.getTime() + ZONE_OFFSET_MS) % 86_400_000) - ZONE_OFFSET_MS)

/** The shop's calendar fields at an instant (the offset is fixed, so plain arithmetic gives them). */
function shopFields(instant: Date): { readonly month: number; readonly day: number; readonly weekday: number } {
  const wall = new Date(instant.getTime() + ZONE_OFFSET_MS)
  return { month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), weekday: wall.getUTCDay() }
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const

/**
 * UNTIL: a series' last day ('yyyy-mm-dd', the shop's date) is included up to its end, so the
 * limit is the last second of that day; an instant is taken as it is. RFC 5545 wants UTC here
 * whenever DTSTART carries a TZID.
 */
function untilPart(until: string | null): string {
  if (until === null || until.trim() === '') return ''
  const instant =
    parseIsoDate(until) !== null ? new Date(shopInstant(addDays(until, 1), { hour: 0, minute: 0 }).getTime() - 1000) : new Date(until)
  return Number.isNaN(instant.getTime()) ? '' : `;UNTIL=${formatUtcDateTime(instant)}`
}

/*
 * The app moves a monthly or yearly date the month lacks to the month's last day (Jan 31 →
 * Feb 28, then Mar 31 again: addMonthsClamped in days.ts), where RFC 5545 would skip that
 * month. "The last of the days 28…d that the month has" says the same thing in rule form.
 */
function clampedMonthDay(day: number): string {
  if (day <= 28) return ''
  if (day === 31) return ';BYMONTHDAY=-1'
  const days = Array.from({ length: day - 27 }, (_, index) => 28 + index)
  return `;BYMONTHDAY=${days.join(',')};BYSETPOS=-1`
}

/** The RRULE value of a repeating task that starts at `start`; null for a task that happens once. */
export function recurrenceRule(recurrence: Recurrence, start: Date): string | null {
  const { month, day, weekday } = shopFields(start)
  switch (recurrence.kind) {
    case 'none':
      return null
    case 'weekly':
    case 'monthly':
    case 'yearly': {
      const interval = Math.max(1, Math.trunc(recurrence.interval))
      const frequency = recurrence.kind.toUpperCase()
      // Only February is short of a day a yearly date can fall on (the 29th).
      const byDate =
        recurrence.kind === 'monthly'
          ? clampedMonthDay(day)
          : recurrence.kind === 'yearly' && month === 2 && day === 29
            ? `;BYMONTH=2${clampedMonthDay(day)}`
            : ''
      return `FREQ=${frequency};INTERVAL=${interval}${byDate}${untilPart(recurrence.until)}`
    }
    case 'nth-weekday': {
      const code = WEEKDAYS[recurrence.weekday] ?? WEEKDAYS[weekday]
      return `FREQ=MONTHLY;BYDAY=${recurrence.nth}${code}${untilPart(recurrence.until)}`
    }
  }
}

/** VEVENT STATUS has no "done": a done or missed contact still took its place in the day. */
const EVENT_STATUS: Readonly<Record<CareTaskStatus, 'CONFIRMED' | 'CANCELLED'>> = {
  planned: 'CONFIRMED',
  done: 'CONFIRMED',
  missed: 'CONFIRMED',
  cancelled: 'CANCELLED'
}

/** The address that makes UIDs unique to this app; the task id is already unique among devices (ULID). */
export const UID_DOMAIN = 'frontdesk'

/** The lines every event has, after its times. */
function describedLines({ task, summary, description, location }: CalendarEvent): readonly string[] {
  const lastModified = new Date(task.updatedAt)
  return [
    `SUMMARY:${escapeText(summary)}`,
    ...(description === '' ? [] : [`DESCRIPTION:${escapeText(description)}`]),
    ...(location === '' ? [] : [`LOCATION:${escapeText(location)}`]),
    `STATUS:${EVENT_STATUS[task.status]}`,
    ...(Number.isNaN(lastModified.getTime()) ? [] : [`LAST-MODIFIED:${formatUtcDateTime(lastModified)}`])
  ]
}

const durationMs = (task: CalendarTask): number => Math.max(0, task.durationMinutes) * 60_000

/** A task that happens once: its own times, in UTC. */
function oneOffLines(event: CalendarEvent, stamp: string): readonly string[] {
  const start = new Date(event.task.startAt)
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.task.id}@${UID_DOMAIN}`)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${formatUtcDateTime(start)}`,
    `DTEND:${formatUtcDateTime(new Date(start.getTime() + durationMs(event.task)))}`,
    ...describedLines(event),
    'END:VEVENT'
  ]
}

/**
 * A series: one event with its rule, at the shop's wall-clock time. RFC 5545 counts DTSTART as
 * an occurrence whether the rule gives it or not, and the app's "2nd Tuesday" series starts on
 * the first such day on or after the task's date (recurrence.ts), so DTSTART is moved there; a
 * series with no date left at all is not written.
 */
function seriesLines(event: CalendarEvent, rule: string, stamp: string): readonly string[] {
  const anchor = new Date(event.task.startAt)
  const anchorDate = shopDateOf(anchor)
  const firstDate = firstDateOnOrAfter(anchorDate, event.task.recurrence, anchorDate)
  if (firstDate === null) return []
  const start = onShopDate(firstDate, anchor)
  const zoned = `;TZID=${SHOP_CALENDAR_ZONE.tzid}:`
  const skipped = [...new Set(event.skippedDates ?? [])].filter((date) => parseIsoDate(date) !== null).sort()
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.task.id}@${UID_DOMAIN}`)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART${zoned}${formatShopDateTime(start)}`,
    `DTEND${zoned}${formatShopDateTime(new Date(start.getTime() + durationMs(event.task)))}`,
    `RRULE:${rule}`,
    ...(skipped.length === 0 ? [] : [`EXDATE${zoned}${skipped.map((date) => formatShopDateTime(onShopDate(date, anchor))).join(',')}`]),
    ...describedLines(event),
    'END:VEVENT'
  ]
}

function eventLines(event: CalendarEvent, stamp: string): readonly string[] {
  const rule = recurrenceRule(event.task.recurrence, new Date(event.task.startAt))
  return rule === null ? oneOffLines(event, stamp) : seriesLines(event, rule, stamp)
}

const timeZoneLines = (): readonly string[] => {
  const { tzid, utcOffsetMinutes, abbreviation } = SHOP_CALENDAR_ZONE
  const sign = utcOffsetMinutes < 0 ? '-' : '+'
  const offset = `${sign}${pad(Math.floor(Math.abs(utcOffsetMinutes) / 60))}${pad(Math.abs(utcOffsetMinutes) % 60)}`
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${abbreviation}`,
    'END:STANDARD',
    'END:VTIMEZONE'
  ]
}

/**
 * A VCALENDAR with one VEVENT per task, ready to save as a .ics file: CRLF line ends, long
 * lines folded at 75 octets, text escaped. Only the events given are written, in their order.
 */
export function writeCalendar(events: readonly CalendarEvent[], { now, name }: CalendarOptions): string {
  const stamp = formatUtcDateTime(now)
  const anyRepeating = events.some((event) => event.task.recurrence.kind !== 'none')
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//FrontDesk//FrontDesk Day Sheet//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${SHOP_CALENDAR_ZONE.tzid}`,
    ...(anyRepeating ? timeZoneLines() : []),
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR'
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
