import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupListing } from '@shared/ipc/contract'
import { useDatabaseCounts } from '../../data/hooks/use-data-transfer'
import { blobOf } from '../../data/repositories/export-file'
import { isDesktopApp, platform } from '../../platform/bridge'
import { formatDateTime } from '../../ui/format'
import { BackupKeepSetting } from './backup-keep-setting'
import { formatBytes } from './data-transfer-format'
import { DataTransferMessages, errorText, type DataTransferMessageValue } from './data-transfer-message'

interface BackupAutomaticProps {
  /** Hands a chosen automatic backup to the restore (its preview and confirmation). */
  readonly onRestore: (backup: Blob, fileName: string) => void
  readonly busy: boolean
}

/** The desktop app's automatic backups, listed to restore from; in a browser, plainly: they need the desktop app. */
export function BackupAutomatic({ onRestore, busy }: BackupAutomaticProps) {
  const { t } = useTranslation()
  return (
    <section className="data-transfer-block" aria-labelledby="data-transfer-automatic">
      <h3 id="data-transfer-automatic">{t('dataTransfer.automatic.title')}</h3>
      {isDesktopApp() ? (
        <AutomaticBackupList onRestore={onRestore} busy={busy} />
      ) : (
        <p className="warn-text" data-testid="automatic-backups-browser">
          {t('dataTransfer.automatic.browserOnly')}
        </p>
      )}
      <BackupKeepSetting />
    </section>
  )
}

function AutomaticBackupList({ onRestore, busy }: BackupAutomaticProps) {
  const { t, i18n } = useTranslation()
  const counts = useDatabaseCounts()
  const [listing, setListing] = useState<BackupListing | null>(null)
  const [messages, setMessages] = useState<readonly DataTransferMessageValue[]>([])
  // The list is read again whenever the data changes: a restore or merge has just added a backup before it.
  const dataVersion = JSON.stringify(counts ?? null)
  useEffect(() => {
    let current = true
    void platform.listBackups().then((result) => {
      if (!current) return
      if (result.ok) setListing(result.value)
      else setMessages([{ ok: false, text: t('dataTransfer.automatic.listFailed', { message: result.error.message }) }])
    })
    return () => {
      current = false
    }
  }, [dataVersion, t])

  const restoreFrom = async (fileName: string) => {
    setMessages([])
    try {
      const read = await platform.readBackup({ fileName })
      if (read.ok) onRestore(blobOf(read.value.bytes), fileName)
      else setMessages([{ ok: false, text: t('dataTransfer.automatic.readFailed', { message: read.error.message }) }])
    } catch (error) {
      setMessages([{ ok: false, text: t('dataTransfer.automatic.readFailed', { message: errorText(error) }) }])
    }
  }

  return (
    <>
      <p className="hint">
        {t('dataTransfer.automatic.desktopHint')} <code>{listing?.folder ?? ''}</code>
      </p>
      <DataTransferMessages messages={messages} />
      {listing !== null && listing.entries.length === 0 ? <p className="muted">{t('dataTransfer.automatic.none')}</p> : null}
      {listing !== null && listing.entries.length > 0 ? (
        <table className="data-transfer-table data-transfer-backups">
          <thead>
            <tr>
              <th scope="col">{t('dataTransfer.automatic.when')}</th>
              <th scope="col">{t('dataTransfer.automatic.reason')}</th>
              <th scope="col">{t('dataTransfer.automatic.size')}</th>
              <th scope="col">{t('dataTransfer.automatic.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {listing.entries.map((entry) => (
              <tr key={entry.fileName}>
                <td>
                  <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, i18n.language)}</time>
                </td>
                <td>{t(`dataTransfer.automatic.reasons.${entry.reason}`)}</td>
                <td>{formatBytes(entry.bytes, i18n.language)}</td>
                <td>
                  <button type="button" disabled={busy} onClick={() => void restoreFrom(entry.fileName)}>
                    {t('dataTransfer.automatic.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  )
}
