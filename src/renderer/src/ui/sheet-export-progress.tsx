import { useTranslation } from 'react-i18next'
import { formatCount } from './format'
import type { SheetExportProgress } from './use-sheet-export'

/**
 * How far an export got: records read, then the file being made. Announced politely, without
 * the status role, which the list pages keep for their counts.
 */
export function SheetExportProgressText({ progress }: { readonly progress: SheetExportProgress | null }) {
  const { t, i18n } = useTranslation()
  if (progress === null) return null
  const { phase, done, total } = progress
  const count = (value: number): string => formatCount(value, i18n.language)
  const text = phase === 'reading' ? t('spreadsheetExport.progress.reading', { done: count(done), total: count(total) }) : t('spreadsheetExport.progress.writing', { total: count(total) })
  return (
    <span className="sheet-export-progress" aria-live="polite">
      <progress max={Math.max(total, 1)} value={phase === 'reading' ? done : undefined} aria-hidden="true" />
      <span>{text}</span>
    </span>
  )
}
