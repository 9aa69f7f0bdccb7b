import { describe, expect, it } from 'vitest'
import type { CallOutcome, InteractionKind } from '@shared/domain/interaction'
import { countsAsContact, latestContactAt, noContactCutoff } from '@shared/domain/last-contact'

const at = (kind: InteractionKind, occurredAt: string, deletedAt: string | null = null, callOutcome: CallOutcome | null = null) => ({
  kind,
  occurredAt,
  deletedAt,
  callOutcome
})

describe('countsAsContact', () => {
  it('counts calls that reached the customer (or have no outcome), visits and purchases', () => {
    expect(countsAsContact({ kind: 'visit', callOutcome: null })).toBe(true)
    expect(countsAsContact({ kind: 'purchase', callOutcome: null })).toBe(true)
    expect(countsAsContact({ kind: 'call', callOutcome: null })).toBe(true)
    for (const outcome of ['reached', 'call-back', 'declined'] as const) {
      expect(countsAsContact({ kind: 'call', callOutcome: outcome }), outcome).toBe(true)
    }
  })

  it('does not count messages, notes, or calls that never reached anyone', () => {
    expect(countsAsContact({ kind: 'message', callOutcome: null })).toBe(false)
    expect(countsAsContact({ kind: 'note', callOutcome: null })).toBe(false)
    expect(countsAsContact({ kind: 'call', callOutcome: 'no-answer' })).toBe(false)
    expect(countsAsContact({ kind: 'call', callOutcome: 'wrong-number' })).toBe(false)
  })
})

describe('latestContactAt', () => {
  it('is the newest live call, visit or purchase', () => {
    expect(
      latestContactAt([
        at('call', '2025-01-01T00:00:00.000Z'),
        at('purchase', '2025-02-01T00:00:00.000Z'),
        at('message', '2025-04-01T00:00:00.000Z'),
        at('note', '2025-05-01T00:00:00.000Z'),
        at('visit', '2025-06-01T00:00:00.000Z', '2025-06-02T00:00:00.000Z')
      ])
    ).toBe('2025-02-01T00:00:00.000Z')
  })

  it('skips calls nobody answered', () => {
    expect(
      latestContactAt([
        at('call', '2025-01-01T00:00:00.000Z', null, 'reached'),
        at('call', '2025-03-01T00:00:00.000Z', null, 'no-answer'),
        at('call', '2025-04-01T00:00:00.000Z', null, 'wrong-number')
      ])
    ).toBe('2025-01-01T00:00:00.000Z')
  })

  it('is null without any contact', () => {
    expect(latestContactAt([at('message', '2025-04-01T00:00:00.000Z')])).toBeNull()
    expect(latestContactAt([at('call', '2025-04-01T00:00:00.000Z', null, 'no-answer')])).toBeNull()
    expect(latestContactAt([])).toBeNull()
  })
})

describe('noContactCutoff', () => {
  it('is the instant the given number of days before now', () => {
    expect(noContactCutoff(new Date('2025-06-15T04:00:00.000Z'), 30)).toBe('2025-05-16T04:00:00.000Z')
    expect(noContactCutoff(new Date('2025-06-15T04:00:00.000Z'), 0)).toBe('2025-06-15T04:00:00.000Z')
  })
})
