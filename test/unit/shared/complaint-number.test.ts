import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  complaintNumberPrefix,
  complaintNumberSuffix,
  formatComplaintNumber,
  nextSequence,
  parseComplaintNumber
} from '@shared/domain/complaint-number'

const DEVICE = '01JD7Y8ZQ4M6T3V9XK2B5N7K3F'

const dateArbitrary = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))

const sequenceArbitrary = fc.integer({ min: 1, max: 99_999 })

const deviceIdArbitrary = fc.oneof(fc.ulid(), fc.uuid(), fc.string({ minLength: 1 }))

describe('formatComplaintNumber', () => {
  it('writes TS, the date, a four-digit count and the device suffix', () => {
    expect(formatComplaintNumber({ date: '2026-11-22', sequence: 1, deviceId: DEVICE })).toBe('TS-20261122-0001-2089')
    expect(formatComplaintNumber({ date: '2026-01-05', sequence: 42, deviceId: 'device-1' })).toBe('TS-20260105-0042-3MRD')
  })

  it('grows a digit past 9,999 rather than wrap onto an earlier number', () => {
    expect(formatComplaintNumber({ date: '2026-11-22', sequence: 10_000, deviceId: DEVICE })).toBe('TS-20261122-10000-2089')
  })

  it('refuses a malformed date, a count below 1 or a fraction, and an empty device id', () => {
    for (const date of ['2026-02-30', '20261122', '']) {
      expect(() => formatComplaintNumber({ date, sequence: 1, deviceId: DEVICE }), date).toThrow(RangeError)
    }
    for (const sequence of [0, -1, 1.5, Number.NaN]) {
      expect(() => formatComplaintNumber({ date: '2026-11-22', sequence, deviceId: DEVICE }), String(sequence)).toThrow(RangeError)
    }
    expect(() => formatComplaintNumber({ date: '2026-11-22', sequence: 1, deviceId: '' })).toThrow(RangeError)
  })
})

describe('complaintNumberPrefix', () => {
  it('is how every number of the day begins, whatever the device and count', () => {
    expect(complaintNumberPrefix('2026-11-22')).toBe('TS-20261122-')
    fc.assert(
      fc.property(dateArbitrary, sequenceArbitrary, deviceIdArbitrary, (date, sequence, deviceId) =>
        formatComplaintNumber({ date, sequence, deviceId }).startsWith(complaintNumberPrefix(date))
      )
    )
  })

  it('refuses a malformed date', () => {
    expect(() => complaintNumberPrefix('2026-02-30')).toThrow(RangeError)
  })
})

describe('complaintNumberSuffix', () => {
  it('is four Crockford base32 characters, the same every time for a device', () => {
    fc.assert(
      fc.property(deviceIdArbitrary, (deviceId) => {
        const suffix = complaintNumberSuffix(deviceId)
        expect(suffix).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/)
        expect(complaintNumberSuffix(deviceId)).toBe(suffix)
      })
    )
  })

  it('comes from the whole id, not its last characters', () => {
    // Two ULIDs with the same tail: taking the last four characters would give both 7K3F.
    expect(complaintNumberSuffix(DEVICE)).not.toBe(complaintNumberSuffix(DEVICE.replace(/^0/, '1')))
    expect(complaintNumberSuffix('device-1')).not.toBe(complaintNumberSuffix('device-2'))
  })

  it('spreads devices over the suffixes as evenly as chance would', () => {
    // Four characters hold 2^20 values, so n devices share suffixes in about n(n−1)/2 / 2^20
    // pairs: 8 for 4,096 devices. A hash that ignored part of the id, or used only a few of
    // the values, would give hundreds. Fixed inputs keep the count the same on every run.
    const collidingPairs = (deviceIds: readonly string[]): number => {
      const counts = new Map<string, number>()
      let pairs = 0
      for (const deviceId of deviceIds) {
        const suffix = complaintNumberSuffix(deviceId)
        const seen = counts.get(suffix) ?? 0
        pairs += seen
        counts.set(suffix, seen + 1)
      }
      return pairs
    }
    const randomUlids = fc.sample(fc.ulid(), { numRuns: 4096, seed: 20261122 })
    const numberedIds = Array.from({ length: 4096 }, (_, index) => `device-${index}`)
    expect(collidingPairs(randomUlids)).toBeLessThan(25)
    expect(collidingPairs(numberedIds)).toBeLessThan(25)
  })
})

