import { useTranslation } from 'react-i18next'
import { SheetExportProgressText } from './sheet-export-progress'
import './sheet-export.css'
import { SHEET_FORMATS } from './sheet-file'
import { useSheetExport, type SheetMaker } from './use-sheet-export'

interface SheetExportButtonsProps {
  /** What is exported: names the group of buttons. */
  readonly label: string
  /** The file's name without its extension. */
  readonly baseName: string
  readonly make: SheetMaker
  readonly disabled?: boolean
  /** False where a heading above already says what is exported: the label then only names the group for screen readers. */
  readonly showLabel?: boolean
}

/** One export's CSV and Excel buttons side by side, for a page that lists several exports. */
export function SheetExportButtons({ label, baseName, make, disabled = false, showLabel = true }: SheetExportButtonsProps) {
  const { t } = useTranslation()
  const { running, progress, exportSheet } = useSheetExport()
  return (
    <div className="sheet-export-buttons" role="group" aria-label={label}>
      {showLabel ? <span className="sheet-export-label">{label}</span> : null}
      {SHEET_FORMATS.map((format) => (
        <button key={format} type="button" disabled={disabled || running !== null} onClick={() => void exportSheet(format, baseName, make)}>
          {running === format ? t('spreadsheetExport.exporting') : t(`spreadsheetExport.formats.${format}`)}
        </button>
      ))}
      <SheetExportProgressText progress={progress} />
    </div>
  )
}
