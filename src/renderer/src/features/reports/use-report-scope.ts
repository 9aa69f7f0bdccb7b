import { useMemo } from 'react'
import { todayInShop } from '@shared/domain/days'
import { presetRange } from '@shared/domain/report-range'
import type { ReportScope } from '../../data/repositories/reports'
import { useReportFilterStore } from './report-filter-store'

/** The period and staff member chosen, as of `now` (the day a preset like "this month" is counted from). */
export function useReportScope(now: Date): ReportScope {
  const preset = useReportFilterStore((state) => state.preset)
  const customRange = useReportFilterStore((state) => state.customRange)
  const staffId = useReportFilterStore((state) => state.staffId)
  const today = todayInShop(now)
  return useMemo(() => {
    const range = preset === 'custom' ? (customRange ?? presetRange('this-month', today)) : presetRange(preset, today)
    return { range, staffId }
  }, [preset, customRange, staffId, today])
}
