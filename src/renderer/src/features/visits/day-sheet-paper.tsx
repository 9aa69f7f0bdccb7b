import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { belongsOnDaySheet } from '@shared/domain/day-sheet'
import { useDaySheet } from '../../data/hooks/use-day-sheet'
import { useSessionStore } from '../../session/session-store'
import { formatDateTime } from '../../ui/format'
import { formatShopDay } from './day-sheet-format'
import { useDaySheetRowBuilder } from './day-sheet-rows'
import { DaySheetTask } from './day-sheet-task'

interface DaySheetPaperProps {
  /** null: everyone's contacts. */
  readonly staffId: string | null
  readonly staffLabel: string
  readonly date: string
  readonly staffNames: ReadonlyMap<string, string>
  readonly shopName: string
}

/** The A4 sheet: who, which day, then each contact by time with room to write. */
export function DaySheetPaper({ staffId, staffLabel, date, staffNames, shopName }: DaySheetPaperProps) {
  const { t, i18n } = useTranslation()
  const locale = useSessionStore((state) => state.language)
  const entries = useDaySheet(staffId, date, locale)
  const buildRow = useDaySheetRowBuilder()
  const [openedAt] = useState(() => new Date().toISOString())
  const rows = useMemo(
    () => (entries ?? []).filter((entry) => belongsOnDaySheet(entry.task)).map((entry) => buildRow(entry, { staffNames, shopName })),
    [entries, buildRow, staffNames, shopName]
  )
  return (
    <>
      <header className="day-sheet-header">
        <div>
          <p className="day-sheet-shop">{shopName}</p>
          <h1 id="day-sheet-title">{t('daySheet.title')}</h1>
        </div>
        <div className="day-sheet-who">
          <dl>
            <div>
              <dt>{t('daySheet.sheet.staff')}</dt>
              <dd>{staffLabel}</dd>
            </div>
            <div>
              <dt>{t('daySheet.sheet.date')}</dt>
              <dd>{formatShopDay(date, i18n.language)}</dd>
            </div>
          </dl>
          {entries === undefined ? null : <p className="day-sheet-count">{t('daySheet.sheet.count', { count: rows.length })}</p>}
        </div>
      </header>
      {entries === undefined ? (
        <p>{t('daySheet.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="day-sheet-empty">{t('daySheet.sheet.empty')}</p>
      ) : (
        <ol className="day-sheet-tasks">
          {rows.map((row) => (
            <DaySheetTask key={row.task.id} row={row} showAssignee={staffId === null} />
          ))}
        </ol>
      )}
      <footer className="day-sheet-footer">{t('daySheet.sheet.printedAt', { time: formatDateTime(openedAt, i18n.language) })}</footer>
    </>
  )
}
