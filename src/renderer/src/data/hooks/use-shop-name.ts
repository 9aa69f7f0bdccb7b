import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { useSetting } from './use-setting'

const isText = (value: unknown): value is string => typeof value === 'string'

/** The shop's name as set in Settings; '' when not set, undefined while loading. */
export const useShopName = (): string | undefined => useSetting(SETTING_KEYS.shopName, '', isText)
