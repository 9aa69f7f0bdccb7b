import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CareTask } from '@shared/domain/care-task'
import { followUpWording } from '@shared/domain/day-sheet'
import { formatPhone } from '@shared/domain/phone'
import type { SheetTaskDetails } from '../../data/repositories/day-sheet'
import { formatShopTimeRange } from './day-sheet-format'

/** One contact as the sheet and the calendar word it, in the interface language. */
export interface DaySheetRow {
  readonly task: CareTask
  readonly time: string
  readonly customerName: string
  /** Every number, formatted, ' / ' between; '' when the customer has none. */
  readonly phones: string
  /** How the customer likes to be reached; '' when the customer record is missing. */
  readonly preferredChannel: string
  readonly method: string
  readonly purpose: string
  readonly address: string
  readonly whatToSay: string
  /** The assigned staff member's name, or "unassigned". */
  readonly assignee: string
  /** The complaint a follow-up is for; '' for other contacts. */
  readonly complaintNumber: string
  /** Done or missed, in words; '' while planned (a plan needs no label). */
  readonly status: string
}

export interface DaySheetRowContext {
  readonly staffNames: ReadonlyMap<string, string>
  /** As printed: the shop's name, or the app's until it has one. */
  readonly shopName: string
}

/** When this occurrence starts and ends: a series' date, or the task's own times. */
export interface RowTimes {
  readonly startAt: string
  readonly endAt: string
}

export type DaySheetRowBuilder = (entry: SheetTaskDetails & RowTimes, context: DaySheetRowContext) => DaySheetRow

/**
 * "What to say" is one line the staff member can open with:
 * - a complaint follow-up (回访) is the call the script library has wording for: its
 *   'follow-up' step, chosen for the complaint's category and the customer's personality,
 *   the first suggestion that can be filled in with the names at hand (followUpWording);
 * - any other care contact (a birthday, a maintenance visit, a check-in) has no step in a
 *   library written for complaints, so it gets the customer card's advice on how to serve
 *   this personality type, which fits any contact and is already in both languages.
 */
export function useDaySheetRowBuilder(): DaySheetRowBuilder {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  return useMemo<DaySheetRowBuilder>(
    () =>
      ({ task, customer, complaint, followUpPhrases, startAt, endAt }, { staffNames, shopName }) => {
        const customerName = customer?.name ?? t('daySheet.sheet.unknownCustomer')
        const staffName = task.staffId === null ? undefined : staffNames.get(task.staffId)
        const followUp =
          task.complaintId === null
            ? null
            : followUpWording(followUpPhrases, {
                customerName: customer?.name,
                staffName,
                shopName,
                complaintNumber: complaint?.number
              })
        return {
          task,
          time: formatShopTimeRange(startAt, endAt, language),
          customerName,
          phones: (customer?.phones ?? []).map(formatPhone).filter((phone) => phone !== '').join(' / '),
          preferredChannel: customer === null ? '' : t(`customers.channels.${customer.preferredChannel}`),
          method: t(`daySheet.methods.${task.method}`),
          purpose: task.purpose,
          address: customer?.address ?? '',
          whatToSay: followUp?.text ?? t(`customers.personalityTips.${customer?.personality ?? 'unknown'}.serve`),
          assignee: task.staffId === null ? t('daySheet.sheet.unassigned') : (staffName ?? t('daySheet.unknownStaff')),
          complaintNumber: complaint?.number ?? '',
          status: task.status === 'planned' ? '' : t(`daySheet.statuses.${task.status}`)
        }
      },
    [t, language]
  )
}
