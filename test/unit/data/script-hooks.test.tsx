// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { seededScriptId } from '@shared/scripts/default-library'
import { useNeverSayRules } from '@renderer/data/hooks/use-never-say-rules'
import { useScripts } from '@renderer/data/hooks/use-scripts'
import { useSuggestedScripts } from '@renderer/data/hooks/use-suggested-scripts'
import { retireScript, updateScript } from '@renderer/data/repositories/scripts'
import { seedScriptLibrary } from '@renderer/data/script-library'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()
afterEach(cleanup)

const manager = { staffId: 'manager-1' }
const COMPANY_POLICY = seededScriptId('never-say.company-policy.zh-CN')
const LISTEN_GREETING = seededScriptId('say.listen.any.any.1.zh-CN')

describe('script hooks', () => {
  it('useNeverSayRules keeps the same array while the rules are unchanged, and follows a change to them', async () => {
    await seedScriptLibrary()
    const { result } = renderHook(() => useNeverSayRules('zh-CN'))
    await waitFor(() => expect(result.current?.map((rule) => rule.id)).toContain(COMPANY_POLICY))
    const first = result.current

    await updateScript(LISTEN_GREETING, { text: '您好，请坐，慢慢说。' }, manager)
    // Let the live query re-run on the edit before looking.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(result.current).toBe(first)

    await retireScript(COMPANY_POLICY, manager)
    await waitFor(() => expect(result.current?.map((rule) => rule.id)).not.toContain(COMPANY_POLICY))
  })

  it('useScripts re-queries when a filter value changes, not for a new but equal filter', async () => {
    await seedScriptLibrary()
    const { result, rerender } = renderHook(({ text }) => useScripts({ locale: 'zh-CN', text }), { initialProps: { text: '公司的规定' } })
    await waitFor(() => expect(result.current?.map((script) => script.id)).toEqual([COMPANY_POLICY]))
    const first = result.current
    rerender({ text: '公司的规定' })
    expect(result.current).toBe(first)
    rerender({ text: '消协' })
    await waitFor(() => expect(result.current?.map((script) => script.id)).toEqual([seededScriptId('never-say.go-to-the-consumer-association.zh-CN')]))
  })

  it('useSuggestedScripts follows the wizard’s step', async () => {
    await seedScriptLibrary()
    const { result, rerender } = renderHook(({ step }) => useSuggestedScripts({ locale: 'en', step, category: '', personality: '' }, 1), {
      initialProps: { step: 'listen' }
    })
    await waitFor(() => expect(result.current?.map((script) => script.id)).toEqual([seededScriptId('say.listen.any.any.1.en')]))
    rerender({ step: 'follow-up' })
    await waitFor(() => expect(result.current?.map((script) => script.id)).toEqual([seededScriptId('say.follow-up.any.any.1.en')]))
  })
})
