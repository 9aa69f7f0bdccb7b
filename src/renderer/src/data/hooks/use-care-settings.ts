import { DEFAULT_CARE_SETTINGS, isValidCareSettings, type CareSettings } from '@shared/domain/care-settings'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { useSetting } from './use-setting'

/** The care rules' settings, or the defaults when unset or unusable; undefined while loading. */
export const useCareSettings = (): CareSettings | undefined =>
  useSetting(SETTING_KEYS.careSettings, DEFAULT_CARE_SETTINGS, isValidCareSettings)
