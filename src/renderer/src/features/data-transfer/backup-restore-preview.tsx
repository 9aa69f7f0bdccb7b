import { useTranslation } from 'react-i18next'
import { totalOf } from '@shared/export-format/tables'
import { useDatabaseCounts, useHandOverStatus } from '../../data/hooks/use-data-transfer'
import { makeBackup, restoreBackup } from '../../data/repositories/backup'
import type { LoadedExport, ProgressListener } from '../../data/repositories/export-file'
import { isDesktopApp } from '../../platform/bridge'
import { formatDateTime } from '../../ui/format'
import { backupBeforeChange } from './automatic-backups'
import { formatCount } from './data-transfer-format'
import { DataTransferFileSummary } from './data-transfer-file-summary'
import { DataTransferMessages } from './data-transfer-message'
import { DataTransferProgress } from './data-transfer-progress'
import { saveExport } from './save-export'
import { useTransferProgress } from './use-transfer-progress'
import { useTransferRun } from './use-transfer-run'

interface BackupRestorePreviewProps {
  readonly fileName: string
  readonly file: LoadedExport
  readonly onClose: () => void
}

/**
 * A checked backup, before it replaces anything: what it holds beside what this PC holds,
 * and one button that backs up this PC's data first and then restores.
 */
export function BackupRestorePreview({ fileName, file, onClose }: BackupRestorePreviewProps) {
  const { t, i18n } = useTranslation()
  const current = useDatabaseCounts()
  const status = useHandOverStatus()
  const { progress, report, clear } = useTransferProgress()
  const { busy, done, messages, run } = useTransferRun(clear)
  const isBackup = file.header.kind === 'backup'

  const restore = () =>
    run(
      async (say) => {
        const safety = await safetyCopy(current === undefined ? 1 : totalOf(current), report)
        if (!safety.ok) {
          say({ ok: false, text: t('dataTransfer.backup.safetyFailed', { message: safety.message }) })
          return false
        }
        say({ ok: true, text: t(safety.key, { fileName: safety.fileName }) })
        const result = await restoreBackup(file, report)
        say({
          ok: true,
          text: t('dataTransfer.backup.restored', {
            count: formatCount(totalOf(result.counts), i18n.language),
            exportedAt: formatDateTime(file.header.exportedAt, i18n.language)
          })
        })
        return true
      },
      (message) => t('dataTransfer.backup.restoreFailed', { message })
    )

  return (
    <div className="data-transfer-preview" aria-label={t('dataTransfer.backup.restoreTitle')} role="group">
      <DataTransferFileSummary
        fileName={fileName}
        fileSize={file.fileSize}
        header={file.header}
        deviceId={status?.deviceId}
        {...(current && isBackup && !done ? { current } : {})}
      />
      {isBackup ? null : (
        <p role="alert" className="error-text">
          {t('dataTransfer.backup.notABackup')}
        </p>
      )}
      {isBackup && !done ? <p className="warn-text">{t('dataTransfer.backup.restoreWarning')}</p> : null}
      <DataTransferProgress progress={progress} />
      <DataTransferMessages messages={messages} />
      <div className="button-row">
        {isBackup && !done ? (
          <button type="button" className="primary danger" disabled={busy} onClick={() => void restore()}>
            {busy ? t('dataTransfer.backup.restoring') : t('dataTransfer.backup.confirm')}
          </button>
        ) : null}
        <button type="button" disabled={busy} onClick={onClose}>
          {done ? t('common.close') : t('dataTransfer.backup.cancel')}
        </button>
      </div>
    </div>
  )
}

type SafetyCopy =
  | {
      readonly ok: true
      readonly key: 'dataTransfer.backup.safetyDesktop' | 'dataTransfer.backup.safetyBrowser' | 'dataTransfer.backup.nothingToSave'
      readonly fileName: string
    }
  | { readonly ok: false; readonly message: string }

const NOTHING_TO_SAVE: SafetyCopy = { ok: true, key: 'dataTransfer.backup.nothingToSave', fileName: '' }

/**
 * This PC's data, saved before a restore replaces it: into the data folder on the desktop,
 * as a download in a browser. Nothing to save on an empty database.
 */
async function safetyCopy(currentRecords: number, onProgress: ProgressListener): Promise<SafetyCopy> {
  if (currentRecords === 0) return NOTHING_TO_SAVE
  if (isDesktopApp()) {
    const saved = await backupBeforeChange('before-restore')
    if (saved === null) return NOTHING_TO_SAVE
    return saved.ok
      ? { ok: true, key: 'dataTransfer.backup.safetyDesktop', fileName: saved.value.fileName }
      : { ok: false, message: saved.error.message }
  }
  const made = await makeBackup({ now: new Date(), appVersion: __APP_VERSION__, onProgress })
  const saved = await saveExport(made)
  return saved.ok
    ? { ok: true, key: 'dataTransfer.backup.safetyBrowser', fileName: saved.value.location }
    : { ok: false, message: saved.error.message }
}
