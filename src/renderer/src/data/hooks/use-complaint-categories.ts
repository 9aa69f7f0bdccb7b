import { useMemo } from 'react'
import { allComplaintCategories, isValidCategoryList } from '@shared/domain/complaint-categories'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { useSetting } from './use-setting'

const NONE: readonly string[] = []

/** The shop's own categories as stored; [] until set. Undefined while loading. */
export const useCustomComplaintCategories = (): readonly string[] | undefined =>
  useSetting(SETTING_KEYS.customComplaintCategories, NONE, isValidCategoryList)

/** Every category a complaint may have: built-in first, then the shop's own. */
export function useComplaintCategories(): readonly string[] {
  const custom = useCustomComplaintCategories()
  return useMemo(() => allComplaintCategories(custom ?? NONE), [custom])
}
