import { useTranslation } from 'react-i18next'
import { DataTransferFileInput } from './data-transfer-file-input'
import { DataTransferProgress } from './data-transfer-progress'
import { BackupRestorePreview } from './backup-restore-preview'
import { InspectionMessage } from './data-transfer-inspection-message'
import type { useExportInspection } from './use-export-inspection'

interface BackupRestoreProps {
  /** The restore's file, shared with the list of automatic backups (which also offers restoring). */
  readonly restore: ReturnType<typeof useExportInspection>
}

/** "Restore from a backup": choose a file, see what it holds, confirm. */
export function BackupRestore({ restore }: BackupRestoreProps) {
  const { t } = useTranslation()
  const { inspection, progress, inspect, reset } = restore
  const busy = inspection.step === 'inspecting'
  return (
    <section className="data-transfer-block" aria-labelledby="data-transfer-restore">
      <h3 id="data-transfer-restore">{t('dataTransfer.backup.restoreTitle')}</h3>
      <p className="hint">{t('dataTransfer.backup.restoreHint')}</p>
      {inspection.step === 'ready' ? null : (
        <DataTransferFileInput
          label={t('dataTransfer.backup.chooseLabel')}
          buttonText={t('dataTransfer.backup.choose')}
          disabled={busy}
          onFile={(file) => void inspect(file, file.name)}
        />
      )}
      <DataTransferProgress progress={progress} />
      <InspectionMessage inspection={inspection} />
      {inspection.step === 'ready' ? (
        <BackupRestorePreview key={inspection.fileName} fileName={inspection.fileName} file={inspection.file} onClose={reset} />
      ) : null}
    </section>
  )
}
