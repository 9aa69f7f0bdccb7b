import { describe, expect, it } from 'vitest'
import { careSettingsProblems, DEFAULT_CARE_SETTINGS, isValidCareSettings, orderedFestivals } from '@shared/domain/care-settings'

describe('care settings', () => {
  it('accepts the defaults, and rejects what is not a setting at all', () => {
    expect(isValidCareSettings(DEFAULT_CARE_SETTINGS)).toBe(true)
    for (const value of [null, undefined, 'x', 7, [], {}]) expect(isValidCareSettings(value)).toBe(false)
  })

  it('says which number is wrong and what it may be', () => {
    const problems = careSettingsProblems({
      ...DEFAULT_CARE_SETTINGS,
      leadDays: { ...DEFAULT_CARE_SETTINGS.leadDays, birthday: 2.5, warranty: 400 },
      overdueDays: Number.NaN
    })
    expect(problems).toEqual([
      { field: 'leadDays.birthday', kind: 'not-a-whole-number', min: 0, max: 180 },
      { field: 'leadDays.warranty', kind: 'out-of-range', min: 0, max: 180 },
      { field: 'overdueDays', kind: 'not-a-whole-number', min: 0, max: 60 }
    ])
  })

  it('wants better tiers called no later than lesser ones', () => {
    expect(careSettingsProblems({ ...DEFAULT_CARE_SETTINGS, noContactDays: { A: 90, B: 60, C: 180, D: 365 } })).toEqual([
      { field: 'noContactDays.B', kind: 'tiers-out-of-order' }
    ])
    expect(isValidCareSettings({ ...DEFAULT_CARE_SETTINGS, noContactDays: { A: 90, B: 90, C: 90, D: 90 } })).toBe(true)
    expect(careSettingsProblems({ ...DEFAULT_CARE_SETTINGS, noContactDays: { A: 0, B: 60, C: 180, D: 365 } })).toEqual([
      { field: 'noContactDays.A', kind: 'out-of-range', min: 1, max: 3650 }
    ])
  })

  it('knows its festivals and tiers, and allows none of either', () => {
    expect(careSettingsProblems({ ...DEFAULT_CARE_SETTINGS, festivals: ['christmas'], festivalTiers: ['E'] })).toEqual([
      { field: 'festivals', kind: 'unknown-value' },
      { field: 'festivalTiers', kind: 'unknown-value' }
    ])
    expect(isValidCareSettings({ ...DEFAULT_CARE_SETTINGS, festivals: [], festivalTiers: [] })).toBe(true)
    expect(orderedFestivals(['mid-autumn', 'spring-festival'])).toEqual(['spring-festival', 'mid-autumn'])
  })
})
