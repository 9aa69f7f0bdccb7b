import { useTranslation } from 'react-i18next'
import type { DaySheetRow } from './day-sheet-rows'

interface DaySheetTaskProps {
  readonly row: DaySheetRow
  /** On everyone's sheet, whose contact it is. */
  readonly showAssignee: boolean
}

/** Lines to write on: the outcome, what was promised, the next step. */
const NOTE_LINES = 3

/** One contact: time and method on the left; who, why, where and what to say; ruled space for notes. */
export function DaySheetTask({ row, showAssignee }: DaySheetTaskProps) {
  const { t } = useTranslation()
  const facts: readonly { readonly key: string; readonly label: string; readonly value: string }[] = [
    { key: 'purpose', label: t('daySheet.sheet.purpose'), value: row.purpose },
    { key: 'address', label: t('daySheet.sheet.address'), value: row.address },
    { key: 'whatToSay', label: t('daySheet.sheet.whatToSay'), value: row.whatToSay },
    { key: 'taskNotes', label: t('daySheet.sheet.taskNotes'), value: row.task.notes },
    ...(showAssignee ? [{ key: 'assignee', label: t('daySheet.sheet.assignee'), value: row.assignee }] : [])
  ]
  return (
    <li className="day-sheet-task">
      <div className="day-sheet-when">
        <p className="day-sheet-time">{row.time}</p>
        <p className="day-sheet-method">{row.method}</p>
        {row.status === '' ? null : <p className="day-sheet-status">{row.status}</p>}
      </div>
      <div className="day-sheet-what">
        <p className="day-sheet-customer">
          <strong>{row.customerName}</strong>
          <span className="day-sheet-phone">{row.phones === '' ? t('daySheet.sheet.noPhone') : row.phones}</span>
          {row.preferredChannel === '' ? null : (
            <span className="day-sheet-preferred">{t('daySheet.sheet.preferred', { channel: row.preferredChannel })}</span>
          )}
          {row.complaintNumber === '' ? null : (
            <span className="day-sheet-complaint">{t('daySheet.sheet.complaint', { number: row.complaintNumber })}</span>
          )}
        </p>
        <dl className="day-sheet-facts">
          {facts
            .filter((fact) => fact.value.trim() !== '')
            .map((fact) => (
              <div key={fact.key} className={`day-sheet-fact day-sheet-fact-${fact.key}`}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
        </dl>
        <div className="day-sheet-notes">
          <span className="day-sheet-notes-label">{t('daySheet.sheet.notes')}</span>
          {Array.from({ length: NOTE_LINES }, (_, index) => (
            <span key={index} className="day-sheet-rule" aria-hidden="true" />
          ))}
        </div>
      </div>
    </li>
  )
}
