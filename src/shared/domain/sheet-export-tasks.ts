/**
 * Care tasks (visits, calls, cards…) as a sheet for Excel: one row per task on the calendar,
 * a repeating task once per date it falls on in the range exported, so the sheet reads like
 * the calendar did. The duration and the satisfaction score are numbers.
 */
import type { CareMethod, CareTask, CareTaskStatus, Recurrence } from './care-task'
import { inColumnOrder, sheetCustomerCells, sheetDateTime, sheetStaffName, type SheetCell, type SheetContext } from './sheet-export'

export const TASK_SHEET_COLUMNS = [
  'startAt',
  'durationMinutes',
  'customer',
  'phone',
  'method',
  'purpose',
  'staff',
  'status',
  'repeats',
  'outcome',
  'satisfactionScore',
  'followUpNeeded',
  'notes'
] as const
export type TaskSheetColumn = (typeof TASK_SHEET_COLUMNS)[number]

/** One UI language's words for the task sheet. */
export interface TaskSheetWords {
  readonly headers: Readonly<Record<TaskSheetColumn, string>>
  readonly methods: Readonly<Record<CareMethod, string>>
  readonly statuses: Readonly<Record<CareTaskStatus, string>>
  /** How a series repeats; a one-off task's cell is empty. */
  readonly repeats: Readonly<Record<Exclude<Recurrence['kind'], 'none'>, string>>
  readonly yes: string
  readonly no: string
}

export type TaskSheetContext = SheetContext<TaskSheetWords>

/** A task where it falls: a date of a series starts at its own time, not the series' first. */
export interface TaskSheetEntry {
  readonly task: CareTask
  readonly startAt: string
}

/** The task's row, in TASK_SHEET_COLUMNS order. */
export function taskSheetRow({ task, startAt }: TaskSheetEntry, context: TaskSheetContext): readonly SheetCell[] {
  const { words } = context
  const [customer, phone] = sheetCustomerCells(context, task.customerId)
  return inColumnOrder(TASK_SHEET_COLUMNS, {
    startAt: sheetDateTime(startAt),
    durationMinutes: task.durationMinutes,
    customer,
    phone,
    method: words.methods[task.method],
    purpose: task.purpose,
    staff: sheetStaffName(context, task.staffId),
    status: words.statuses[task.status],
    repeats: task.recurrence.kind === 'none' ? '' : words.repeats[task.recurrence.kind],
    outcome: task.outcome,
    satisfactionScore: task.satisfactionScore,
    followUpNeeded: task.followUpNeeded ? words.yes : words.no,
    notes: task.notes
  })
}
