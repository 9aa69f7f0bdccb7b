import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { makeBackup } from '../../data/repositories/backup'
import { isDesktopApp } from '../../platform/bridge'
import { DataTransferMessages, errorText, type DataTransferMessageValue } from './data-transfer-message'
import { DataTransferProgress } from './data-transfer-progress'
import { saveExport } from './save-export'
import { useTransferProgress } from './use-transfer-progress'

/** "Back up now": everything in one file, saved where the user chooses (a download in a browser). */
export function BackupMake() {
  const { t } = useTranslation()
  const { progress, report, clear } = useTransferProgress()
  const [busy, setBusy] = useState(false)
  const [messages, setMessages] = useState<readonly DataTransferMessageValue[]>([])
  const backUp = async () => {
    setBusy(true)
    setMessages([])
    try {
      const made = await makeBackup({ now: new Date(), appVersion: __APP_VERSION__, onProgress: report })
      const saved = await saveExport(made)
      if (saved.ok) {
        const key = isDesktopApp() ? 'dataTransfer.backup.saved' : 'dataTransfer.backup.downloaded'
        setMessages([{ ok: true, text: t(key, { location: saved.value.location }) }])
      } else if (saved.error.code !== 'cancelled') {
        setMessages([{ ok: false, text: t('dataTransfer.backup.failed', { message: saved.error.message }) }])
      }
    } catch (error) {
      setMessages([{ ok: false, text: t('dataTransfer.backup.failed', { message: errorText(error) }) }])
    } finally {
      clear()
      setBusy(false)
    }
  }
  return (
    <div className="data-transfer-make">
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void backUp()}>
          {busy ? t('dataTransfer.backup.making') : t('dataTransfer.backup.make')}
        </button>
      </div>
      <DataTransferProgress progress={progress} />
      <DataTransferMessages messages={messages} />
    </div>
  )
}
