import { Solar } from 'lunar-typescript'
import { isOpenComplaint } from '../domain/complaint'
import type { Customer, ImportantDate } from '../domain/customer'
import { addDays, daysInMonth, requireIsoDate } from '../domain/days'
import { shopDate } from './demo-calendar'
import type { DemoOutput } from './demo-context'

/*
 * Birthdays pinned at fixed distances from the day the demo is made, so the care queue has
 * something to show that day, whatever day it is: a birthday today, one in three days (the
 * journey a new user is shown: accept it), and a lunar one later this week. The customers are
 * picked, not invented, by a fixed rule over the records already made, and no random number
 * is drawn: every other record comes out exactly as before.
 */

interface Pin {
  readonly daysAhead: number
  readonly calendar: ImportantDate['calendar']
}

const PINS: readonly Pin[] = [
  { daysAhead: 3, calendar: 'solar' },
  { daysAhead: 0, calendar: 'solar' },
  { daysAhead: 5, calendar: 'lunar' }
]

/** The birthday moved to `on` (yyyy-mm-dd), in the pin's calendar, the birth year kept where it still fits. */
function pinnedBirthday(birthday: ImportantDate, on: string, calendar: ImportantDate['calendar']): ImportantDate {
  const { year, month, day } = requireIsoDate(on)
  if (calendar === 'solar') {
    // Feb 29 only exists in leap birth years: otherwise the year is left unknown rather than made up.
    const birthYear = birthday.year !== null && day <= daysInMonth(birthday.year, month) ? birthday.year : null
    return { ...birthday, calendar, year: birthYear, month, day, leapMonth: false }
  }
  const lunar = Solar.fromYmd(year, month, day).getLunar()
  // The birth year is dropped: the lunar year it names may lack this year's leap month.
  return { ...birthday, calendar, year: null, month: Math.abs(lunar.getMonth()), day: lunar.getDay(), leapMonth: lunar.getMonth() < 0 }
}

/**
 * Moves the birthdays of a few customers (people who may be contacted, with no open complaint
 * and no birthday greeting planned or decided) to the pinned days. Call it last.
 */
export function pinCareOccasions(out: DemoOutput, nowMillis: number): void {
  const today = shopDate(nowMillis)
  const withOpenComplaint = new Set(out.complaints.filter(isOpenComplaint).map((complaint) => complaint.customerId))
  const withBirthdayCare = new Set(
    [...out.careTasks, ...out.careDecisions]
      .filter((record) => record.occasionKey?.startsWith('birthday:') === true)
      .map((record) => record.customerId)
  )
  const isEligible = (customer: Customer): boolean =>
    customer.kind === 'person' &&
    customer.contactConsent &&
    customer.phones.length > 0 &&
    !withOpenComplaint.has(customer.id) &&
    !withBirthdayCare.has(customer.id) &&
    customer.importantDates.some((date) => date.kind === 'birthday')
  const picked = out.customers.flatMap((customer, index) => (isEligible(customer) ? [index] : [])).slice(0, PINS.length)
  PINS.forEach((pin, order) => {
    const index = picked[order]
    const customer = index === undefined ? undefined : out.customers[index]
    if (index === undefined || customer === undefined) return
    const on = addDays(today, pin.daysAhead)
    const importantDates = customer.importantDates.map((date) => (date.kind === 'birthday' ? pinnedBirthday(date, on, pin.calendar) : date))
    out.customers[index] = { ...customer, importantDates }
  })
}