describe('two devices', () => {
  it('never give the same number when their suffixes differ, whatever the day and count', () => {
    fc.assert(
      fc.property(deviceIdArbitrary, deviceIdArbitrary, dateArbitrary, sequenceArbitrary, (first, second, date, sequence) => {
        const numberOn = (deviceId: string) => formatComplaintNumber({ date, sequence, deviceId })
        expect(numberOn(first) === numberOn(second)).toBe(complaintNumberSuffix(first) === complaintNumberSuffix(second))
      })
    )
  })

  it('get different suffixes (a sample: the odds of a clash are about one in a million per pair)', () => {
    // A fixed seed, because "never" is a probability here, not a promise (see complaint-number.ts):
    // with random seeds this would fail for no fault of the code about once in 10,000 runs.
    fc.assert(
      fc.property(fc.uniqueArray(fc.ulid(), { minLength: 2, maxLength: 20 }), (deviceIds) => {
        expect(new Set(deviceIds.map(complaintNumberSuffix)).size).toBe(deviceIds.length)
      }),
      { seed: 20261122, numRuns: 200 }
    )
  })
})

describe('parseComplaintNumber', () => {
  it('reads back what formatComplaintNumber wrote', () => {
    fc.assert(
      fc.property(dateArbitrary, sequenceArbitrary, deviceIdArbitrary, (date, sequence, deviceId) => {
        const number = formatComplaintNumber({ date, sequence, deviceId })
        expect(parseComplaintNumber(number)).toEqual({ date, sequence, suffix: complaintNumberSuffix(deviceId) })
      })
    )
  })

  it('reads a typed number kindly: any case, spaces around, O, I and L for 0, 1 and 1', () => {
    const parts = { date: '2026-11-22', sequence: 7, suffix: '0115' }
    expect(parseComplaintNumber('TS-20261122-0007-0115')).toEqual(parts)
    expect(parseComplaintNumber('  ts-20261122-0007-oil5 ')).toEqual(parts)
    expect(parseComplaintNumber('TS-20261122-0007-OIL5')).toEqual(parts)
  })

  it('is null for anything that is not a complaint number', () => {
    const rejected = [
      '',
      'TS-20261122-0001',
      'TX-20261122-0001-2089',
      'TS-2026112-0001-2089',
      'TS-20260230-0001-2089',
      'TS-20261122-001-2089',
      'TS-20261122-00001-2089',
      'TS-20261122-0000-2089',
      'TS-20261122-0001-2U89',
      'TS-20261122-0001-208',
      'TS-20261122-0001-20899',
      'TS-20261122-0001-20-9',
      'TS 20261122 0001 2089',
      'TS-20261122-99999999999999999999-2089'
    ]
    for (const text of rejected) expect(parseComplaintNumber(text), text).toBeNull()
  })
})

describe('nextSequence', () => {
  const number = (sequence: number) => formatComplaintNumber({ date: '2026-11-22', sequence, deviceId: DEVICE })

  it('starts the day at 1', () => {
    expect(nextSequence([])).toBe(1)
  })

  it('goes one past the highest, never back into a gap', () => {
    expect(nextSequence([number(1), number(2), number(3)])).toBe(4)
    expect(nextSequence([number(5), number(1)])).toBe(6)
    expect(nextSequence([number(2), number(9_999)])).toBe(10_000)
    expect(nextSequence([number(10_000)])).toBe(10_001)
  })

  it('ignores text that is not a complaint number', () => {
    expect(nextSequence(['', 'TS-20261122-0009', number(3)])).toBe(4)
    expect(nextSequence(['not a number'])).toBe(1)
  })
})
