import { useTranslation } from 'react-i18next'
import { LanguageSettings } from './language-settings'
import { StaffSettings } from './staff-settings'
import { StorageSettings } from './storage-settings'
import { AboutSettings } from './about-settings'
import { CareSettings } from './care-settings'
import { ComplaintSettings } from './complaint-settings'
import { ShopSettings } from './shop-settings'
import { TierThresholdSettings } from './tier-threshold-settings'

export function SettingsPage() {
  const { t } = useTranslation()
  return (
    <div className="page settings-page">
      <h1>{t('settings.title')}</h1>
      <LanguageSettings />
      <ShopSettings />
      <StaffSettings />
      <TierThresholdSettings />
      <ComplaintSettings />
      <CareSettings />
      <StorageSettings />
      <AboutSettings />
    </div>
  )
}
