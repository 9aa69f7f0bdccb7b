import { ulid } from 'ulid'
import type { ClockState } from '@shared/domain/clock'
import { db } from '../db'

export const FIRST_RUN_CHOICES = ['demo', 'empty'] as const
export type FirstRunChoice = (typeof FIRST_RUN_CHOICES)[number]

/** Everything the meta table may hold, by key. */
export interface MetaValues {
  /** Made once per database (ULID); stamped on every record this installation writes. */
  readonly deviceId: string
  /** The hybrid logical clock's last state (see @shared/domain/clock). */
  readonly clock: ClockState
  readonly firstRunChoice: FirstRunChoice
  /** When this installation last exported its work for a hand-over (ISO instant). */
  readonly lastHandOverAt: string
}
export type MetaKey = keyof MetaValues

const isString = (value: unknown): value is string => typeof value === 'string'

/* Meta values come back from storage as `unknown`: each is checked before it is trusted. */
const metaGuards: { readonly [K in MetaKey]: (value: unknown) => value is MetaValues[K] } = {
  deviceId: isString,
  clock: (value): value is ClockState =>
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'millis') === 'number' &&
    typeof Reflect.get(value, 'counter') === 'number',
  firstRunChoice: (value): value is FirstRunChoice => FIRST_RUN_CHOICES.some((choice) => choice === value),
  lastHandOverAt: isString
}

/** The stored value, or null when it is absent or not of the expected shape. */
export async function getMeta<K extends MetaKey>(key: K): Promise<MetaValues[K] | null> {
  const row = await db.meta.get(key)
  const isValid = metaGuards[key]
  return row !== undefined && isValid(row.value) ? row.value : null
}

export async function setMeta<K extends MetaKey>(key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value })
}

/** This installation's device id, made on first use and kept for the life of the database. */
export function getDeviceId(): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await getMeta('deviceId')
    if (existing !== null) return existing
    const created = ulid()
    await setMeta('deviceId', created)
    return created
  })
}
