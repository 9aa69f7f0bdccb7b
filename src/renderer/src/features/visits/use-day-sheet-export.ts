import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { belongsOnDaySheet, CALENDAR_EXPORT_DAYS } from '@shared/domain/day-sheet'
import { writeCalendar, type CalendarEvent } from '@shared/domain/ics'
import { listCalendarPlan, type CalendarPlanEntry } from '../../data/repositories/day-sheet'
import { platform } from '../../platform/bridge'
import { useSessionStore } from '../../session/session-store'
import { useToastStore } from '../../ui/toast-store'
import { fileNamePart } from '../../ui/file-name-part'
import { useDaySheetRowBuilder, type DaySheetRow, type DaySheetRowContext } from './day-sheet-rows'

export interface CalendarExportTarget extends DaySheetRowContext {
  /** null: everyone's contacts. */
  readonly staffId: string | null
  readonly staffLabel: string
  /** The first day exported, 'yyyy-mm-dd'. */
  readonly from: string
}

const ICS_FILTERS = [{ name: 'iCalendar', extensions: ['ics'] }]

/** What the phone shows under the event, in this order; empty ones are left out. */
const DESCRIPTION_LINES = ['purpose', 'phone', 'whatToSay', 'complaint', 'notes'] as const

const descriptionLines = (row: DaySheetRow): Readonly<Record<(typeof DESCRIPTION_LINES)[number], string>> => ({
  purpose: row.purpose,
  phone: row.phones,
  whatToSay: row.whatToSay,
  complaint: row.complaintNumber,
  notes: row.task.notes
})

/**
 * Saves the plan from the chosen day on as an .ics file for the staff member's phone. Read once
 * when asked, not kept live: a month of contacts is a file to write, not a view to keep current.
 */
export function useCalendarExport(target: CalendarExportTarget): { readonly exportCalendar: () => Promise<void>; readonly exporting: boolean } {
  const { t } = useTranslation()
  const locale = useSessionStore((state) => state.language)
  const buildRow = useDaySheetRowBuilder()
  const showToast = useToastStore((state) => state.show)
  const [exporting, setExporting] = useState(false)

  const eventOf = (entry: CalendarPlanEntry, context: DaySheetRowContext): CalendarEvent => {
    // The calendar writes each event's times itself (a series' from its rule): the row's time text goes unused.
    const row = buildRow({ ...entry, startAt: entry.task.startAt, endAt: entry.task.startAt }, context)
    const lines = descriptionLines(row)
    return {
      task: row.task,
      summary: t('daySheet.calendar.summary', { method: row.method, customer: row.customerName }),
      description: DESCRIPTION_LINES.filter((key) => lines[key].trim() !== '')
        .map((key) => t(`daySheet.calendar.${key}`, { text: lines[key] }))
        .join('\n'),
      location: row.address,
      skippedDates: entry.skippedDates
    }
  }

  const exportCalendar = async () => {
    const { staffId, staffLabel, from, staffNames, shopName } = target
    setExporting(true)
    try {
      const entries = await listCalendarPlan({ staffId, from, days: CALENDAR_EXPORT_DAYS, locale })
      // Cancelled contacts go too, marked CANCELLED, so a phone that imported one earlier takes it off; they are not counted.
      const planned = entries.filter((entry) => belongsOnDaySheet(entry.task)).length
      if (planned === 0) {
        showToast({ message: t('daySheet.exportEmpty', { date: from, days: CALENDAR_EXPORT_DAYS }) })
        return
      }
      const content = writeCalendar(
        entries.map((entry) => eventOf(entry, { staffNames, shopName })),
        { now: new Date(), name: t('daySheet.calendarName', { shop: shopName, staff: staffLabel }) }
      )
      const suggestedName = t('daySheet.calendarFileName', { staff: fileNamePart(staffLabel), date: from })
      const result = await platform.saveFile({ suggestedName, content, filters: ICS_FILTERS })
      if (result.ok) {
        showToast({ message: t('daySheet.exported', { count: planned, location: result.value.location }) })
      } else if (result.error.code !== 'cancelled') {
        showToast({ message: t('daySheet.exportFailed', { message: result.error.message }) })
      }
    } finally {
      setExporting(false)
    }
  }
  return { exportCalendar, exporting }
}
