import { describe, expect, it } from 'vitest'
import { belongsOnDaySheet, compareByStart, followUpWording, shopDaysRange } from '@shared/domain/day-sheet'

describe('shopDaysRange', () => {
  it('runs from midnight to midnight in the shop, as UTC instants', () => {
    expect(shopDaysRange('2026-03-10', 1)).toEqual({ start: '2026-03-09T16:00:00.000Z', end: '2026-03-10T16:00:00.000Z' })
    expect(shopDaysRange('2026-12-31', 30)).toEqual({ start: '2026-12-30T16:00:00.000Z', end: '2027-01-29T16:00:00.000Z' })
  })

  it('is at least one day long', () => {
    expect(shopDaysRange('2026-03-10', 0).end).toBe('2026-03-10T16:00:00.000Z')
  })
})

describe('belongsOnDaySheet', () => {
  it('keeps planned, done and missed contacts, and leaves out cancelled and deleted ones', () => {
    expect(belongsOnDaySheet({ status: 'planned', deletedAt: null })).toBe(true)
    expect(belongsOnDaySheet({ status: 'done', deletedAt: null })).toBe(true)
    expect(belongsOnDaySheet({ status: 'missed', deletedAt: null })).toBe(true)
    expect(belongsOnDaySheet({ status: 'cancelled', deletedAt: null })).toBe(false)
    expect(belongsOnDaySheet({ status: 'planned', deletedAt: '2026-03-01T00:00:00.000Z' })).toBe(false)
  })
})

describe('compareByStart', () => {
  it('orders by start time, then by id', () => {
    const tasks = [
      { id: 'b', startAt: '2026-03-10T02:00:00.000Z' },
      { id: 'c', startAt: '2026-03-10T01:00:00.000Z' },
      { id: 'a', startAt: '2026-03-10T02:00:00.000Z' }
    ]
    expect([...tasks].sort(compareByStart).map((task) => task.id)).toEqual(['c', 'a', 'b'])
  })
})

describe('followUpWording', () => {
  const values = { customerName: '张伟', staffName: '王芳', shopName: '好邻居家电' }

  it('takes the first suggestion that fills in completely', () => {
    const wording = followUpWording(
      [{ text: '我们会在{{followUpDate}}给您打电话。' }, { text: '{{customerName}}，您好，我是{{shopName}}的{{staffName}}。' }],
      values
    )
    expect(wording).toEqual({ text: '张伟，您好，我是好邻居家电的王芳。', unresolved: [] })
  })

  it('falls back to the best suggestion with its gaps showing', () => {
    const wording = followUpWording([{ text: '{{customerName}}，我是{{staffName}}。' }, { text: '{{complaintNumber}} 已处理。' }], {
      customerName: '张伟'
    })
    expect(wording).toEqual({ text: '张伟，我是{{staffName}}。', unresolved: ['staffName'] })
  })

  it('is null when the library has nothing for the step', () => {
    expect(followUpWording([], values)).toBeNull()
  })
})
