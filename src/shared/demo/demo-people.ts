import type { Customer, PhoneNumber } from '../domain/customer'
import type { Staff, StaffRole } from '../domain/staff'
import { DAY_MS } from './demo-calendar'
import type { MetaStamper } from './demo-context'
import { weighted, type Random } from './random'
import {
  CITIES,
  COMPANY_WORDS,
  COMPOUNDS,
  CUSTOMER_TAGS,
  GIVEN_NAME_CHARACTERS,
  INDUSTRIES,
  MOBILE_PREFIXES,
  SURNAMES,
  type City
} from './vocabulary'

const pickSurname = weighted(SURNAMES)

/** A Chinese personal name of two or three characters. */
export function personName(random: Random): string {
  const surname = pickSurname(random)
  const givenLength = surname.length > 1 || random.chance(0.35) ? 1 : 2
  const characters = random.pick(GIVEN_NAME_CHARACTERS)
  let given = ''
  for (let index = 0; index < givenLength; index++) given += random.pick(characters)
  return surname + given
}

const digits = (random: Random, count: number): string => {
  let text = ''
  for (let index = 0; index < count; index++) text += String(random.int(0, 9))
  return text
}

export function mobilePhone(random: Random): PhoneNumber {
  const number = random.pick(MOBILE_PREFIXES) + digits(random, 8)
  const style = random.int(0, 2)
  // Written as typed: run together, or grouped 3-4-4 with spaces or dashes.
  const separator = style === 1 ? ' ' : '-'
  const raw = style === 0 ? number : [number.slice(0, 3), number.slice(3, 7), number.slice(7)].join(separator)
  return { raw, normalized: number, kind: 'mobile' }
}

/** A landline in the city: area code, then an eight-digit local number that does not start with 0 or 1. */
export function landline(random: Random, city: City): PhoneNumber {
  const local = String(random.int(2, 8)) + digits(random, 7)
  return { raw: `${city.areaCode}-${local}`, normalized: city.areaCode + local, kind: 'landline' }
}

export const pickCity = (random: Random): City => {
  const [home, ...elsewhere] = CITIES
  return home !== undefined && random.chance(0.75) ? home : random.pick(elsewhere)
}

export function address(random: Random, city: City): string {
  const building = random.int(1, 24)
  const room = random.int(1, 28) * 100 + random.int(1, 4)
  const street = `${random.pick(city.districts)}${random.pick(city.roads)}${random.int(1, 999)}号`
  return `${city.name}${street}${random.pick(COMPOUNDS)}${building}栋${room}室`
}

/** An organisation: its short name (how staff call it) and its registered company name. */
export function organisation(random: Random, city: City): { readonly name: string; readonly company: string } {
  const word = random.pick(COMPANY_WORDS)
  const [short, trade] = random.pick(INDUSTRIES)
  const cityName = city.name.replace('市', '')
  return { name: word + short, company: `${cityName}${word}${trade}有限公司` }
}

const pickTagCount = weighted<number>([[0, 45], [1, 35], [2, 15], [3, 5]])

export function tags(random: Random): readonly string[] {
  const count = pickTagCount(random)
  const chosen = new Set<string>()
  while (chosen.size < count) chosen.add(random.pick(CUSTOMER_TAGS))
  return [...chosen]
}

/**
 * Four to six staff with different names: a manager first, then clerks. With six, the
 * last has left (inactive): history still points at them, the switcher no longer lists them.
 */
export function makeStaff(
  random: Random,
  nowMillis: number,
  meta: MetaStamper,
  newId: (millis: number) => string
): readonly Staff[] {
  const count = random.int(4, 6)
  const names = new Set<string>()
  while (names.size < count) names.add(personName(random))
  return [...names].map((name, index) => {
    const joined = nowMillis - (3 * 365 - index * 60) * DAY_MS
    const id = newId(joined)
    const role: StaffRole = index === 0 ? 'manager' : 'clerk'
    const content = { name, role, active: !(count === 6 && index === count - 1) }
    return meta('staff', content, { id, createdAt: joined, updatedAt: joined, updatedBy: '' })
  })
}

export type PersonalFields = Pick<Customer, 'name' | 'kind' | 'company' | 'phones' | 'address'>

export function personalFields(random: Random): PersonalFields {
  const city = pickCity(random)
  if (random.chance(0.1)) {
    const { name, company } = organisation(random, city)
    const phones = random.chance(0.6) ? [landline(random, city), mobilePhone(random)] : [landline(random, city)]
    return { name, kind: 'organisation', company, phones, address: address(random, city) }
  }
  const phones = [mobilePhone(random)]
  if (random.chance(0.15)) phones.push(landline(random, city))
  else if (random.chance(0.05)) phones.push(mobilePhone(random))
  return {
    name: personName(random),
    kind: 'person',
    company: random.chance(0.15) ? organisation(random, city).company : '',
    phones,
    address: random.chance(0.92) ? address(random, city) : ''
  }
}
