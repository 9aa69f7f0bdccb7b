import { describe, expect, it } from 'vitest'
import { emptyCustomerDraft, readCustomerDraft, type CustomerDraft } from '@renderer/features/customers/customer-draft'
import { readProductDraft, emptyProductDraft } from '@renderer/features/customers/product-draft'
import { instantOfChosenDay } from '@renderer/features/customers/local-date-input'

const now = new Date('2026-11-24T02:00:00Z')
const context = { existing: null, suggestedTier: null, staffId: 'staff-1', now }
const draft = (patch: Partial<CustomerDraft>): CustomerDraft => ({ ...emptyCustomerDraft('staff-1'), name: '张伟', ...patch })

describe('reading the customer form', () => {
  it('saves a normalised mobile and keeps what was typed', () => {
    const result = readCustomerDraft(draft({ phones: ['+86 139-1234-5678'] }), context)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.input.phones).toEqual([{ raw: '+86 139-1234-5678', normalized: '13912345678', kind: 'mobile' }])
    expect(result.input.ownerId).toBe('staff-1')
  })

  it('refuses a missing name and a phone without digits, naming each field', () => {
    const result = readCustomerDraft(draft({ name: '  ', phones: ['没有'] }), context)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((error) => [error.field, error.key])).toEqual([
      ['name', 'customers.errors.nameRequired'],
      ['phone-0', 'customers.errors.phoneNoDigits']
    ])
  })

  it('accepts an unusual number with a warning, unchanged', () => {
    const result = readCustomerDraft(draft({ phones: ['+44 20 7946 0958'] }), context)
    expect(result.ok).toBe(true)
    expect(result.warnings.map((warning) => warning.key)).toEqual(['customers.errors.phoneWarning'])
    if (result.ok) expect(result.input.phones[0]?.raw).toBe('+44 20 7946 0958')
  })

  it('refuses the same number twice in one record', () => {
    const result = readCustomerDraft(draft({ phones: ['13912345678', '139 1234 5678'] }), context)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]?.field).toBe('phone-1')
  })

  it('refuses an impossible date and says which rule it broke', () => {
    const dates = [{ id: 'd1', kind: 'birthday' as const, label: '', calendar: 'solar' as const, year: '', month: '2', day: '30', leapMonth: false }]
    const result = readCustomerDraft(draft({ importantDates: dates }), context)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]?.dateProblem).toBe('impossible-date')
  })

  it('splits tags on Chinese and Latin separators and drops repeats', () => {
    const result = readCustomerDraft(draft({ tagsText: '老客户，延保、老客户, VIP' }), context)
    expect(result.ok && result.input.tags).toEqual(['老客户', '延保', 'VIP'])
  })
})

describe('reading the product form', () => {
  it('keeps unknown dates as null instead of guessing', () => {
    const result = readProductDraft({ ...emptyProductDraft, product: '空调' }, 'c1')
    expect(result).toEqual({
      ok: true,
      content: expect.objectContaining({ product: '空调', purchaseDate: null, warrantyEnd: null, maintenanceIntervalMonths: null })
    })
  })

  it('refuses a warranty ending before the purchase, a bad interval and a missing name', () => {
    const result = readProductDraft(
      { ...emptyProductDraft, purchaseDate: '2026-05-01', warrantyEnd: '2026-04-01', maintenanceIntervalMonths: '0' },
      'c1'
    )
    expect(result).toEqual({ ok: false, problems: ['productRequired', 'warrantyBeforePurchase', 'badInterval'] })
  })
})

describe('the instant of a day chosen in a form', () => {
  it('is now for today, so a purchase made this morning is not in the future', () => {
    const now = new Date(2026, 10, 25, 0, 5)
    expect(instantOfChosenDay('2026-11-25', now)).toBe(now)
  })

  it('is local noon for another day', () => {
    const now = new Date(2026, 10, 25, 0, 5)
    expect(instantOfChosenDay('2026-11-20', now)).toEqual(new Date(2026, 10, 20, 12, 0))
  })
})
