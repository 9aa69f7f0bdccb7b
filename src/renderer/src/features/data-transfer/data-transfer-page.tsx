import { useTranslation } from 'react-i18next'
import { BackupSection } from './backup-section'
import { HandoverSection } from './handover-section'
import { SheetExportSection } from './sheet-export-section'
import { SpreadsheetImportSection } from './spreadsheet-import-section'
import './data-transfer.css'

/**
 * /data: backups and the hand-over between PCs. Spreadsheet (CSV/XLSX) import and export
 * come as sections of their own, added below these by the feature that makes them.
 */
export function DataTransferPage() {
  const { t } = useTranslation()
  return (
    <div className="page data-transfer-page">
      <h1>{t('dataTransfer.title')}</h1>
      <p className="data-transfer-lead">{t('dataTransfer.lead')}</p>
      <BackupSection />
      <HandoverSection />
      <SheetExportSection />
      <SpreadsheetImportSection />
    </div>
  )
}
