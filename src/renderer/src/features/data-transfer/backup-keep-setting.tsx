import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { MAX_KEPT_BACKUPS } from '@shared/ipc/limits'
import { useBackupsToKeep } from '../../data/hooks/use-data-transfer'
import { isBackupsToKeep } from '../../data/repositories/backup'
import { setSetting } from '../../data/repositories/settings'
import { useActor } from '../../session/session-store'
import { DataTransferMessages, type DataTransferMessageValue } from './data-transfer-message'

/** How many automatic backups the desktop app keeps: a shop-wide setting, so it travels with the data. */
export function BackupKeepSetting() {
  const saved = useBackupsToKeep()
  return saved === undefined ? null : <KeepForm key={saved} saved={saved} />
}

function KeepForm({ saved }: { readonly saved: number }) {
  const { t } = useTranslation()
  const actor = useActor()
  const [value, setValue] = useState(String(saved))
  const [messages, setMessages] = useState<readonly DataTransferMessageValue[]>([])
  const save = async (event: FormEvent) => {
    event.preventDefault()
    const keep = Number(value.trim())
    if (value.trim() === '' || !isBackupsToKeep(keep)) {
      setMessages([{ ok: false, text: t('dataTransfer.automatic.keepInvalid', { max: MAX_KEPT_BACKUPS }) }])
      return
    }
    await setSetting(SETTING_KEYS.backupsToKeep, keep, actor)
    setMessages([{ ok: true, text: t('dataTransfer.automatic.saved') }])
  }
  return (
    <form className="inline-form" onSubmit={(event) => void save(event)} noValidate>
      <label className="field">
        <span>{t('dataTransfer.automatic.keepLabel')}</span>
        <input type="number" inputMode="numeric" min={1} max={MAX_KEPT_BACKUPS} step={1} value={value} onChange={(event) => setValue(event.target.value)} />
      </label>
      <button type="submit">{t('dataTransfer.automatic.save')}</button>
      <p className="hint data-transfer-keep-hint">{t('dataTransfer.automatic.keepHint', { max: MAX_KEPT_BACKUPS })}</p>
      <DataTransferMessages messages={messages} />
    </form>
  )
}
