// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { CareQueueSection } from '@shared/domain/care-rules'
import { DEFAULT_CARE_SETTINGS } from '@shared/domain/care-settings'
import type { ImportantDate } from '@shared/domain/customer'
import { useCareQueue } from '@renderer/data/hooks/use-care-queue'
import { acceptCareSuggestion } from '@renderer/data/repositories/care-queue'
import { customersRepository } from '@renderer/data/repositories/customers'
import { customerContent } from '../shared/customer-record-content'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()
afterEach(cleanup)

const desk = { staffId: 'desk-1' }
const settings = { ...DEFAULT_CARE_SETTINGS, festivals: [] }
const birthday = (day: number): ImportantDate => ({ id: 'b', kind: 'birthday', label: '', calendar: 'solar', year: null, month: 6, day, leapMonth: false })
const names = (sections: readonly CareQueueSection[]) =>
  sections.flatMap((section) => section.groups.flatMap((group) => group.suggestions.map((suggestion) => suggestion.customerName))).sort()

describe('useCareQueue', () => {
  it('waits for the settings, then reads every chunk and follows writes to one of them', async () => {
    for (let index = 0; index < 7; index++) {
      await customersRepository.create(customerContent(`客户${index}`, { importantDates: [birthday(11 + index)], lastContactAt: '2026-06-01T02:00:00.000Z' }), desk)
    }
    const { result, rerender } = renderHook(({ ready }) => useCareQueue('2026-06-10', ready ? settings : undefined, { chunkSize: 3 }), {
      initialProps: { ready: false }
    })
    expect(result.current.chunkCount).toBeNull()
    expect(result.current.chunksRead).toBe(0)
    rerender({ ready: true })
    await waitFor(() => expect(result.current.chunksRead).toBe(3))
    expect(result.current.chunkCount).toBe(3)
    expect(names(result.current.sections)).toEqual(['客户0', '客户1', '客户2', '客户3', '客户4', '客户5', '客户6'])
    expect(result.current.tally.customers).toBe(7)

    const suggestion = result.current.sections.flatMap((section) => section.groups.flatMap((group) => group.suggestions)).find((s) => s.customerName === '客户4')
    if (suggestion === undefined) throw new Error('no suggestion')
    await acceptCareSuggestion(suggestion, { purpose: '生日问候', now: new Date('2026-06-10T00:00:00.000Z') }, desk)
    await waitFor(() => expect(names(result.current.sections)).not.toContain('客户4'))
    expect(names(result.current.sections)).toHaveLength(6)
  })

  it('starts again for another day, without showing the last day’s results', async () => {
    await customersRepository.create(customerContent('张伟', { importantDates: [birthday(13)], lastContactAt: '2026-06-01T02:00:00.000Z' }), desk)
    const { result, rerender } = renderHook(({ today }) => useCareQueue(today, settings), { initialProps: { today: '2026-06-10' } })
    await waitFor(() => expect(names(result.current.sections)).toEqual(['张伟']))
    rerender({ today: '2026-06-25' })
    expect(names(result.current.sections)).toEqual([])
    await waitFor(() => expect(result.current.chunksRead).toBe(1))
    expect(names(result.current.sections)).toEqual([])
  })
})
