import { describe, expect, it } from 'vitest'
import { formatDeadlineTime, formatLateness, formatRowDateTime } from '@renderer/features/complaints/complaint-list-format'

describe('the list’s compact formats', () => {
  it('says how late in each language’s own words', () => {
    expect(formatLateness({ unit: 'hour', count: 3 }, 'zh-CN')).toBe('3小时')
    expect(formatLateness({ unit: 'day', count: 124 }, 'zh-CN')).toBe('124天')
    expect(formatLateness({ unit: 'hour', count: 1 }, 'en')).toBe('1 hour')
    expect(formatLateness({ unit: 'day', count: 2 }, 'en')).toBe('2 days')
  })

  it('gives rows digits only, on a 24-hour clock, and deadlines without the year', () => {
    const at = new Date(2026, 6, 20, 14, 5).toISOString()
    expect(formatRowDateTime(at, 'zh-CN')).toBe('2026/07/20 14:05')
    expect(formatRowDateTime(at, 'en')).toBe('07/20/2026, 14:05')
    expect(formatDeadlineTime(at, 'zh-CN')).toBe('07/20 14:05')
  })
})
