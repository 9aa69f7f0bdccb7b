import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SheetExportProgressText } from './sheet-export-progress'
import './sheet-export.css'
import { SHEET_FORMATS, type SheetFormat } from './sheet-file'
import { useSheetExport, type SheetMaker } from './use-sheet-export'

interface SheetExportMenuProps {
  /** The file's name without its extension. */
  readonly baseName: string
  readonly make: SheetMaker
  /** While the list is still loading, or shows nothing. */
  readonly disabled?: boolean
}

/** A list's 导出: CSV or an Excel workbook of exactly what the list shows, in its order. */
export function SheetExportMenu({ baseName, make, disabled = false }: SheetExportMenuProps) {
  const { t } = useTranslation()
  const { running, progress, exportSheet } = useSheetExport()
  const [open, setOpen] = useState(false)
  const choicesId = useId()
  const choose = (format: SheetFormat) => {
    setOpen(false)
    void exportSheet(format, baseName, make)
  }
  return (
    <div
      className="sheet-export-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false)
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false)
      }}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={choicesId}
        disabled={disabled || running !== null}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {running === null ? t('spreadsheetExport.export') : t('spreadsheetExport.exporting')}
      </button>
      {open ? (
        <div id={choicesId} className="column-menu-list sheet-export-choices" role="group" aria-label={t('spreadsheetExport.choices')}>
          {SHEET_FORMATS.map((format) => (
            <button key={format} type="button" onClick={() => choose(format)}>
              {t(`spreadsheetExport.formats.${format}`)}
            </button>
          ))}
        </div>
      ) : null}
      <SheetExportProgressText progress={progress} />
    </div>
  )
}
