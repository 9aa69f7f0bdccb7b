// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupI18n } from '@renderer/app/i18n'
import { en } from '@renderer/locales/en'
import { zhCN } from '@renderer/locales/zh-CN'
import { useSessionStore } from '@renderer/session/session-store'
import { useSheetExportWords } from '@renderer/ui/use-sheet-export-words'

beforeAll(() => {
  setupI18n()
})

describe('the sheets’ words', () => {
  it('are the sheets’ own headers and the words the screens show, in the screen’s language', async () => {
    await act(async () => useSessionStore.getState().setLanguage('zh-CN'))
    const { result, rerender } = renderHook(() => useSheetExportWords())
    expect(result.current.complaints.headers).toEqual(zhCN.spreadsheetExport.headers.complaints)
    expect(result.current.complaints.statuses).toEqual(zhCN.complaints.statuses)
    expect(result.current.complaints.categories).toEqual(zhCN.complaints.categories)
    expect(result.current.tasks.methods).toEqual(zhCN.calendar.methods)
    expect(result.current.tasks.repeats).toEqual({ weekly: '每周', monthly: '每月', yearly: '每年', 'nth-weekday': '每月第几个星期几' })
    expect(result.current.interactions.kinds).toEqual({ call: '电话', visit: '拜访', message: '消息', purchase: '购买', note: '备注' })
    expect(result.current.interactions.callOutcomes).toEqual(zhCN.customers.callOutcomes)

    await act(async () => useSessionStore.getState().setLanguage('en'))
    rerender()
    expect(result.current.complaints.headers.number).toBe(en.spreadsheetExport.headers.complaints.number)
    expect(result.current.tasks.yes).toBe('Yes')
    await act(async () => useSessionStore.getState().setLanguage('zh-CN'))
  })
})
