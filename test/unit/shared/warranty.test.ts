import { describe, expect, it } from 'vitest'
import { nextMaintenanceDue, warrantyStatus } from '@shared/domain/warranty'

describe('warrantyStatus', () => {
  const today = '2026-03-09'
  const status = (warrantyEnd: string | null, within?: number) => warrantyStatus({ warrantyEnd }, today, within)

  it('is valid until the last 30 days, expiring in them, expired after the end day', () => {
    expect(status('2027-01-01')).toBe('valid')
    expect(status('2026-04-09')).toBe('valid')
    expect(status('2026-04-08')).toBe('expiring')
    expect(status('2026-03-10')).toBe('expiring')
    expect(status('2026-03-08')).toBe('expired')
    expect(status('2020-01-01')).toBe('expired')
  })

  it('still covers the end day itself', () => {
    expect(status(today)).toBe('expiring')
    expect(status(today, 0)).toBe('expiring')
    expect(status('2026-03-10', 0)).toBe('valid')
  })

  it('takes the warning period it is given', () => {
    expect(status('2026-06-01', 90)).toBe('expiring')
    expect(status('2026-06-01', 7)).toBe('valid')
  })

  it('is unknown without a readable end date', () => {
    expect(status(null)).toBe('unknown')
    expect(status('')).toBe('unknown')
    expect(status('2026-02-30')).toBe('unknown')
    expect(status('31/12/2026')).toBe('unknown')
  })
})

describe('nextMaintenanceDue', () => {
  const product = (
    purchaseDate: string | null,
    lastMaintenanceDate: string | null,
    maintenanceIntervalMonths: number | null
  ) => ({ purchaseDate, lastMaintenanceDate, maintenanceIntervalMonths })

  it('counts the interval from the last maintenance', () => {
    expect(nextMaintenanceDue(product('2024-05-10', '2025-11-20', 6))).toBe('2026-05-20')
  })

  it('counts from the purchase when there has been no maintenance', () => {
    expect(nextMaintenanceDue(product('2025-11-20', null, 3))).toBe('2026-02-20')
    expect(nextMaintenanceDue(product('2025-01-15', null, 24))).toBe('2027-01-15')
  })

  it("clamps to the month's last day", () => {
    expect(nextMaintenanceDue(product('2025-01-31', null, 1))).toBe('2025-02-28')
    expect(nextMaintenanceDue(product('2024-01-31', null, 1))).toBe('2024-02-29')
    expect(nextMaintenanceDue(product(null, '2025-08-31', 6))).toBe('2026-02-28')
    expect(nextMaintenanceDue(product('2024-02-29', null, 12))).toBe('2025-02-28')
  })

  it('is null rather than a guess when something is missing or unreadable', () => {
    expect(nextMaintenanceDue(product(null, null, 6))).toBeNull()
    expect(nextMaintenanceDue(product('2025-01-01', null, null))).toBeNull()
    expect(nextMaintenanceDue(product('2025-01-01', null, 0))).toBeNull()
    expect(nextMaintenanceDue(product('2025-01-01', null, -6))).toBeNull()
    expect(nextMaintenanceDue(product('2025-01-01', null, 1.5))).toBeNull()
    // A last maintenance that cannot be read is not replaced by the purchase date.
    expect(nextMaintenanceDue(product('2025-01-01', 'last spring', 6))).toBeNull()
  })
})
