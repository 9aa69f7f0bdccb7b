/**
 * The task form's fields as the inputs hold them (a date, a time, numbers as text) and the
 * draft the data layer takes. Date and time are the shop's wall clock.
 */
import type { CareMethod, CareTask, Recurrence } from '@shared/domain/care-task'
import type { TaskDraft } from '@shared/domain/care-task-lifecycle'
import { parseIsoDate } from '@shared/domain/days'
import { nthWeekdayOf, type RecurrenceKind } from '@shared/domain/recurrence'
import { shopWallClock, wallClockInstant } from '@shared/domain/schedule'

export interface TaskFormValues {
  readonly customerId: string
  readonly purpose: string
  readonly method: CareMethod
  /** 'yyyy-mm-dd', the shop's date. */
  readonly date: string
  /** 'HH:mm', the shop's time. */
  readonly time: string
  readonly durationMinutes: number
  /** '' for nobody. */
  readonly staffId: string
  readonly recurrenceKind: RecurrenceKind
  readonly interval: string
  readonly nth: number
  readonly weekday: number
  /** '' for no end. */
  readonly until: string
  readonly notes: string
}

/** The lengths offered; a task stored with another length keeps it as an extra choice. */
export const DURATION_CHOICES = [15, 30, 45, 60, 90, 120, 180, 240] as const

/** A new task's time unless the clerk picks another: mid-morning, when most visits are made. */
export const DEFAULT_TIME = '10:00'

const pad = (value: number): string => String(value).padStart(2, '0')

export const formatTimeInput = (hour: number, minute: number): string => `${pad(hour)}:${pad(minute)}`

/** Hours and minutes of an 'HH:mm' input, or null when it is not one. */
export function parseTimeInput(text: string): { readonly hour: number; readonly minute: number } | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text)
  if (!match) return null
  const [hour, minute] = [Number(match[1]), Number(match[2])]
  return hour < 24 && minute < 60 ? { hour, minute } : null
}

/** The nth-weekday rule that fits a date: "the 2nd Tuesday"; a 5th one, which most months lack, as "the last". */
export function nthWeekdayFor(date: string): { readonly nth: number; readonly weekday: number } {
  if (parseIsoDate(date) === null) return { nth: 1, weekday: 1 }
  const { nth, weekday } = nthWeekdayOf(date)
  return { nth: nth > 4 ? -1 : nth, weekday }
}

export function newTaskValues({ customerId, staffId, date }: { readonly customerId: string; readonly staffId: string; readonly date: string }): TaskFormValues {
  return {
    customerId,
    purpose: '',
    method: 'visit',
    date,
    time: DEFAULT_TIME,
    durationMinutes: 60,
    staffId,
    recurrenceKind: 'none',
    interval: '1',
    ...nthWeekdayFor(date),
    until: '',
    notes: ''
  }
}

/** The form filled from a stored task. */
export function taskValues(task: CareTask): TaskFormValues {
  const wall = shopWallClock(task.startAt)
  const { recurrence } = task
  return {
    customerId: task.customerId,
    purpose: task.purpose,
    method: task.method,
    date: wall.date,
    time: formatTimeInput(wall.hour, wall.minute),
    durationMinutes: task.durationMinutes,
    staffId: task.staffId ?? '',
    recurrenceKind: recurrence.kind,
    interval: recurrence.kind === 'weekly' || recurrence.kind === 'monthly' || recurrence.kind === 'yearly' ? String(recurrence.interval) : '1',
    ...(recurrence.kind === 'nth-weekday' ? { nth: recurrence.nth, weekday: recurrence.weekday } : nthWeekdayFor(wall.date)),
    until: recurrence.kind === 'none' ? '' : (recurrence.until ?? ''),
    notes: task.notes
  }
}

export function recurrenceOf(values: TaskFormValues): Recurrence {
  const until = values.until.trim() === '' ? null : values.until
  switch (values.recurrenceKind) {
    case 'none':
      return { kind: 'none' }
    case 'nth-weekday':
      return { kind: 'nth-weekday', nth: values.nth, weekday: values.weekday, until }
    default:
      return { kind: values.recurrenceKind, interval: Number(values.interval), until }
  }
}

/** The instant the form's date and time mean, or '' when either is not filled in right (the draft check says so). */
export function startOf(values: Pick<TaskFormValues, 'date' | 'time'>): string {
  const time = parseTimeInput(values.time)
  if (time === null || parseIsoDate(values.date) === null) return ''
  return wallClockInstant({ date: values.date, ...time })
}

export function draftOf(values: TaskFormValues): TaskDraft {
  return {
    customerId: values.customerId,
    purpose: values.purpose,
    method: values.method,
    startAt: startOf(values),
    durationMinutes: values.durationMinutes,
    staffId: values.staffId === '' ? null : values.staffId,
    recurrence: recurrenceOf(values),
    notes: values.notes
  }
}
