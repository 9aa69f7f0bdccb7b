/**
 * A hybrid logical clock. Stamps sort as plain strings, so "newer wins" is a string
 * comparison, and two devices whose wall clocks disagree still order their edits
 * consistently: a stamp is never lower than any stamp the device has already seen.
 *
 * Format: `<ms since epoch, 13 digits>-<counter, 4 digits>-<device id>`.
 */
export interface ClockState {
  readonly millis: number
  readonly counter: number
}

export const ZERO_CLOCK: ClockState = { millis: 0, counter: 0 }

const MAX_COUNTER = 9999

export function formatStamp(state: ClockState, deviceId: string): string {
  return `${String(state.millis).padStart(13, '0')}-${String(state.counter).padStart(4, '0')}-${deviceId}`
}

export function parseStamp(stamp: string): ClockState & { readonly deviceId: string } {
  const match = /^(\d{13})-(\d{4})-(.+)$/.exec(stamp)
  if (!match) throw new Error(`Not a clock stamp: ${stamp}`)
  return { millis: Number(match[1]), counter: Number(match[2]), deviceId: match[3] ?? '' }
}

/** The next local stamp: wall time when it moved on, otherwise the last time with a higher counter. */
export function tick(last: ClockState, nowMillis: number): ClockState {
  if (nowMillis > last.millis) return { millis: nowMillis, counter: 0 }
  if (last.counter < MAX_COUNTER) return { millis: last.millis, counter: last.counter + 1 }
  return { millis: last.millis + 1, counter: 0 }
}

/** After seeing a stamp from elsewhere (a merge), move past it so later local edits sort after it. */
export function observe(last: ClockState, seen: ClockState, nowMillis: number): ClockState {
  const newest = [last, seen].reduce((a, b) => (compareStates(a, b) >= 0 ? a : b))
  return tick(newest, nowMillis)
}

function compareStates(a: ClockState, b: ClockState): number {
  return a.millis - b.millis || a.counter - b.counter
}
