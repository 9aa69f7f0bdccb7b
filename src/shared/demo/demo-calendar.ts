import type { Random } from './random'

/*
 * Time in the demo shop. Instants are stored as UTC ISO strings, but opening hours and
 * calendar dates are the shop's: Shanghai, UTC+8 all year (China has no daylight saving).
 */
export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS
const SHOP_UTC_OFFSET_MS = 8 * HOUR_MS

let lastIsoMillis = Number.NaN
let lastIso = ''

/**
 * The ISO string of an instant. The last answer is kept: a record's time is usually
 * formatted twice in a row (as `occurredAt` and as `createdAt`), and sharing one string
 * saves memory across hundreds of thousands of records.
 */
export function iso(millis: number): string {
  if (millis !== lastIsoMillis) {
    lastIso = new Date(millis).toISOString()
    lastIsoMillis = millis
  }
  return lastIso
}

/** The shop's calendar date (yyyy-mm-dd) at an instant. */
export const shopDate = (millis: number): string => iso(millis + SHOP_UTC_OFFSET_MS).slice(0, 10)

/** Days since 1970-01-01 in the shop's calendar. */
export const shopDay = (millis: number): number => Math.floor((millis + SHOP_UTC_OFFSET_MS) / DAY_MS)

/** The instant a shop day starts. */
export const shopDayStart = (day: number): number => day * DAY_MS - SHOP_UTC_OFFSET_MS

/** The same time of day, `months` calendar months later (clamped to the month's last day). */
export function addMonths(millis: number, months: number): number {
  const midnight = shopDayStart(shopDay(millis))
  const date = new Date(midnight + SHOP_UTC_OFFSET_MS)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) - SHOP_UTC_OFFSET_MS + (millis - midnight)
}

const OPENING_HOUR = 9
const CLOSING_HOUR = 18

/**
 * The instant itself when the shop is open, else the same minutes past the hour once it
 * next opens. Never earlier than the instant, so a chain of steps stays in order.
 */
export function nextOpeningTime(millis: number): number {
  const day = shopDay(millis)
  const sinceMidnight = millis - shopDayStart(day)
  if (sinceMidnight >= OPENING_HOUR * HOUR_MS && sinceMidnight < CLOSING_HOUR * HOUR_MS) return millis
  const openingDay = sinceMidnight < OPENING_HOUR * HOUR_MS ? day : day + 1
  return shopDayStart(openingDay) + OPENING_HOUR * HOUR_MS + (sinceMidnight % HOUR_MS)
}

/** A random instant in the shop's opening hours on a random day in [from, to]. */
export function randomShopTime(random: Random, from: number, to: number): number {
  const firstDay = shopDay(from)
  const lastDay = shopDay(to)
  const day = random.int(firstDay, Math.max(firstDay, lastDay))
  const minutesOpen = (CLOSING_HOUR - OPENING_HOUR) * 60
  const instant = shopDayStart(day) + OPENING_HOUR * HOUR_MS + random.int(0, minutesOpen - 1) * MINUTE_MS
  return Math.min(Math.max(instant, from), to)
}

const SLOT_MS = 30 * MINUTE_MS
const SLOTS_PER_DAY = ((CLOSING_HOUR - OPENING_HOUR) * HOUR_MS) / SLOT_MS
const SLOT_TRIES_PER_STAFF = 3

export interface Booking {
  /** Index into the bookable staff, or null when everyone was busy: the task stays unassigned. */
  readonly staffIndex: number | null
  readonly startAt: number
}

/**
 * Half-hour slots in opening hours (09:00–18:00), so no member of staff is booked twice
 * at once: the app promises that, and the demo must not break it.
 */
export type SlotBook = (random: Random, day: number, preferred: number | null, minutes: number) => Booking

export function createSlotBook(staffCount: number): SlotBook {
  const taken = new Set<number>()
  const key = (day: number, slot: number, staffIndex: number): number =>
    (day * SLOTS_PER_DAY + slot) * staffCount + staffIndex
  return (random, day, preferred, minutes) => {
    const length = Math.max(1, Math.ceil((minutes * MINUTE_MS) / SLOT_MS))
    const slotStart = (slot: number): number => shopDayStart(day) + OPENING_HOUR * HOUR_MS + slot * SLOT_MS
    const order = preferred === null ? [] : [preferred]
    for (let index = 0; index < staffCount; index++) if (index !== preferred) order.push(index)
    for (const staffIndex of order) {
      for (let attempt = 0; attempt < SLOT_TRIES_PER_STAFF; attempt++) {
        const first = random.int(0, SLOTS_PER_DAY - length)
        let free = true
        for (let slot = first; slot < first + length && free; slot++) free = !taken.has(key(day, slot, staffIndex))
        if (!free) continue
        for (let slot = first; slot < first + length; slot++) taken.add(key(day, slot, staffIndex))
        return { staffIndex, startAt: slotStart(first) }
      }
    }
    return { staffIndex: null, startAt: slotStart(random.int(0, SLOTS_PER_DAY - length)) }
  }
}
