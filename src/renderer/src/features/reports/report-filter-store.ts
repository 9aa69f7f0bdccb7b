/*
 * The reports' scope (period and staff member) and paper orientation, while the app is open:
 * moving from the dashboard to a report and between reports keeps what was chosen. Not
 * persisted: a report opened tomorrow should start from "the last 90 days" as of tomorrow, not
 * from yesterday's custom dates.
 */
import { create } from 'zustand'
import type { ReportRange, ReportRangePreset } from '@shared/domain/report-range'

export type PaperOrientation = 'portrait' | 'landscape'

interface ReportFilterState {
  readonly preset: ReportRangePreset
  /** The days of the 'custom' preset; null until some were chosen. */
  readonly customRange: ReportRange | null
  /** Null: everyone. */
  readonly staffId: string | null
  /** Orientations chosen for reports, by report id; a report not listed prints in its own default. */
  readonly orientations: Readonly<Record<string, PaperOrientation>>
  choosePreset(preset: ReportRangePreset, current: ReportRange): void
  chooseCustomRange(range: ReportRange): void
  chooseStaff(staffId: string | null): void
  chooseOrientation(reportId: string, orientation: PaperOrientation): void
}

/** A rolling quarter: never empty on the first of a month, as "this month" would be. */
export const DEFAULT_REPORT_PRESET: ReportRangePreset = 'last-90-days'

export const useReportFilterStore = create<ReportFilterState>()((set) => ({
  preset: DEFAULT_REPORT_PRESET,
  customRange: null,
  staffId: null,
  orientations: {},
  // Switching to 'custom' starts from the days on screen, so the date fields are never blank.
  choosePreset: (preset, current) => set((state) => ({ preset, customRange: preset === 'custom' ? (state.customRange ?? current) : state.customRange })),
  chooseCustomRange: (customRange) => set({ preset: 'custom', customRange }),
  chooseStaff: (staffId) => set({ staffId }),
  chooseOrientation: (reportId, orientation) => set((state) => ({ orientations: { ...state.orientations, [reportId]: orientation } }))
}))
