import { useTranslation } from 'react-i18next'
import type { ScheduledTask } from '../../data/repositories/care-tasks'
import { makeTaskSheet } from '../../data/repositories/sheet-export'
import { SheetExportMenu } from '../../ui/sheet-export-menu'
import { useSheetExportWords } from '../../ui/use-sheet-export-words'
import type { CalendarRange } from './calendar-range'

/** 导出: the tasks the calendar shows (its dates, everyone's or one person's), a repeating one once per date. */
export function CalendarExport({ entries, range }: { readonly entries: readonly ScheduledTask[] | undefined; readonly range: CalendarRange }) {
  const { t } = useTranslation()
  const words = useSheetExportWords()
  return (
    <SheetExportMenu
      disabled={entries === undefined || entries.length === 0}
      baseName={t('spreadsheetExport.fileNames.tasks', { from: range.from, to: range.to })}
      make={(onProgress) => makeTaskSheet(entries ?? [], words.tasks, { name: t('spreadsheetExport.sheetNames.tasks'), onProgress })}
    />
  )
}
