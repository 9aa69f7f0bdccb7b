import { describe, expect, it } from 'vitest'
import type { InteractionKind } from '@shared/domain/interaction'
import { latestContactAt } from '@shared/domain/last-contact'

const at = (kind: InteractionKind, occurredAt: string, deletedAt: string | null = null) => ({ kind, occurredAt, deletedAt })

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

  it('is null without any contact', () => {
    expect(latestContactAt([at('message', '2025-04-01T00:00:00.000Z')])).toBeNull()
    expect(latestContactAt([])).toBeNull()
  })
})
