import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, parseIsoDate } from '@shared/domain/days'
import { CALENDAR_EXPORT_DAYS } from '@shared/domain/day-sheet'
import type { Staff } from '@shared/domain/staff'
import { usePrintToPdf } from '../../ui/use-print-to-pdf'
import { fileNamePart } from '../../ui/file-name-part'
import { useCalendarExport } from './use-day-sheet-export'

interface DaySheetToolbarProps {
  readonly staff: readonly Staff[]
  readonly staffId: string | null
  readonly staffLabel: string
  readonly date: string
  readonly today: string
  readonly staffNames: ReadonlyMap<string, string>
  readonly shopName: string
  readonly onChoose: (next: { readonly staffId?: string | null; readonly date?: string }) => void
}

const EVERYONE_OPTION = ''

/** Whose sheet, which day, and what to do with it; on screen only, never printed. */
export function DaySheetToolbar({ staff, staffId, staffLabel, date, today, staffNames, shopName, onChoose }: DaySheetToolbarProps) {
  const { t } = useTranslation()
  const staffFieldId = useId()
  const dateFieldId = useId()
  const hintId = useId()
  const { print: printPage, printing } = usePrintToPdf()
  const print = () => printPage({ suggestedName: t('daySheet.fileName', { staff: fileNamePart(staffLabel), date }) })
  const { exportCalendar, exporting } = useCalendarExport({ staffId, staffLabel, from: date, staffNames, shopName })
  // A sheet asked for by id of someone since deleted still names its choice in the list.
  const missing = staffId !== null && staff.length > 0 && !staff.some((member) => member.id === staffId)
  return (
    <div className="day-sheet-toolbar" role="toolbar" aria-label={t('daySheet.toolbar')}>
      <div className="day-sheet-choice">
        <div className="field">
          <label htmlFor={staffFieldId}>{t('daySheet.staff')}</label>
          <select
            id={staffFieldId}
            value={staffId ?? EVERYONE_OPTION}
            onChange={(event) => onChoose({ staffId: event.target.value === EVERYONE_OPTION ? null : event.target.value })}
          >
            <option value={EVERYONE_OPTION}>{t('daySheet.everyone')}</option>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
            {missing ? <option value={staffId}>{staffLabel}</option> : null}
          </select>
        </div>
        <div className="field">
          <label htmlFor={dateFieldId}>{t('daySheet.date')}</label>
          <input
            id={dateFieldId}
            type="date"
            value={date}
            required
            onChange={(event) => {
              // A half-typed or cleared date keeps the sheet where it is.
              if (parseIsoDate(event.target.value) !== null) onChoose({ date: event.target.value })
            }}
          />
        </div>
        <div className="day-sheet-days">
          <button type="button" onClick={() => onChoose({ date: addDays(date, -1) })}>
            {t('daySheet.previousDay')}
          </button>
          <button type="button" aria-pressed={date === today} onClick={() => onChoose({ date: today })}>
            {t('daySheet.today')}
          </button>
          <button type="button" onClick={() => onChoose({ date: addDays(date, 1) })}>
            {t('daySheet.nextDay')}
          </button>
        </div>
      </div>
      <div className="day-sheet-actions">
        <button type="button" className="primary" disabled={printing} onClick={() => void print()}>
          {printing ? t('daySheet.printing') : t('daySheet.print')}
        </button>
        <button type="button" disabled={exporting} aria-describedby={hintId} onClick={() => void exportCalendar()}>
          {exporting ? t('daySheet.exporting') : t('daySheet.exportCalendar')}
        </button>
        <p id={hintId} className="hint day-sheet-hint">
          {t('daySheet.exportHint', { days: CALENDAR_EXPORT_DAYS })}
        </p>
      </div>
    </div>
  )
}
