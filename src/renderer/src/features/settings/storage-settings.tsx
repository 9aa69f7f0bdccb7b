import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '@shared/ipc/contract'
import { requestPersistentStorage, type PersistenceStatus } from '../../platform/storage-persistence'
import { useAppInfo } from './use-app-info'

const STATUS_MESSAGE_KEYS = {
  persisted: 'settings.storage.persisted',
  'not-persisted': 'settings.storage.notPersisted',
  unsupported: 'settings.storage.unsupported'
} as const satisfies Record<PersistenceStatus, string>

export function StorageSettings() {
  const { t } = useTranslation()
  const info = useAppInfo()
  return (
    <section className="card" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('settings.storage.title')}</h2>
      {info?.runtime === 'electron' ? <p>{t('settings.storage.desktop')}</p> : <BrowserPersistence />}
      {info ? <DataFolder info={info} /> : null}
    </section>
  )
}

function BrowserPersistence() {
  const { t } = useTranslation()
  const [status, setStatus] = useState<PersistenceStatus | null>(null)
  useEffect(() => {
    void requestPersistentStorage().then(setStatus)
  }, [])
  return (
    <p data-testid="storage-persistence" data-status={status ?? 'checking'} className={status === 'persisted' ? 'ok-text' : 'warn-text'}>
      {status ? t(STATUS_MESSAGE_KEYS[status]) : t('settings.storage.checking')}
    </p>
  )
}

function DataFolder({ info }: { readonly info: AppInfo }) {
  const { t } = useTranslation()
  return (
    <p>
      {t('settings.storage.dataFolder')}: <code>{info.dataFolder}</code>
      {info.isDevelopment ? ` ${t('settings.about.development')}` : ''}
    </p>
  )
}

