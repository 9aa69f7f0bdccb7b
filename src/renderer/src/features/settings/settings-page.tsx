import { useTranslation } from 'react-i18next'
import { LanguageSettings } from './language-settings'
import { StaffSettings } from './staff-settings'
import { StorageSettings } from './storage-settings'
import { AboutSettings } from './about-settings'
import { TierThresholdSettings } from './tier-threshold-settings'

export function SettingsPage() {
  const { t } = useTranslation()
  return (
    <div className="page settings-page">
      <h1>{t('settings.title')}</h1>
      <LanguageSettings />
      <StaffSettings />
      <TierThresholdSettings />
      <StorageSettings />
      <AboutSettings />
    </div>
  )
}
