import type { CareDecision, CareTask } from '../domain/care-task'
import type { Complaint } from '../domain/complaint'
import type { Customer, Tier } from '../domain/customer'
import type { Interaction } from '../domain/interaction'
import type { OwnedProduct } from '../domain/owned-product'
import type { PhraseHit } from '../domain/phrase-hit'
import { RECORD_META_KEYS, type SyncedRecord } from '../domain/record'
import type { Staff } from '../domain/staff'
import { iso, type SlotBook } from './demo-calendar'
import type { Random } from './random'

/** A generated shop: fully stamped records, table by table, ready to be stored as they are. */
export interface DemoShop {
  readonly staff: readonly Staff[]
  readonly customers: readonly Customer[]
  readonly ownedProducts: readonly OwnedProduct[]
  readonly interactions: readonly Interaction[]
  readonly complaints: readonly Complaint[]
  readonly careTasks: readonly CareTask[]
  readonly careDecisions: readonly CareDecision[]
  readonly phraseHits: readonly PhraseHit[]
}

export type DemoTable = keyof DemoShop

/** The tables while they are being filled. */
export type DemoOutput = { readonly [K in DemoTable]: DemoShop[K][number][] }

/** A product the customer owns and what it cost; `boughtAt` is null when the purchase date is unknown. */
export interface ProductSale {
  readonly product: OwnedProduct
  readonly price: number
  readonly boughtAt: number | null
  /** The day of the last maintenance (before today), or null: the care part books that visit. */
  readonly maintainedAt: number | null
}

/** What the parts of the generator need to know about the customer being made. */
export interface CustomerSketch {
  readonly id: string
  readonly createdAt: number
  readonly tier: Tier
  readonly stage: 'current' | 'prospect'
  readonly ownerId: string | null
  /** Who typed the record in: the owner, or the manager for customers nobody owns. */
  readonly enteredBy: string
  /** Start of the history generated for this customer: a year ago, or when they became a customer. */
  readonly historyFrom: number
  /** A solar birthday, for birthday greetings; null when unknown or lunar. */
  readonly birthday: { readonly month: number; readonly day: number } | null
}

/** What every part of the generator shares while it runs. */
export interface DemoContext {
  /** Picks the content. Ids come from a separate stream, so the content does not depend on the device. */
  readonly random: Random
  readonly nowMillis: number
  /** Staff who take on customers and tasks now; indices match the slot book's. */
  readonly activeStaff: readonly Staff[]
  readonly manager: Staff
  newId(millis: number): string
  /** Metadata of a demo record: written on this device at `now`, every field with the same clock stamp. */
  meta: MetaStamper
  /** A slot on `day` for `minutes`, with the preferred member of staff if they are free. */
  book(day: number, preferredStaff: string | null, minutes: number): StaffBooking
  readonly out: DemoOutput
}

const META_KEYS: ReadonlySet<string> = new Set(RECORD_META_KEYS)

export interface RecordTimes {
  readonly id: string
  readonly createdAt: number
  readonly updatedAt: number
  readonly updatedBy: string
}

/**
 * Turns freshly built content into a stored record by adding the metadata to it in place
 * (the content object is the generator's own and used nowhere else): copying hundreds
 * of thousands of records would double the garbage the generator leaves.
 */
export type MetaStamper = <C extends object>(
  table: DemoTable,
  content: C,
  times: RecordTimes
) => C & SyncedRecord

export function createMetaStamper(deviceId: string, clock: string): MetaStamper {
  // Every record of a table has the same fields and the same stamp, so one frozen
  // fieldClocks object per table serves them all.
  const fieldClocksByTable = new Map<DemoTable, Readonly<Record<string, string>>>()
  return (table, content, { id, createdAt, updatedAt, updatedBy }) => {
    let fieldClocks = fieldClocksByTable.get(table)
    if (fieldClocks === undefined) {
      const fields = Object.keys(content).filter((key) => !META_KEYS.has(key))
      fieldClocks = Object.freeze(Object.fromEntries(fields.map((field) => [field, clock])))
      fieldClocksByTable.set(table, fieldClocks)
    }
    const created = iso(createdAt)
    const meta: SyncedRecord = {
      id,
      createdAt: created,
      updatedAt: updatedAt === createdAt ? created : iso(updatedAt),
      updatedBy,
      deviceId,
      clock,
      fieldClocks,
      deletedAt: null
    }
    return Object.assign(content, meta)
  }
}

export interface StaffBooking {
  readonly staffId: string | null
  readonly startAt: number
}

export function createBooker(random: Random, activeStaff: readonly Staff[], bookSlot: SlotBook): DemoContext['book'] {
  return (day, preferredStaff, minutes) => {
    const preferred = activeStaff.findIndex((member) => member.id === preferredStaff)
    const booking = bookSlot(random, day, preferred < 0 ? null : preferred, minutes)
    return {
      staffId: booking.staffIndex === null ? null : (activeStaff[booking.staffIndex]?.id ?? null),
      startAt: booking.startAt
    }
  }
}
