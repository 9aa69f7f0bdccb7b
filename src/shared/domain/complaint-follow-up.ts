import type { CareTask } from './care-task'
import type { Complaint } from './complaint'
import { addDays, shopInstant, todayInShop } from './days'
import type { RecordContent } from './record'

/*
 * The follow-up call (回访) after a resolved complaint: a care task, so it shows with the day's
 * calls and visits and its score counts with theirs. A complaint has one such call at most,
 * found by its occasion key: resolving the complaint again after a reopen plans the same call
 * anew rather than a second one.
 */

/** When the call is planned: the follow-up date the clerk promised, else this many days after the resolution. */
export const FOLLOW_UP_CALL = { hour: 10, minute: 0, daysAfterResolution: 3, durationMinutes: 30 } as const

export const complaintFollowUpKey = (complaintId: string): string => `complaint-follow-up:${complaintId}`

/** The call's start: the follow-up date (or three shop days after `now`) at 10:00 shop time. */
export function followUpCallStart(complaint: Pick<Complaint, 'followUpDate'>, now: Date, timeZone?: string): string {
  const date = complaint.followUpDate ?? addDays(todayInShop(now, timeZone), FOLLOW_UP_CALL.daysAfterResolution)
  return shopInstant(date, FOLLOW_UP_CALL, timeZone).toISOString()
}

/**
 * The planned call. Its purpose is the complaint number: the purpose is stored text shown as it
 * is, and the number reads the same in every language (the screen says "follow-up" from
 * `complaintId`). Planned anew over an earlier call, it keeps that call's notes and reschedules.
 */
export function plannedFollowUpCall(
  complaint: Pick<Complaint, 'id' | 'number' | 'customerId'>,
  { startAt, staffId }: { readonly startAt: string; readonly staffId: string | null },
  earlier?: Pick<CareTask, 'notes' | 'rescheduleHistory' | 'durationMinutes'>
): RecordContent<CareTask> {
  return {
    customerId: complaint.customerId,
    purpose: complaint.number,
    method: 'call',
    startAt,
    durationMinutes: earlier?.durationMinutes ?? FOLLOW_UP_CALL.durationMinutes,
    staffId,
    status: 'planned',
    outcome: '',
    notes: earlier?.notes ?? '',
    satisfactionScore: null,
    followUpNeeded: false,
    recurrence: { kind: 'none' },
    occasionKey: complaintFollowUpKey(complaint.id),
    complaintId: complaint.id,
    rescheduleHistory: earlier?.rescheduleHistory ?? []
  }
}

/** The call made: done, with the customer's score and what they said. */
export function completedFollowUpCall<T extends RecordContent<CareTask>>(
  call: T,
  { score, comment }: { readonly score: number; readonly comment: string }
): T {
  return { ...call, status: 'done', satisfactionScore: score, outcome: comment }
}
