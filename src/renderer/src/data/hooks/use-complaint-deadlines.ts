import {
  DEFAULT_COMPLAINT_DEADLINES,
  isValidComplaintDeadlines,
  type ComplaintDeadlines
} from '@shared/domain/complaint-deadlines'
import { SETTING_KEYS } from '@shared/domain/setting-keys'
import { useSetting } from './use-setting'

/** The shop's complaint deadlines, or the defaults when unset or unusable; undefined while loading. */
export const useComplaintDeadlines = (): ComplaintDeadlines | undefined =>
  useSetting(SETTING_KEYS.complaintDeadlines, DEFAULT_COMPLAINT_DEADLINES, isValidComplaintDeadlines)
