import type { TaskOccurrence } from '@shared/domain/schedule'

/** A task's page; a date of a series opens the series at that date. */
export const taskPath = ({ task, inSeries, date }: Pick<TaskOccurrence, 'task' | 'inSeries' | 'date'>): string =>
  inSeries ? `/visits/tasks/${task.id}?on=${date}` : `/visits/tasks/${task.id}`

/** The calendar's day view of a date. */
export const dayPath = (date: string, staffId = ''): string =>
  `/visits/calendar?view=day&date=${date}${staffId === '' ? '' : `&staff=${encodeURIComponent(staffId)}`}`
