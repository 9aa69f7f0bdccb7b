import { useTranslation } from 'react-i18next'
import { BackupAutomatic } from './backup-automatic'
import { BackupMake } from './backup-make'
import { BackupRestore } from './backup-restore'
import { useExportInspection } from './use-export-inspection'

/** Backups: make one now, restore from a file or from an automatic backup, and how many automatic ones to keep. */
export function BackupSection() {
  const { t } = useTranslation()
  const restore = useExportInspection()
  return (
    <section className="card data-transfer-card" aria-labelledby="data-transfer-backup">
      <h2 id="data-transfer-backup">{t('dataTransfer.backup.title')}</h2>
      <p className="hint">{t('dataTransfer.backup.hint')}</p>
      <BackupMake />
      <BackupRestore restore={restore} />
      <BackupAutomatic
        busy={restore.inspection.step === 'inspecting'}
        onRestore={(backup, fileName) => void restore.inspect(backup, fileName)}
      />
    </section>
  )
}
